using System.Collections.Frozen;

namespace Procountor.Sdk;

/// <summary>
/// Maximum string lengths by field (<c>Schema.property</c>, e.g. <c>Invoice.additionalInformation</c>). Generated
/// constraint metadata feeds it (<see cref="With"/>), so that the same rules as the spec are checked before sending.
/// Immutable; adding rules returns a new set.
/// </summary>
public sealed class StringLengthRules
{
    private readonly FrozenDictionary<string, int> _maxLengths;

    private StringLengthRules(FrozenDictionary<string, int> maxLengths) => _maxLengths = maxLengths;

    /// <summary>A set with no rules.</summary>
    public static StringLengthRules Empty { get; } = new(FrozenDictionary<string, int>.Empty);

    /// <summary>The rules plus <paramref name="rules"/> (a later rule for the same field wins).</summary>
    public StringLengthRules With(IEnumerable<KeyValuePair<string, int>> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var merged = new Dictionary<string, int>(_maxLengths, StringComparer.Ordinal);
        foreach (var (field, max) in rules)
        {
            ArgumentException.ThrowIfNullOrEmpty(field, nameof(rules));
            ArgumentOutOfRangeException.ThrowIfNegative(max, nameof(rules));
            merged[field] = max;
        }
        return new(merged.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The maximum length of <paramref name="field"/>, or <c>null</c> when it has none.</summary>
    public int? MaxLength(string field) => _maxLengths.TryGetValue(field, out var max) ? max : null;

    /// <summary>Throws an <see cref="ArgumentException"/> naming <paramref name="field"/> when <paramref name="value"/> is too long.</summary>
    public void Validate(string field, string? value)
    {
        if (MaxLength(field) is { } max)
            ProcountorValidation.MaxLength(value, max, field);
    }
}
