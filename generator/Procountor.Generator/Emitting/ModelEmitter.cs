using System.Text;
using Procountor.Generator.Model;

namespace Procountor.Generator.Emitting;

/// <summary>An object schema → a class with its own JSON reader and writer, unknown members kept, and validation.</summary>
internal static class ModelEmitter
{
    private const string ExtensionDataType = "global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>";

    public static string Emit(TypeSpec type, string ns)
    {
        var w = FileHeader.StartJsonType(ns, type, "The {0} schema.");
        using (w.Open("public sealed partial class " + type.Name + " : global::Procountor.Runtime.Json.IJsonModel<" + type.Name + ">, global::Procountor.Runtime.Validation.IApiValidatable"))
        {
            w.Summary(null, "Creates an empty instance; set the required members in an object initializer.");
            w.Line("public " + type.Name + "()");
            w.Line("{");
            w.Line("}");
            foreach (var property in type.Properties)
            {
                w.Line();
                Property(w, property, ns);
            }

            w.Line();
            w.Summary(null, "Members the spec does not declare, kept as received so that nothing is lost on the way back.");
            w.Line("public " + ExtraType(type, ns) + "? " + type.AdditionalPropertiesName + " { get; set; }");
            w.Line();
            Reader(w, type, ns);
            w.Line();
            Writer(w, type, ns);
            w.Line();
            Validator(w, type, ns);
        }

        return w.ToString();
    }

    private static string ExtraType(TypeSpec type, string ns) =>
        type.AdditionalPropertiesType is { } typed ? "global::System.Collections.Generic.IDictionary<string, " + CSharpTypes.Name(typed, ns) + ">" : ExtensionDataType;

    /// <summary>C# type of a property: non-nullable only when required and not nullable.</summary>
    private static string PropertyType(PropertySpec property, string ns) =>
        property.Required && !property.Nullable ? CSharpTypes.Name(property.Type, ns) : CSharpTypes.Nullable(property.Type, ns);

    private static void Property(SourceWriter w, PropertySpec property, string ns)
    {
        w.Summary(property.Doc, "The <c>" + SourceWriter.Escape(property.JsonName) + "</c> member.");
        var notes = Notes(property);
        if (notes.Length > 0)
        {
            w.Line("/// <remarks>" + SourceWriter.Escape(notes) + "</remarks>");
        }

        var required = property.Required ? "required " : string.Empty;
        var accessors = property.ReadOnly ? "{ get; init; }" : "{ get; set; }";
        w.Line("public " + required + PropertyType(property, ns) + " " + property.Name + " " + accessors);
    }

    private static string Notes(PropertySpec property)
    {
        var notes = new StringBuilder();
        if (property.ReadOnly)
        {
            notes.Append("Set by the server. ");
        }

        var c = property.Constraints;
        Append(c.MinLength, "At least {0} characters. ");
        Append(c.MaxLength, "At most {0} characters. ");
        if (c.Pattern is not null)
        {
            notes.Append("Matches ").Append(c.Pattern).Append(". ");
        }

        if (c.Minimum is not null)
        {
            notes.Append(c.ExclusiveMinimum ? "Greater than " : "At least ").Append(c.Minimum).Append(". ");
        }

        if (c.Maximum is not null)
        {
            notes.Append(c.ExclusiveMaximum ? "Less than " : "At most ").Append(c.Maximum).Append(". ");
        }

        Append(c.MinItems, "At least {0} items. ");
        Append(c.MaxItems, "At most {0} items. ");
        return notes.ToString().TrimEnd();

        void Append(int? value, string format)
        {
            if (value is { } v)
            {
                notes.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, v));
            }
        }
    }

    private static void Reader(SourceWriter w, TypeSpec type, string ns)
    {
        w.Summary(null, "Reads an instance; the reader is on the object's first token and is left on its last.");
        using (w.Open("public static " + type.Name + " ReadJson(ref " + CSharpTypes.Reader + " reader)"))
        {
            using (w.Open("if (reader.TokenType != " + CSharpTypes.TokenType + ".StartObject)"))
            {
                w.Line("throw global::Procountor.Runtime.Json.JsonModel.UnexpectedToken(" + CSharpTypes.Literal(type.Name) + ", reader.TokenType);");
            }

            w.Line();
            for (var i = 0; i < type.Properties.Count; i++)
            {
                w.Line(CSharpTypes.Nullable(type.Properties[i].Type, ns) + " p" + i + " = default;");
            }

            var extraType = type.AdditionalPropertiesType is { } typed
                ? "global::System.Collections.Generic.Dictionary<string, " + CSharpTypes.Name(typed, ns) + ">"
                : "global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>";
            w.Line(extraType + "? extra = null;");
            using (w.Open("while (reader.Read() && reader.TokenType == " + CSharpTypes.TokenType + ".PropertyName)"))
            {
                w.Line("global::System.ReadOnlySpan<byte> name = reader.HasValueSequence || reader.ValueIsEscaped");
                w.Line("    ? global::System.Text.Encoding.UTF8.GetBytes(reader.GetString()!)");
                w.Line("    : reader.ValueSpan;");
                w.Line("reader.Read();");
                if (type.Properties.Count > 0)
                {
                    Switch(w, type, ns);
                }

                var extraRead = type.AdditionalPropertiesType is { } t ? CSharpTypes.Read(t, ns, "reader") : "global::System.Text.Json.JsonElement.ParseValue(ref reader)";
                w.Line("(extra ??= new(global::System.StringComparer.Ordinal))[global::System.Text.Encoding.UTF8.GetString(name)] = " + extraRead + ";");
            }

            w.Line();
            w.Line("return new " + type.Name);
            w.Line("{");
            w.Indent();
            for (var i = 0; i < type.Properties.Count; i++)
            {
                var property = type.Properties[i];
                var value = "p" + i;
                if (property.Required && !property.Nullable)
                {
                    // A required member the server left out (it omits nulls) still reads; it stays default.
                    value = property.Type.IsValueType ? "p" + i + ".GetValueOrDefault()" : "p" + i + "!";
                }

                w.Line(property.Name + " = " + value + ",");
            }

            w.Line(type.AdditionalPropertiesName + " = extra,");
            w.Outdent();
            w.Line("};");
        }
    }

    /// <summary>Matches the member name by UTF-8 length first, then bytes: no string is allocated for known members.</summary>
    private static void Switch(SourceWriter w, TypeSpec type, string ns)
    {
        var byLength = new SortedDictionary<int, List<int>>();
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var length = Encoding.UTF8.GetByteCount(type.Properties[i].JsonName);
            if (!byLength.TryGetValue(length, out var list))
            {
                byLength.Add(length, list = []);
            }

            list.Add(i);
        }

        using (w.Open("switch (name.Length)"))
        {
            foreach (var bucket in byLength)
            {
                w.Line("case " + bucket.Key.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":");
                w.Indent();
                foreach (var i in bucket.Value)
                {
                    var property = type.Properties[i];
                    using (w.Open("if (global::System.MemoryExtensions.SequenceEqual(name, " + CSharpTypes.Utf8Literal(property.JsonName) + "))"))
                    {
                        w.Line("p" + i + " = reader.TokenType == " + CSharpTypes.TokenType + ".Null ? null : " + CSharpTypes.Read(property.Type, ns, "reader") + ";");
                        w.Line("continue;");
                    }
                }

                w.Line("break;");
                w.Outdent();
            }
        }
    }

    private static void Writer(SourceWriter w, TypeSpec type, string ns)
    {
        w.Summary(null, "Writes this instance as a JSON object: declared members first, then the kept unknown ones.");
        using (w.Open("public void WriteJson(" + CSharpTypes.Writer + " writer)"))
        {
            w.Line("writer.WriteStartObject();");
            for (var i = 0; i < type.Properties.Count; i++)
            {
                var property = type.Properties[i];
                var alwaysPresent = property.Required && !property.Nullable && property.Type.IsValueType;
                if (alwaysPresent)
                {
                    w.Line("writer.WritePropertyName(" + CSharpTypes.Utf8Literal(property.JsonName) + ");");
                    w.Line(CSharpTypes.Write(property.Type, ns, property.Name, "writer"));
                    continue;
                }

                using (w.Open("if (" + property.Name + " is { } v" + i + ")"))
                {
                    w.Line("writer.WritePropertyName(" + CSharpTypes.Utf8Literal(property.JsonName) + ");");
                    w.Line(CSharpTypes.Write(property.Type, ns, "v" + i, "writer"));
                }

                if (property.Required && property.Nullable)
                {
                    using (w.Open("else"))
                    {
                        w.Line("writer.WriteNull(" + CSharpTypes.Utf8Literal(property.JsonName) + ");");
                    }
                }
            }

            if (type.AdditionalPropertiesType is { } typed)
            {
                using (w.Open("if (" + type.AdditionalPropertiesName + " is { } extra)"))
                {
                    using (w.Open("foreach (var pair in extra)"))
                    {
                        w.Line("writer.WritePropertyName(pair.Key);");
                        w.Line(CSharpTypes.Write(typed, ns, "pair.Value", "writer"));
                    }
                }
            }
            else
            {
                w.Line(CSharpTypes.Collections + ".WriteExtensionData(writer, " + type.AdditionalPropertiesName + ");");
            }

            w.Line("writer.WriteEndObject();");
        }
    }

    private static void Validator(SourceWriter w, TypeSpec type, string ns)
    {
        const string Errors = "global::System.Collections.Generic.ICollection<global::Procountor.Runtime.Validation.ApiValidationError>";
        w.Summary(null, "Checks the members against the spec's constraints (lengths, ranges, patterns, item counts), nested models included, then <see cref=\"OnValidate\"/>.");
        using (w.Open("public void Validate(string path, " + Errors + " errors)"))
        {
            foreach (var property in type.Properties)
            {
                var path = "path + " + CSharpTypes.Literal("." + property.JsonName);
                foreach (var check in ConstraintChecks.Of(property.Type, property.Constraints, property.Name, path, "errors"))
                {
                    w.Line(check);
                }

                if (property.Type.Kind == TypeKind.Array && property.Type.Element!.Kind == TypeKind.Model)
                {
                    w.Line("global::Procountor.Runtime.Validation.ApiConstraints.Each(" + property.Name + ", " + path + ", errors);");
                }
                else if (property.Type.Kind == TypeKind.Model)
                {
                    w.Line(property.Name + "?.Validate(" + path + ", errors);");
                }
            }

            w.Line("OnValidate(path, errors);");
        }

        w.Line();
        w.Summary(null, "Rules the spec cannot express; implement it in a partial declaration of this class to check them with the rest.");
        w.Line("partial void OnValidate(string path, " + Errors + " errors);");
    }
}
