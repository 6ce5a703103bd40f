namespace Procountor.Specs.Canonical;

/// <summary>
/// What kind of JSON value sits at a place in a document, as far as key order is concerned: an object kind with its
/// keywords in their fixed order and the shapes of its members, a map whose every member has one shape, a list, or
/// anything else (<see cref="Any"/>: keys in ordinal order all the way down).
/// </summary>
internal sealed class JsonShape
{
    private readonly Dictionary<string, int> _rank = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonShape> _members = new(StringComparer.Ordinal);
    private JsonShape? _otherMembers;
    private JsonShape? _items;

    public static JsonShape Any { get; } = new();

    /// <summary>A new object kind whose keywords come first, in this order.</summary>
    public static JsonShape Keywords(params string[] keywords)
    {
        var shape = new JsonShape();
        for (var i = 0; i < keywords.Length; i++)
        {
            shape._rank.Add(keywords[i], i);
        }

        return shape;
    }

    /// <summary>An object whose members (paths, schema names, status codes, …) all have the shape <paramref name="value"/>.</summary>
    public static JsonShape MapOf(JsonShape value) => new() { _otherMembers = value };

    public static JsonShape ListOf(JsonShape item) => new() { _items = item };

    /// <summary>Declares the shape of one member; returns this shape so that declarations chain.</summary>
    public JsonShape With(string key, JsonShape shape)
    {
        _members.Add(key, shape);
        return this;
    }

    /// <summary>The shape of member <paramref name="key"/>. Extensions (<c>x-…</c>) are free-form wherever they appear.</summary>
    public JsonShape Member(string key) =>
        key.StartsWith("x-", StringComparison.Ordinal) ? Any
        : _members.TryGetValue(key, out var shape) ? shape
        : _otherMembers ?? Any;

    public JsonShape Item => _items ?? Any;

    /// <summary>Keywords first in their declared order, then every other key in ordinal order.</summary>
    public int Compare(string x, string y)
    {
        var rankX = _rank.TryGetValue(x, out var rx) ? rx : int.MaxValue;
        var rankY = _rank.TryGetValue(y, out var ry) ? ry : int.MaxValue;
        return rankX != rankY ? rankX.CompareTo(rankY) : string.CompareOrdinal(x, y);
    }
}
