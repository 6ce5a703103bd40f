using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Procountor.Specs.Canonical;

/// <summary>
/// Writes an OpenAPI document as <c>specs/FORMATS.md</c> defines canonical text: keys in a fixed order per kind of
/// object (keywords first, then ordinal), two-space indentation, LF, a final newline, only the escapes JSON requires,
/// and every number exactly as it was read. The same document always gives the same bytes, and writing the text's
/// own parse gives the text again.
/// </summary>
public static class CanonicalJson
{
    private const string Indent = "  ";

    public static string Write(JsonNode? document)
    {
        var builder = new StringBuilder();
        WriteValue(builder, document, OpenApiShapes.Document, 0);
        return builder.Append('\n').ToString();
    }

    private static void WriteValue(StringBuilder builder, JsonNode? node, JsonShape shape, int depth)
    {
        switch (node)
        {
            case JsonObject obj:
                WriteObject(builder, obj, shape, depth);
                break;
            case JsonArray array:
                WriteArray(builder, array, shape, depth);
                break;
            case JsonValue value:
                WriteScalar(builder, value);
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static void WriteObject(StringBuilder builder, JsonObject obj, JsonShape shape, int depth)
    {
        var keys = obj.Select(member => member.Key).ToList();
        keys.Sort(shape.Compare);
        WriteMembers(builder, '{', '}', keys.Count, depth, i =>
        {
            WriteString(builder, keys[i]);
            builder.Append(": ");
            WriteValue(builder, obj[keys[i]], shape.Member(keys[i]), depth + 1);
        });
    }

    private static void WriteArray(StringBuilder builder, JsonArray array, JsonShape shape, int depth) =>
        WriteMembers(builder, '[', ']', array.Count, depth, i => WriteValue(builder, array[i], shape.Item, depth + 1));

    // One member or item per line, so that a diff shows each change on its own line.
    private static void WriteMembers(StringBuilder builder, char open, char close, int count, int depth, Action<int> writeMember)
    {
        builder.Append(open);
        for (var i = 0; i < count; i++)
        {
            NewLine(builder, depth + 1);
            writeMember(i);
            if (i < count - 1)
            {
                builder.Append(',');
            }
        }

        if (count > 0)
        {
            NewLine(builder, depth);
        }

        builder.Append(close);
    }

    private static void WriteScalar(StringBuilder builder, JsonValue value)
    {
        // Parsed values carry their JsonElement, whose raw text keeps a number's digits (1.50 stays 1.50);
        // values built in code go through their own JSON spelling once.
        var element = value.TryGetValue<JsonElement>(out var parsed) ? parsed : JsonElement.Parse(value.ToJsonString());
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                WriteString(builder, element.GetString()!);
                break;
            case JsonValueKind.Number:
                builder.Append(element.GetRawText());
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    private static void NewLine(StringBuilder builder, int depth)
    {
        builder.Append('\n');
        for (var i = 0; i < depth; i++)
        {
            builder.Append(Indent);
        }
    }
}
