using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Procountor.OpenApi.Reading;
using Procountor.Specs.Versions;

namespace Procountor.Specs.Loading;

/// <summary>
/// One YAML mapping read strictly: it may hold only the keys it is opened with, and each getter insists on the type
/// the format gives the key. Every failure is a <see cref="SpecsException"/> at the offending line and column.
/// </summary>
internal sealed class YamlObject
{
    private static readonly Regex MonthPattern = new(@"^[0-9]{4}-(0[1-9]|1[0-2])$", RegexOptions.CultureInvariant);

    private readonly string[] _keys;

    private YamlObject(string file, SpecNode node, string what, string[] keys)
    {
        File = file;
        Node = node;
        What = what;
        _keys = keys;
    }

    public string File { get; }

    public SpecNode Node { get; }

    /// <summary>What the mapping is, for messages (<c>release-note item</c>).</summary>
    public string What { get; }

    /// <summary>Opens <paramref name="node"/> as a mapping that may hold only <paramref name="keys"/>.</summary>
    public static YamlObject Open(string file, SpecNode node, string what, params string[] keys)
    {
        if (!node.IsObject)
        {
            throw new SpecsException(file, node.Position, $"{what} must be a mapping");
        }

        foreach (var member in node.Children)
        {
            if (Array.IndexOf(keys, member.Key) < 0)
            {
                throw new SpecsException(file, member.KeyPosition, $"unknown key '{member.Key}' in {what} (expected {string.Join(", ", keys)})");
            }
        }

        return new YamlObject(file, node, what, keys);
    }

    public SpecsException Error(SpecNode at, string detail) => new(File, at.Position, detail);

    /// <summary>The value of <paramref name="key"/>, or <c>null</c> when it is absent or written as YAML null.</summary>
    public SpecNode? Optional(string key) => Get(key) is { Kind: not SpecNodeKind.Null } value ? value : null;

    /// <summary>The value of <paramref name="key"/> even when it is null; <c>null</c> only when the key is absent.</summary>
    public SpecNode? Present(string key) => Get(key);

    public SpecNode Required(string key) => Get(key) ?? throw Error(Node, $"{What} needs '{key}'");

    public string String(string key) => AsString(Required(key), key);

    public string? OptionalString(string key) => Optional(key) is { } value ? AsString(value, key) : null;

    public bool Boolean(string key)
    {
        var value = Required(key);
        return value.Kind == SpecNodeKind.Boolean ? value.AsBoolean() : throw Error(value, $"'{key}' must be true or false");
    }

    /// <summary>A whole number of at least <paramref name="minimum"/>.</summary>
    public int Integer(string key, int minimum) => AsInteger(Required(key), key, minimum);

    public int? OptionalInteger(string key, int minimum) => Optional(key) is { } value ? AsInteger(value, key, minimum) : null;

    public VersionId Version(string key) => AsVersion(Required(key), key);

    /// <summary>A <c>yyyy-MM</c> month.</summary>
    public string Month(string key) => AsMonth(Required(key), key);

    public string? OptionalMonth(string key) => Optional(key) is { } value ? AsMonth(value, key) : null;

    /// <summary>The items of a list; an absent or null key is the empty list.</summary>
    public IReadOnlyList<SpecNode> List(string key)
    {
        if (Optional(key) is not { } value)
        {
            return [];
        }

        return value.IsArray ? value.Children : throw Error(value, $"'{key}' must be a list");
    }

    public IReadOnlyList<SpecNode> RequiredList(string key)
    {
        var value = Required(key);
        return value.IsArray ? value.Children : throw Error(value, $"'{key}' must be a list");
    }

    /// <summary>A list of strings; an absent key is the empty list.</summary>
    public ImmutableArray<string> Strings(string key) => [.. List(key).Select(item => AsString(item, key))];

    public string AsString(SpecNode value, string key)
    {
        if (value.Kind != SpecNodeKind.String)
        {
            throw Error(value, $"'{key}' must be a string, not {Describe(value)}");
        }

        return value.Text!.Length > 0 ? value.Text : throw Error(value, $"'{key}' must not be empty");
    }

    public VersionId AsVersion(SpecNode value, string key)
    {
        if (value.Kind == SpecNodeKind.Number)
        {
            throw Error(value, $"'{key}' must be a quoted string (\"{value.Text}\"): unquoted, YAML reads a number");
        }

        var text = AsString(value, key);
        return VersionId.TryParse(text, out var id) && id.Text == text
            ? id
            : throw Error(value, $"'{key}' is not an API version: '{text}' (expected YY.MM such as 23.12, or 2 … 13.1)");
    }

    private int AsInteger(SpecNode value, string key, int minimum) =>
        value.AsInt64() is { } number && number >= minimum && number <= int.MaxValue
            ? (int)number
            : throw Error(value, $"'{key}' must be a whole number of at least {minimum}, not {Describe(value)}");

    private string AsMonth(SpecNode value, string key)
    {
        var text = value.Kind == SpecNodeKind.String ? value.Text! : string.Empty;
        return MonthPattern.IsMatch(text) ? text : throw Error(value, $"'{key}' must be a month written yyyy-MM, not {Describe(value)}");
    }

    private SpecNode? Get(string key)
    {
        if (Array.IndexOf(_keys, key) < 0)
        {
            throw new InvalidOperationException($"'{key}' was not declared when {What} was opened.");
        }

        return Node[key];
    }

    private static string Describe(SpecNode value) => value.Kind switch
    {
        SpecNodeKind.Object => "a mapping",
        SpecNodeKind.Array => "a list",
        SpecNodeKind.Null => "null",
        _ => $"'{value.Text}'",
    };
}
