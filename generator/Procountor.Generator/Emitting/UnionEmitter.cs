using Procountor.Generator.Model;

namespace Procountor.Generator.Emitting;

/// <summary>
/// <c>oneOf</c>/<c>anyOf</c> → a class holding one variant, chosen by the discriminator when there is one, else by the
/// JSON's kind and (for objects) the best-fitting members. JSON that fits no variant is kept raw, never an exception.
/// </summary>
internal static class UnionEmitter
{
    public static string Emit(TypeSpec type, string ns)
    {
        var name = type.Name;
        var w = FileHeader.Start(ns);
        w.Summary(type.Doc, "One of the <c>" + SourceWriter.Escape(type.Pointer) + "</c> variants, or the raw JSON when none fits.");
        w.Line(FileHeader.GeneratedCode);
        w.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(global::Procountor.Runtime.Json.JsonModelConverter<" + name + ">))]");
        using (w.Open("public sealed partial class " + name + " : global::Procountor.Runtime.Json.IJsonModel<" + name + ">"))
        {
            for (var i = 0; i < type.Variants.Count; i++)
            {
                if (type.Variants[i].Type.Kind == TypeKind.Model && type.DiscriminatorProperty is null)
                {
                    w.Line("private static readonly string[] __declared" + i + " = { " + string.Join(", ", type.Variants[i].JsonProperties.Select(CSharpTypes.Literal)) + " };");
                    w.Line("private static readonly string[] __required" + i + " = { " + string.Join(", ", type.Variants[i].RequiredProperties.Select(CSharpTypes.Literal)) + " };");
                }
            }

            using (w.Open("private " + name + "(object? value, global::System.Text.Json.JsonElement? raw)"))
            {
                w.Line("Value = value;");
                w.Line("Raw = raw;");
            }

            w.Line();
            w.Summary(null, "The variant's value, or <c>null</c> when the JSON fits no variant (see <see cref=\"Raw\"/>).");
            w.Line("public object? Value { get; }");
            w.Line();
            w.Summary(null, "The JSON as received, when read from JSON.");
            w.Line("public global::System.Text.Json.JsonElement? Raw { get; }");
            foreach (var variant in type.Variants)
            {
                var typeName = CSharpTypes.Name(variant.Type, ns);
                w.Line();
                w.Summary(null, "The value when it is the <c>" + SourceWriter.Escape(variant.Name) + "</c> variant, else <c>null</c>.");
                w.Line(variant.Type.IsValueType
                    ? "public " + typeName + "? " + variant.Name + " => Value is " + typeName + " value ? value : null;"
                    : "public " + typeName + "? " + variant.Name + " => Value as " + typeName + ";");
                w.Line();
                w.Summary(null, "Creates the <c>" + SourceWriter.Escape(variant.Name) + "</c> variant.");
                w.Line("public static " + name + " From" + variant.Name + "(" + typeName + " value) => new(value, null);");
            }

            w.Line();
            w.Summary(null, "Keeps JSON that fits no variant, to be written back as it is.");
            w.Line("public static " + name + " FromRaw(global::System.Text.Json.JsonElement raw) => new(null, raw);");
            w.Line();
            w.Summary(null, "Reads the JSON and picks the variant it fits.");
            using (w.Open("public static " + name + " ReadJson(ref " + CSharpTypes.Reader + " reader)"))
            {
                w.Line("var element = global::System.Text.Json.JsonElement.ParseValue(ref reader);");
                w.Line("return new " + name + "(Select(element), element);");
            }

            w.Line();
            Select(w, type, ns);
            w.Line();
            Writer(w, type, ns);
        }

        return w.ToString();
    }

    private static void Select(SourceWriter w, TypeSpec type, string ns)
    {
        using (w.Open("private static object? Select(global::System.Text.Json.JsonElement element)"))
        {
            using (w.Open("try"))
            {
                if (type.DiscriminatorProperty is { } property)
                {
                    Discriminated(w, type, ns, property);
                }
                else
                {
                    using (w.Open("switch (element.ValueKind)"))
                    {
                        Case(w, type, ns, "String", k => k is TypeKind.String or TypeKind.Enum or TypeKind.Date or TypeKind.DateTimeOffset or TypeKind.LocalDateTime or TypeKind.Guid or TypeKind.Bytes);
                        Case(w, type, ns, "Number", k => k is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Decimal or TypeKind.Double or TypeKind.Single);
                        Case(w, type, ns, "True", k => k == TypeKind.Boolean);
                        Case(w, type, ns, "False", k => k == TypeKind.Boolean);
                        Case(w, type, ns, "Array", k => k == TypeKind.Array);
                        ObjectCase(w, type, ns);
                    }
                }

                w.Line();
                w.Line("return null;");
            }

            using (w.Open("catch (global::System.Exception e) when (e is global::System.Text.Json.JsonException or global::System.FormatException or global::System.InvalidOperationException or global::System.OverflowException)"))
            {
                w.Line("return null;");
            }
        }
    }

    /// <summary>The discriminator picks the variant; an unmapped value leaves only the raw JSON.</summary>
    private static void Discriminated(SourceWriter w, TypeSpec type, string ns, string property)
    {
        using (w.Open("if (element.ValueKind == global::System.Text.Json.JsonValueKind.Object && element.TryGetProperty(" + CSharpTypes.Literal(property) + ", out var discriminator) && discriminator.ValueKind == global::System.Text.Json.JsonValueKind.String)"))
        {
            using (w.Open("switch (discriminator.GetString())"))
            {
                foreach (var variant in type.Variants.Where(v => v.DiscriminatorValues.Count > 0))
                {
                    foreach (var value in variant.DiscriminatorValues)
                    {
                        w.Line("case " + CSharpTypes.Literal(value) + ":");
                    }

                    w.Line("    return " + ReadVariant(variant, ns) + ";");
                }
            }
        }
    }

    private static void Case(SourceWriter w, TypeSpec type, string ns, string kind, Func<TypeKind, bool> fits)
    {
        var variant = type.Variants.FirstOrDefault(v => fits(v.Type.Kind));
        if (variant is null)
        {
            return;
        }

        w.Line("case global::System.Text.Json.JsonValueKind." + kind + ":");
        w.Line("    return " + ReadVariant(variant, ns) + ";");
    }

    private static void ObjectCase(SourceWriter w, TypeSpec type, string ns)
    {
        var models = new List<int>();
        for (var i = 0; i < type.Variants.Count; i++)
        {
            if (type.Variants[i].Type.Kind == TypeKind.Model)
            {
                models.Add(i);
            }
        }

        var fallback = type.Variants.FirstOrDefault(v => v.Type.Kind is TypeKind.Map or TypeKind.Json or TypeKind.Union);
        if (models.Count == 0 && fallback is null)
        {
            return;
        }

        w.Line("case global::System.Text.Json.JsonValueKind.Object:");
        w.Line("{");
        w.Indent();
        if (models.Count > 0)
        {
            w.Line("var best = -1;");
            w.Line("var bestScore = -1;");
            foreach (var i in models)
            {
                w.Line("var score" + i + " = global::Procountor.Runtime.Json.JsonModel.MatchScore(element, __declared" + i + ", __required" + i + ");");
                w.Line("if (score" + i + " > bestScore) { best = " + i + "; bestScore = score" + i + "; }");
            }

            using (w.Open("switch (best)"))
            {
                foreach (var i in models)
                {
                    w.Line("case " + i + ": return " + ReadVariant(type.Variants[i], ns) + ";");
                }
            }
        }

        w.Line(fallback is null ? "return null;" : "return " + ReadVariant(fallback, ns) + ";");
        w.Outdent();
        w.Line("}");
    }

    private static string ReadVariant(VariantSpec variant, string ns) =>
        "global::Procountor.Runtime.Json.JsonModel.ReadElement(element, static (ref " + CSharpTypes.Reader + " r) => " + "(object)" + CSharpTypes.Read(variant.Type, ns, "r") + ")";

    private static void Writer(SourceWriter w, TypeSpec type, string ns)
    {
        w.Summary(null, "Writes the variant's value, or the raw JSON when there is none.");
        using (w.Open("public void WriteJson(" + CSharpTypes.Writer + " writer)"))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var first = true;
            for (var i = 0; i < type.Variants.Count; i++)
            {
                var variant = type.Variants[i];
                var typeName = CSharpTypes.Name(variant.Type, ns);
                if (!seen.Add(typeName))
                {
                    continue;
                }

                using (w.Open((first ? "if" : "else if") + " (Value is " + typeName + " v" + i + ")"))
                {
                    w.Line(CSharpTypes.Write(variant.Type, ns, "v" + i, "writer"));
                }

                first = false;
            }

            using (w.Open(first ? "if (Raw is { } raw)" : "else if (Raw is { } raw)"))
            {
                w.Line("raw.WriteTo(writer);");
            }

            using (w.Open("else"))
            {
                w.Line("writer.WriteNullValue();");
            }
        }
    }
}
