using System.Collections.Immutable;
using System.Text;

namespace Procountor.Specs.Loading;

/// <summary>Enum members as the data files spell them: <c>PropertyBecameRequired</c> is <c>property-became-required</c>.</summary>
internal static class KebabCase<TEnum>
    where TEnum : struct, Enum
{
    private static readonly ImmutableDictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToImmutableDictionary(value => Name(value), StringComparer.Ordinal);

    /// <summary>Every spelling, in declaration order, for messages.</summary>
    public static string All => string.Join(", ", Enum.GetValues<TEnum>().Select(Name));

    public static bool TryParse(string text, out TEnum value) => ByName.TryGetValue(text, out value);

    public static string Name(TEnum value)
    {
        var pascal = value.ToString();
        var builder = new StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
