using System.Text;
using Procountor.OpenApi.Reading;

namespace Procountor.SpecDiff.Diff;

/// <summary>Value semantics for spec nodes: JSON text (for messages and list items) and deep equality.</summary>
public static class SpecValues
{
    /// <summary>Compact JSON of a value; strings quoted, numbers as written, object members in document order.</summary>
    public static string ToJson(SpecNode node)
    {
        switch (node.Kind)
        {
            case SpecNodeKind.String:
                return Quote(node.Text!);
            case SpecNodeKind.Number:
            case SpecNodeKind.Boolean:
            case SpecNodeKind.Null:
                return node.Text!;
        }

        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    /// <summary>Deep equality of two values (object members compared by key, in any order).</summary>
    public static bool DeepEquals(SpecNode a, SpecNode b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Kind != b.Kind || a.Count != b.Count)
        {
            return false;
        }

        switch (a.Kind)
        {
            case SpecNodeKind.Object:
                for (var i = 0; i < a.Count; i++)
                {
                    // Canonical documents order keys alike, so the member at the same index is nearly always the twin.
                    var member = a[i];
                    var other = b[i];
                    if (!string.Equals(member.Key, other.Key, StringComparison.Ordinal) && !b.TryGet(member.Key!, out other))
                    {
                        return false;
                    }

                    if (!DeepEquals(member, other))
                    {
                        return false;
                    }
                }

                return true;
            case SpecNodeKind.Array:
                for (var i = 0; i < a.Count; i++)
                {
                    if (!DeepEquals(a[i], b[i]))
                    {
                        return false;
                    }
                }

                return true;
            case SpecNodeKind.Number:
                return a.Text == b.Text || (a.AsDecimal() is { } x && b.AsDecimal() is { } y && x == y);
            default:
                return string.Equals(a.Text, b.Text, StringComparison.Ordinal);
        }
    }

    private static void Write(StringBuilder builder, SpecNode node)
    {
        switch (node.Kind)
        {
            case SpecNodeKind.Object:
                builder.Append('{');
                for (var i = 0; i < node.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    builder.Append(Quote(node[i].Key!)).Append(':');
                    Write(builder, node[i]);
                }

                builder.Append('}');
                break;
            case SpecNodeKind.Array:
                builder.Append('[');
                for (var i = 0; i < node.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(builder, node[i]);
                }

                builder.Append(']');
                break;
            case SpecNodeKind.String:
                builder.Append(Quote(node.Text!));
                break;
            default:
                builder.Append(node.Text);
                break;
        }
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
