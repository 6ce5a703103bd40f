using System.Globalization;

namespace Procountor.Sdk;

/// <summary>
/// The API's documented rules, checked before anything is sent. Each failure is an <see cref="ArgumentException"/>
/// (or <see cref="ArgumentOutOfRangeException"/>) whose <see cref="ArgumentException.ParamName"/> names the field.
/// </summary>
public static class ProcountorValidation
{
    /// <summary>The largest page size a search accepts.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The most ids one batch GET accepts.</summary>
    public const int MaxBatchIds = 200;

    /// <summary>Checks a page size: 1 to 200.</summary>
    public static int PageSize(int size, string field = "size")
    {
        if (size is < 1 or > MaxPageSize)
            throw new ArgumentOutOfRangeException(field, size, $"{field} must be between 1 and {MaxPageSize} (Procountor's largest page); was {size}.");
        return size;
    }

    /// <summary>Checks a page number: 0 or more (pages count from 0).</summary>
    public static int Page(int page, string field = "page")
    {
        if (page < 0)
            throw new ArgumentOutOfRangeException(field, page, $"{field} must not be negative (the first page is 0); was {page}.");
        return page;
    }

    /// <summary>Checks the ids of a batch GET (at least one, all positive) and returns them once each, in first-seen order.</summary>
    public static IReadOnlyList<long> BatchIds(IEnumerable<long> ids, string field = "ids")
    {
        ArgumentNullException.ThrowIfNull(ids, field);
        var seen = new HashSet<long>();
        var distinct = new List<long>();
        var index = 0;
        foreach (var id in ids)
        {
            if (id <= 0)
                throw new ArgumentOutOfRangeException($"{field}[{index}]", id, $"{field}[{index}] is {id}; Procountor ids are positive.");
            if (seen.Add(id))
                distinct.Add(id);
            index++;
        }
        if (distinct.Count == 0)
            throw new ArgumentException($"{field} must contain at least one id.", field);
        return distinct;
    }

    /// <summary>Checks that one chunk of a batch GET fits a single request.</summary>
    public static void BatchChunk(IReadOnlyCollection<long> chunk, string field = "ids")
    {
        if (chunk.Count is 0 or > MaxBatchIds)
            throw new ArgumentOutOfRangeException(field, chunk.Count, $"{field} has {chunk.Count} ids; one request takes 1 to {MaxBatchIds}.");
    }

    /// <summary>Checks a string against its maximum length; <c>null</c> passes.</summary>
    public static string? MaxLength(string? value, int maxLength, string field)
    {
        if (value is not null && value.Length > maxLength)
            throw new ArgumentException(
                $"{field} is {value.Length.ToString(CultureInfo.InvariantCulture)} characters long; Procountor accepts at most {maxLength.ToString(CultureInfo.InvariantCulture)}.",
                field);
        return value;
    }

    /// <summary>
    /// Checks the cash discount options of an invoice: one to three options, days and percentages each unique, a
    /// shorter payment time giving a larger discount, and every percentage below 100.
    /// </summary>
    /// <param name="options">The options (the generated <c>CashDiscountOption</c> or any other shape).</param>
    /// <param name="days">Reads an option's <c>numberOfDays</c>.</param>
    /// <param name="percentage">Reads an option's <c>discountPercentage</c>.</param>
    /// <param name="field">The path of the list, for messages, e.g. <c>paymentInfo.cashDiscount.optionList</c>.</param>
    public static void CashDiscountOptions<T>(IReadOnlyList<T> options, Func<T, int?> days, Func<T, decimal?> percentage, string field = "optionList")
    {
        ArgumentNullException.ThrowIfNull(options, field);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(percentage);
        if (options.Count is < 1 or > 3)
            throw new ArgumentException($"{field} has {options.Count} options; a cash discount has 1 to 3.", field);

        var values = new List<(int Days, decimal Percentage, int Index)>();
        for (var i = 0; i < options.Count; i++)
        {
            var d = days(options[i]) ?? throw new ArgumentException($"{field}[{i}].numberOfDays is required.", $"{field}[{i}].numberOfDays");
            var p = percentage(options[i]) ?? throw new ArgumentException($"{field}[{i}].discountPercentage is required.", $"{field}[{i}].discountPercentage");
            if (d < 0)
                throw new ArgumentOutOfRangeException($"{field}[{i}].numberOfDays", d, $"{field}[{i}].numberOfDays must not be negative; was {d}.");
            if (p is < 0 or >= 100)
                throw new ArgumentOutOfRangeException($"{field}[{i}].discountPercentage", p,
                    $"{field}[{i}].discountPercentage must be at least 0 and below 100; was {p.ToString(CultureInfo.InvariantCulture)}.");
            foreach (var other in values)
            {
                if (other.Days == d)
                    throw new ArgumentException($"{field}[{i}].numberOfDays repeats {d} days of {field}[{other.Index}]; each option needs its own number of days.", $"{field}[{i}].numberOfDays");
                if (other.Percentage == p)
                    throw new ArgumentException($"{field}[{i}].discountPercentage repeats {p.ToString(CultureInfo.InvariantCulture)} % of {field}[{other.Index}]; each option needs its own percentage.", $"{field}[{i}].discountPercentage");
                if ((d < other.Days) != (p > other.Percentage))
                    throw new ArgumentException(
                        $"{field}[{i}] ({d} days, {p.ToString(CultureInfo.InvariantCulture)} %) and {field}[{other.Index}] ({other.Days} days, {other.Percentage.ToString(CultureInfo.InvariantCulture)} %): " +
                        "paying in fewer days must give a larger discount.", $"{field}[{i}].discountPercentage");
            }
            values.Add((d, p, i));
        }
    }
}
