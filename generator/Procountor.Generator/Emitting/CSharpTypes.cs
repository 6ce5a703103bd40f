using Procountor.Generator.Model;

namespace Procountor.Generator.Emitting;

/// <summary>C# spellings of <see cref="TypeRef"/>s and the code that reads and writes them as JSON.</summary>
internal static class CSharpTypes
{
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";
    public const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    public const string TokenType = "global::System.Text.Json.JsonTokenType";
    public const string Primitives = "global::Procountor.Runtime.Json.JsonPrimitives";
    public const string Collections = "global::Procountor.Runtime.Json.JsonCollections";

    public static string Name(TypeRef type, string ns) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Boolean => "bool",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Decimal => "decimal",
        TypeKind.Double => "double",
        TypeKind.Single => "float",
        TypeKind.Date => "global::System.DateOnly",
        TypeKind.DateTimeOffset => "global::System.DateTimeOffset",
        TypeKind.LocalDateTime => "global::System.DateTime",
        TypeKind.Guid => "global::System.Guid",
        TypeKind.Bytes => "byte[]",
        TypeKind.Json => "global::System.Text.Json.JsonElement",
        TypeKind.Array => "global::System.Collections.Generic.IList<" + Name(type.Element!, ns) + ">",
        TypeKind.Map => "global::System.Collections.Generic.IDictionary<string, " + Name(type.Element!, ns) + ">",
        TypeKind.Binary => "global::System.IO.Stream",
        _ => "global::" + ns + "." + type.Name,
    };

    /// <summary>The type with <c>?</c>: <c>Nullable&lt;T&gt;</c> for value types, an annotation for references.</summary>
    public static string Nullable(TypeRef type, string ns) => Name(type, ns) + "?";

    /// <summary>An expression reading a value of <paramref name="type"/> from the reader variable <paramref name="reader"/> (on the value's first token).</summary>
    public static string Read(TypeRef type, string ns, string reader, int depth = 0)
    {
        switch (type.Kind)
        {
            case TypeKind.String: return reader + ".GetString()!";
            case TypeKind.Boolean: return reader + ".GetBoolean()";
            case TypeKind.Int32: return reader + ".GetInt32()";
            case TypeKind.Int64: return reader + ".GetInt64()";
            case TypeKind.Decimal: return reader + ".GetDecimal()";
            case TypeKind.Double: return reader + ".GetDouble()";
            case TypeKind.Single: return reader + ".GetSingle()";
            case TypeKind.Date: return Primitives + ".ReadDate(ref " + reader + ")";
            case TypeKind.DateTimeOffset: return Primitives + ".ReadDateTimeOffset(ref " + reader + ")";
            case TypeKind.LocalDateTime: return Primitives + ".ReadLocalDateTime(ref " + reader + ")";
            case TypeKind.Guid: return reader + ".GetGuid()";
            case TypeKind.Bytes: return reader + ".GetBytesFromBase64()";
            case TypeKind.Json: return "global::System.Text.Json.JsonElement.ParseValue(ref " + reader + ")";
            case TypeKind.Array:
                return Collections + ".ReadList(ref " + reader + ", " + ItemReader(type.Element!, ns, depth) + ")";
            case TypeKind.Map:
                return Collections + ".ReadMap(ref " + reader + ", " + ItemReader(type.Element!, ns, depth) + ")";
            case TypeKind.Binary:
                return reader + ".GetString()!";
            default:
                return Name(type, ns) + ".ReadJson(ref " + reader + ")";
        }
    }

    /// <summary>A statement writing <paramref name="value"/> (not null) of <paramref name="type"/> to <paramref name="writer"/>.</summary>
    public static string Write(TypeRef type, string ns, string value, string writer, int depth = 0)
    {
        switch (type.Kind)
        {
            case TypeKind.String:
            case TypeKind.Guid:
            case TypeKind.Binary:
                return writer + ".WriteStringValue(" + value + ");";
            case TypeKind.Boolean: return writer + ".WriteBooleanValue(" + value + ");";
            case TypeKind.Int32:
            case TypeKind.Int64:
            case TypeKind.Decimal:
            case TypeKind.Double:
            case TypeKind.Single:
                return writer + ".WriteNumberValue(" + value + ");";
            case TypeKind.Date: return Primitives + ".WriteDate(" + writer + ", " + value + ");";
            case TypeKind.DateTimeOffset: return Primitives + ".WriteDateTimeOffset(" + writer + ", " + value + ");";
            case TypeKind.LocalDateTime: return Primitives + ".WriteLocalDateTime(" + writer + ", " + value + ");";
            case TypeKind.Bytes: return writer + ".WriteBase64StringValue(" + value + ");";
            case TypeKind.Json: return value + ".WriteTo(" + writer + ");";
            case TypeKind.Array:
                return Collections + ".WriteList(" + writer + ", " + value + ", " + ItemWriter(type.Element!, ns, depth) + ");";
            case TypeKind.Map:
                return Collections + ".WriteMap(" + writer + ", " + value + ", " + ItemWriter(type.Element!, ns, depth) + ");";
            default:
                return value + ".WriteJson(" + writer + ");";
        }
    }

    /// <summary>A static lambda reading one item; reference-typed items may be JSON null.</summary>
    private static string ItemReader(TypeRef item, string ns, int depth)
    {
        var r = "r" + depth;
        var read = Read(item, ns, r, depth + 1);
        var body = item.IsValueType ? read : r + ".TokenType == " + TokenType + ".Null ? null! : " + read;
        return "static (ref " + Reader + " " + r + ") => " + body;
    }

    private static string ItemWriter(TypeRef item, string ns, int depth)
    {
        var w = "w" + depth;
        var x = "x" + depth;
        var write = Write(item, ns, x, w, depth + 1);
        return item.IsValueType
            ? "static (" + w + ", " + x + ") => " + write.TrimEnd(';')
            : "static (" + w + ", " + x + ") => { if (" + x + " is null) { " + w + ".WriteNullValue(); } else { " + write + " } }";
    }

    /// <summary>A C# string literal.</summary>
    public static string Literal(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029' || c == '\u0085')
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

    /// <summary>A UTF-8 literal (<c>"id"u8</c>) for matching property names.</summary>
    public static string Utf8Literal(string text) => Literal(text) + "u8";
}
