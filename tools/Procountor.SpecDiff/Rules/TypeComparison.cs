namespace Procountor.SpecDiff.Rules;

/// <summary>How a schema's type/format pair changed, as far as the values it admits go.</summary>
internal enum TypeChange
{
    /// <summary>Every old value is still valid (integer → number, int32 → int64, a format dropped).</summary>
    Generalized,

    /// <summary>Every new value was valid before (number → integer, a format added).</summary>
    Specialized,

    /// <summary>Different spelling, same values (<c>int32</c> ↔ <c>int</c>).</summary>
    Compatible,

    /// <summary>Neither contains the other.</summary>
    Changed,
}

internal static class TypeComparison
{
    private static readonly (string Narrow, string Wide)[] Widenings =
    [
        ("int32", "int64"), ("float", "double"), ("date", "date-time"),
    ];

    private static readonly (string, string)[] Synonyms =
    [
        ("int32", "int"), ("int64", "long"), ("double", "float64"), ("float", "float32"), ("date-time", "datetime"),
    ];

    public static TypeChange Classify(string? baseType, string? baseFormat, string? revisionType, string? revisionFormat)
    {
        if (baseType == revisionType)
        {
            return ClassifyFormat(baseFormat, revisionFormat);
        }

        if (baseType is null)
        {
            return TypeChange.Specialized;
        }

        if (revisionType is null)
        {
            return TypeChange.Generalized;
        }

        return (baseType, revisionType) switch
        {
            ("integer", "number") => TypeChange.Generalized,
            ("number", "integer") => TypeChange.Specialized,
            _ => TypeChange.Changed,
        };
    }

    private static TypeChange ClassifyFormat(string? before, string? after)
    {
        if (before is null)
        {
            return TypeChange.Specialized;
        }

        if (after is null)
        {
            return TypeChange.Generalized;
        }

        foreach (var (a, b) in Synonyms)
        {
            if ((before == a && after == b) || (before == b && after == a))
            {
                return TypeChange.Compatible;
            }
        }

        foreach (var (narrow, wide) in Widenings)
        {
            if (before == narrow && after == wide)
            {
                return TypeChange.Generalized;
            }

            if (before == wide && after == narrow)
            {
                return TypeChange.Specialized;
            }
        }

        return TypeChange.Changed;
    }
}
