using System.Globalization;
using System.Text;
using System.Threading;

namespace Procountor.OpenApi.Reading;

/// <summary>
/// One value of a spec document, immutable once read. Unlike <c>JsonDocument</c> it knows where it came from
/// (line, column, JSON pointer), which every diagnostic and report needs.
/// </summary>
public sealed class SpecNode
{
    // Objects up to this size are searched linearly: most OpenAPI objects have a handful of keys,
    // and a dictionary per object would cost more than it saves.
    private const int LinearLookupLimit = 8;

    private static readonly SpecNode[] NoChildren = [];

    private readonly SpecNode[] _children;
    private Dictionary<string, SpecNode>? _index;
    private string? _pointer;

    private SpecNode(SpecNodeKind kind, string? text, SpecNode[] children, SourcePosition position)
    {
        Kind = kind;
        Text = text;
        _children = children;
        Position = position;
        Index = -1;
    }

    public SpecNodeKind Kind { get; }

    /// <summary>String value, the number exactly as written, or <c>true</c>/<c>false</c>/<c>null</c>; <c>null</c> for containers.</summary>
    public string? Text { get; }

    /// <summary>Where the value starts.</summary>
    public SourcePosition Position { get; }

    /// <summary>Where the member's key starts, for object members; otherwise the value's position.</summary>
    public SourcePosition KeyPosition { get; private set; }

    public SpecNode? Parent { get; private set; }

    /// <summary>The member name in the parent object, or <c>null</c>.</summary>
    public string? Key { get; private set; }

    /// <summary>The position in the parent array or object, or -1 for the root.</summary>
    public int Index { get; private set; }

    /// <summary>Number of members (object) or items (array); 0 for scalars.</summary>
    public int Count => _children.Length;

    public bool IsObject => Kind == SpecNodeKind.Object;

    public bool IsArray => Kind == SpecNodeKind.Array;

    /// <summary>Members of an object (each with <see cref="Key"/>) or items of an array, in document order.</summary>
    public IReadOnlyList<SpecNode> Children => _children;

    public SpecNode this[int index] => _children[index];

    /// <summary>The member named <paramref name="key"/>, or <c>null</c> when absent or when this is not an object.</summary>
    public SpecNode? this[string key] => TryGet(key, out var value) ? value : null;

    /// <summary>RFC 6901 pointer from the document root, e.g. <c>/paths/~1invoices/get</c>.</summary>
    public string Pointer => _pointer ??= BuildPointer();

    public static SpecNode Scalar(SpecNodeKind kind, string text, SourcePosition position) =>
        new(kind, text, NoChildren, position);

    /// <summary>Creates an object; each member must carry its key (see <see cref="Member"/>).</summary>
    public static SpecNode Object(SpecNode[] members, SourcePosition position) => Adopt(new SpecNode(SpecNodeKind.Object, null, members, position));

    public static SpecNode Array(SpecNode[] items, SourcePosition position) => Adopt(new SpecNode(SpecNodeKind.Array, null, items, position));

    /// <summary>Names a value as an object member before it is handed to <see cref="Object"/>.</summary>
    public static SpecNode Member(string key, SourcePosition keyPosition, SpecNode value)
    {
        if (value.Parent is not null || value.Key is not null)
        {
            throw new InvalidOperationException("A node can belong to one parent only.");
        }

        value.Key = key;
        value.KeyPosition = keyPosition;
        return value;
    }

    public bool TryGet(string key, out SpecNode value)
    {
        if (Kind == SpecNodeKind.Object)
        {
            if (_children.Length <= LinearLookupLimit)
            {
                foreach (var child in _children)
                {
                    if (string.Equals(child.Key, key, StringComparison.Ordinal))
                    {
                        value = child;
                        return true;
                    }
                }
            }
            else if ((_index ?? CreateIndex()).TryGetValue(key, out value!))
            {
                return true;
            }
        }

        value = null!;
        return false;
    }

    public bool ContainsKey(string key) => TryGet(key, out _);

    /// <summary>The string value of a member, or <c>null</c> when absent or not a string.</summary>
    public string? GetString(string key) => this[key] is { Kind: SpecNodeKind.String } node ? node.Text : null;

    /// <summary>The boolean value of a member, or <c>null</c> when absent or not a boolean.</summary>
    public bool? GetBoolean(string key) => this[key] is { Kind: SpecNodeKind.Boolean } node ? node.Text == "true" : null;

    public bool AsBoolean() => Kind == SpecNodeKind.Boolean && Text == "true";

    /// <summary>The numeric value as a decimal (exact for the numbers specs contain), or <c>null</c>.</summary>
    public decimal? AsDecimal() =>
        Kind == SpecNodeKind.Number && decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    public long? AsInt64() =>
        Kind == SpecNodeKind.Number && long.TryParse(Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Resolves an RFC 6901 pointer relative to this node (usually the root); <c>null</c> when nothing is there.</summary>
    public SpecNode? Resolve(string pointer)
    {
        if (pointer.Length == 0)
        {
            return this;
        }

        if (pointer[0] != '/')
        {
            return null;
        }

        var node = this;
        foreach (var segment in JsonPointer.Split(pointer))
        {
            node = node.Kind switch
            {
                SpecNodeKind.Object => node[segment],
                SpecNodeKind.Array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < node.Count => node[i],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    public override string ToString() => Kind switch
    {
        SpecNodeKind.Object => $"{{object, {Count} members}} at {Pointer}",
        SpecNodeKind.Array => $"[array, {Count} items] at {Pointer}",
        _ => $"{Text} at {Pointer}",
    };

    private static SpecNode Adopt(SpecNode parent)
    {
        var children = parent._children;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child.Parent is not null)
            {
                throw new InvalidOperationException("A node can belong to one parent only.");
            }

            if (parent.Kind == SpecNodeKind.Object && child.Key is null)
            {
                throw new InvalidOperationException("Object members must be created with SpecNode.Member.");
            }

            child.Parent = parent;
            child.Index = i;
            if (parent.Kind == SpecNodeKind.Array)
            {
                child.KeyPosition = child.Position;
            }
        }

        return parent;
    }

    private Dictionary<string, SpecNode> CreateIndex()
    {
        var index = new Dictionary<string, SpecNode>(_children.Length, StringComparer.Ordinal);
        foreach (var child in _children)
        {
            // Readers reject duplicate keys; should one slip through, the first wins, as in lookups on small objects.
            if (!index.ContainsKey(child.Key!))
            {
                index.Add(child.Key!, child);
            }
        }

        // Several threads may race to build the index; any of the identical results will do.
        return Interlocked.CompareExchange(ref _index, index, null) ?? index;
    }

    private string BuildPointer()
    {
        if (Parent is null)
        {
            return string.Empty;
        }

        var segment = Parent.Kind == SpecNodeKind.Array
            ? Index.ToString(CultureInfo.InvariantCulture)
            : JsonPointer.Escape(Key!);
        return new StringBuilder(Parent.Pointer).Append('/').Append(segment).ToString();
    }
}
