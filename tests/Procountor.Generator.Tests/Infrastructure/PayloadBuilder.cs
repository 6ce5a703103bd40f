using System.Text.Json.Nodes;
using Procountor.OpenApi.Naming;
using Procountor.OpenApi.Reading;

namespace Procountor.Generator.Tests.Infrastructure;

/// <summary>
/// A representative JSON value for a schema: every declared member filled in, plus a member the spec does not declare,
/// and every other enum value one the spec does not list, so that round trips prove nothing is lost.
/// </summary>
public sealed class PayloadBuilder(SpecDocument document)
{
    public const string UnknownEnumValue = "VALUE_FROM_A_LATER_VERSION";
    private int _enums;

    public JsonNode? Build(SpecNode schema, int depth = 0)
    {
        var target = document.Dereference(schema);
        if (target is null)
        {
            return new JsonObject();
        }

        var shape = SchemaShape.Of(target, isComponent: true);
        switch (shape.Kind)
        {
            case SchemaShapeKind.Enum:
                var values = target["enum"]!.Children.Where(v => v.Kind == SpecNodeKind.String).ToList();
                return _enums++ % 2 == 0 ? JsonValue.Create(values[0].Text) : JsonValue.Create(UnknownEnumValue);
            case SchemaShapeKind.Union:
            case SchemaShapeKind.Alias:
                return Build(SchemaShape.NonNullMembers(SchemaShape.Composition(target)!)[0], depth + 1);
            case SchemaShapeKind.Array:
                return depth > 6 ? new JsonArray() : new JsonArray(Build(target["items"] ?? target, depth + 1));
            case SchemaShapeKind.Map:
                return new JsonObject { ["key"] = target["additionalProperties"] is { IsObject: true } values2 ? Build(values2, depth + 1) : JsonValue.Create(1) };
            case SchemaShapeKind.Primitive:
                return Primitive(shape.Type!, target.GetString("format"), target);
            case SchemaShapeKind.Object:
                var result = new JsonObject();
                foreach (var property in SchemaProperties.Flatten(document, target))
                {
                    // Deep in recursive schemas only what is required, so that the payload stays finite.
                    if (depth < 4 || property.Required)
                    {
                        result[property.JsonName] = depth > 8 ? new JsonObject() : Build(property.Schema, depth + 1);
                    }
                }

                result["memberFromALaterVersion"] = new JsonObject { ["kept"] = new JsonArray(1, "two", true) };
                return result;
            default:
                return new JsonObject { ["any"] = 1 };
        }
    }

    private static JsonNode Primitive(string type, string? format, SpecNode schema) => type switch
    {
        "boolean" => JsonValue.Create(true),
        "integer" => JsonValue.Create(7),
        "number" => format is "int32" or "int64" ? JsonValue.Create(7) : JsonValue.Create(12.5m),
        _ => format switch
        {
            "date" => JsonValue.Create("2023-12-31"),
            "date-time" => JsonValue.Create("2023-12-31T23:59:58"),
            "uuid" => JsonValue.Create("0f8fad5b-d9cb-469f-a165-70867728950e"),
            "byte" => JsonValue.Create("AQID"),
            _ => JsonValue.Create(schema.GetString("pattern") is null ? "text" : "1"),
        },
    };
}
