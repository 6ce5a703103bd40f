using System.Globalization;
using System.Text;
using Procountor.Generator.Model;

namespace Procountor.Generator.Emitting;

/// <summary>
/// A string enum → a struct over the raw string: known values as static members, and any other value the server sends
/// kept as is, so that a GET → PUT round trip never loses or rejects it.
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(TypeSpec type, string ns)
    {
        var name = type.Name;
        var w = FileHeader.StartJsonType(ns, type, "The {0} values; values the spec does not list are kept too.");
        using (w.Open("public readonly partial struct " + name + " : global::System.IEquatable<" + name + ">, global::Procountor.Runtime.Json.IJsonModel<" + name + ">"))
        {
            w.Line("private readonly string? _value;");
            w.Line();
            w.Summary(null, "Wraps a raw value, known or not.");
            using (w.Open("public " + name + "(string value)"))
            {
                w.Line("_value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            }

            foreach (var member in type.EnumMembers)
            {
                w.Line();
                w.Summary(null, "<c>" + SourceWriter.Escape(member.Value) + "</c>");
                w.Line("public static " + name + " " + member.Name + " { get; } = new(" + CSharpTypes.Literal(member.Value) + ");");
            }

            w.Line();
            w.Summary(null, "The raw value, exactly as sent or received.");
            w.Line("public string Value => _value ?? string.Empty;");
            w.Line();
            w.Summary(null, "Whether the spec lists this value.");
            w.Line("public bool IsKnown => Value switch");
            w.Line("{");
            w.Indent();
            foreach (var member in type.EnumMembers)
            {
                w.Line(CSharpTypes.Literal(member.Value) + " => true,");
            }

            w.Line("_ => false,");
            w.Outdent();
            w.Line("};");
            w.Line();
            w.Summary(null, "Every value the spec lists, in spec order.");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + name + "> KnownValues { get; } = new " + name + "[]");
            w.Line("{");
            w.Indent();
            foreach (var member in type.EnumMembers)
            {
                w.Line(member.Name + ",");
            }

            w.Outdent();
            w.Line("};");
            w.Line();
            w.Summary(null, "Ordinal comparison of the raw values.");
            w.Line("public static bool operator ==(" + name + " left, " + name + " right) => left.Equals(right);");
            w.Line();
            w.Summary(null, "Ordinal comparison of the raw values.");
            w.Line("public static bool operator !=(" + name + " left, " + name + " right) => !left.Equals(right);");
            w.Line();
            w.Summary(null, "Wraps a raw value.");
            w.Line("public static explicit operator " + name + "(string value) => new(value);");
            w.Line();
            w.Summary(null, "Ordinal comparison of the raw values.");
            w.Line("public bool Equals(" + name + " other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("public override bool Equals(object? obj) => obj is " + name + " other && Equals(other);");
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
            w.Line();
            w.Summary(null, "The raw value.");
            w.Line("public override string ToString() => Value;");
            w.Line();
            w.Summary(null, "Reads a JSON string; a listed value comes back as its static member, without a new string.");
            w.Line("public static " + name + " ReadJson(ref " + CSharpTypes.Reader + " reader) =>");
            w.Indent();
            w.Line("reader.TokenType == global::System.Text.Json.JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence && Listed(reader.ValueSpan) is { } listed");
            w.Indent();
            w.Line("? listed");
            w.Line(": new(reader.GetString() ?? string.Empty);");
            w.Outdent();
            w.Outdent();
            w.Line();
            EmitListed(w, type, name);
            w.Line();
            w.Summary(null, "Writes the raw value as a JSON string.");
            w.Line("public void WriteJson(" + CSharpTypes.Writer + " writer) => writer.WriteStringValue(Value);");
        }

        return w.ToString();
    }

    // Most values a client reads are listed ones; matching their UTF-8 bytes (by length first, as model members are
    // matched) saves a string per value read, which on a page of invoices is most of what the enums cost.
    private static void EmitListed(SourceWriter w, TypeSpec type, string name)
    {
        using (w.Open("private static " + name + "? Listed(global::System.ReadOnlySpan<byte> utf8)"))
        {
            var byLength = type.EnumMembers
                .GroupBy(m => Encoding.UTF8.GetByteCount(m.Value))
                .OrderBy(g => g.Key)
                .ToList();
            if (byLength.Count == 0)
            {
                w.Line("return null;");
                return;
            }

            w.Line("switch (utf8.Length)");
            w.Line("{");
            w.Indent();
            foreach (var group in byLength)
            {
                w.Line("case " + group.Key.ToString(CultureInfo.InvariantCulture) + ":");
                w.Indent();
                // Currency codes and country names put a hundred values of one length together; their first byte
                // narrows that to a handful.
                if (group.Count() > FirstByteDispatchAbove && group.Key > 0)
                {
                    EmitByFirstByte(w, group);
                }
                else
                {
                    EmitComparisons(w, group);
                }

                w.Line("break;");
                w.Outdent();
            }

            w.Outdent();
            w.Line("}");
            w.Line();
            w.Line("return null;");
        }
    }

    private const int FirstByteDispatchAbove = 8;

    private static void EmitByFirstByte(SourceWriter w, IEnumerable<EnumMemberSpec> members)
    {
        w.Line("switch (utf8[0])");
        w.Line("{");
        w.Indent();
        foreach (var first in members.GroupBy(m => Encoding.UTF8.GetBytes(m.Value)[0]).OrderBy(g => g.Key))
        {
            w.Line("case " + ByteLiteral(first.Key) + ":");
            w.Indent();
            EmitComparisons(w, first);
            w.Line("break;");
            w.Outdent();
        }

        w.Outdent();
        w.Line("}");
        w.Line();
    }

    // Letters and digits as characters, so that the dispatch reads as the values it sorts.
    private static string ByteLiteral(byte value) =>
        value is >= (byte)'0' and <= (byte)'9' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z'
            ? "(byte)'" + (char)value + "'"
            : value.ToString(CultureInfo.InvariantCulture);

    private static void EmitComparisons(SourceWriter w, IEnumerable<EnumMemberSpec> members)
    {
        foreach (var member in members)
        {
            w.Line("if (global::System.MemoryExtensions.SequenceEqual(utf8, " + CSharpTypes.Utf8Literal(member.Value) + ")) return " + member.Name + ";");
        }
    }
}
