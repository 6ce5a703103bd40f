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
        var w = FileHeader.Start(ns);
        w.Summary(type.Doc, "The <c>" + SourceWriter.Escape(type.Pointer) + "</c> values; values the spec does not list are kept too.");
        w.Line(FileHeader.GeneratedCode);
        w.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(global::Procountor.Runtime.Json.JsonModelConverter<" + name + ">))]");
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
                w.Summary(member.Doc, "<c>" + SourceWriter.Escape(member.Value) + "</c>");
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
            w.Summary(null, "Reads a JSON string.");
            w.Line("public static " + name + " ReadJson(ref " + CSharpTypes.Reader + " reader) => new(reader.GetString() ?? string.Empty);");
            w.Line();
            w.Summary(null, "Writes the raw value as a JSON string.");
            w.Line("public void WriteJson(" + CSharpTypes.Writer + " writer) => writer.WriteStringValue(Value);");
        }

        return w.ToString();
    }
}
