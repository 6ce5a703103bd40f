using System.Globalization;
using Procountor.Runtime.Validation;

namespace Procountor.Sdk
{
    /// <summary>
    /// The vendor's rules for an invoice's cash discount that no spec can express: one to three options, days and
    /// percentages each unique, a shorter payment time giving a larger discount, every percentage from 0 to below 100.
    /// The generated <c>CashDiscount</c> of each version checks them in its <c>Validate</c>, so that a request breaking
    /// them fails with an <see cref="ApiValidationException"/> naming the field before anything is sent.
    /// </summary>
    internal static class CashDiscountRules
    {
        public static void Check<T>(IList<T>? options, Func<T, int?> days, Func<T, decimal?> percentage, string path, ICollection<ApiValidationError> errors)
        {
            // No list is no cash discount.
            if (options is null)
            {
                return;
            }

            if (options.Count is < 1 or > 3)
            {
                errors.Add(new(path, Text($"has {options.Count} options; a cash discount has 1 to 3.")));
                return;
            }

            var seen = new List<(int Days, decimal Percentage, int Index)>(options.Count);
            for (var i = 0; i < options.Count; i++)
            {
                var at = Text($"{path}[{i}]");
                if (options[i] is null)
                {
                    errors.Add(new(at, "is null; each option needs its numberOfDays and discountPercentage."));
                    continue;
                }

                var d = days(options[i]);
                var p = percentage(options[i]);
                if (d is null)
                {
                    errors.Add(new(at + ".numberOfDays", "is required in a cash discount option."));
                }
                else if (d < 0)
                {
                    errors.Add(new(at + ".numberOfDays", Text($"is {d}; it must not be negative.")));
                }

                if (p is null)
                {
                    errors.Add(new(at + ".discountPercentage", "is required in a cash discount option."));
                }
                else if (p is < 0 or >= 100 && !errors.Any(e => e.Path == at + ".discountPercentage"))
                {
                    // The spec's own maximum (99.99) may have said so already; one message per field is enough.
                    errors.Add(new(at + ".discountPercentage", Text($"is {p}; a discount is at least 0 and below 100.")));
                }

                if (d is not { } day || p is not { } percent)
                {
                    continue;
                }

                foreach (var other in seen)
                {
                    if (other.Days == day)
                    {
                        errors.Add(new(at + ".numberOfDays", Text($"repeats the {day} days of {path}[{other.Index}]; each option needs its own number of days.")));
                    }
                    else if (other.Percentage == percent)
                    {
                        errors.Add(new(at + ".discountPercentage", Text($"repeats the {percent} % of {path}[{other.Index}]; each option needs its own percentage.")));
                    }
                    else if ((day < other.Days) != (percent > other.Percentage))
                    {
                        errors.Add(new(at + ".discountPercentage", Text(
                            $"gives {percent} % for {day} days and {path}[{other.Index}] {other.Percentage} % for {other.Days} days; paying in fewer days must give a larger discount.")));
                    }
                }

                seen.Add((day, percent, i));
            }
        }

        private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}

// Every shipped version whose CashDiscount has options; a test fails when a version is added without its line here.
namespace Procountor.Sdk.V2311
{
    public sealed partial class CashDiscount
    {
        partial void OnValidate(string path, ICollection<ApiValidationError> errors) =>
            CashDiscountRules.Check(OptionList, static o => o.NumberOfDays, static o => o.DiscountPercentage, path + ".optionList", errors);
    }
}

namespace Procountor.Sdk.V2312
{
    public sealed partial class CashDiscount
    {
        partial void OnValidate(string path, ICollection<ApiValidationError> errors) =>
            CashDiscountRules.Check(OptionList, static o => o.NumberOfDays, static o => o.DiscountPercentage, path + ".optionList", errors);
    }
}
