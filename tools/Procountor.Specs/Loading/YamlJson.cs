using System.Text.Json;
using System.Text.Json.Nodes;
using Procountor.OpenApi.Reading;

namespace Procountor.Specs.Loading;

/// <summary>
/// Turns a YAML value (already resolved by the YAML 1.2 core schema: <c>200</c> a number, <c>"200"</c> a string)
/// into the JSON value it stands for, keeping each number's digits so the canonical writer prints them as written.
/// </summary>
internal static class YamlJson
{
    public static JsonNode? ToJson(SpecNode node, string file)
    {
        switch (node.Kind)
        {
            case SpecNodeKind.Object:
                var obj = new JsonObject();
                foreach (var member in node.Children)
                {
                    obj[member.Key!] = ToJson(member, file);
                }

                return obj;
            case SpecNodeKind.Array:
                var array = new JsonArray();
                foreach (var item in node.Children)
                {
                    array.Add(ToJson(item, file));
                }

                return array;
            case SpecNodeKind.String:
                return JsonValue.Create(node.Text!);
            case SpecNodeKind.Boolean:
                return JsonValue.Create(node.AsBoolean());
            case SpecNodeKind.Number:
                return Number(node, file);
            default:
                return null;
        }
    }

    private static JsonNode Number(SpecNode node, string file)
    {
        try
        {
            return JsonValue.Create(JsonElement.Parse(node.Text!))!;
        }
        catch (JsonException)
        {
            throw new SpecsException(file, node.Position, $"'{node.Text}' is a YAML number that JSON cannot spell; write it as JSON would (no leading zeros)");
        }
    }
}
