using System.Text.Json.Nodes;
using Procountor.Specs.Canonical;

namespace Procountor.Specs.Tests.Canonical;

public class CanonicalJsonTests
{
    [Fact]
    public void Orders_keywords_by_object_kind_and_everything_else_ordinally()
    {
        var document = JsonNode.Parse("""
            {"x-logo": {"b": 1, "a": 2}, "paths": {"/b": {"post": {"responses": {"default": {"description": "d"}, "200": {"description": "ok"}},
             "operationId": "b", "summary": "s", "x-z": 1}, "get": {"responses": {}}}, "/a": {}},
             "components": {"schemas": {"Zed": {"properties": {"type": {"type": "string"}, "$ref": {"format": "x", "type": "string"}},
             "required": ["type"], "type": "object"}, "Alpha": {"type": "string", "example": {"type": 1, "b": 2, "a": 3}}}},
             "info": {"version": "1", "title": "t"}, "openapi": "3.0.1"}
            """);

        Assert.Equal("""
            {
              "openapi": "3.0.1",
              "info": {
                "title": "t",
                "version": "1"
              },
              "paths": {
                "/a": {},
                "/b": {
                  "get": {
                    "responses": {}
                  },
                  "post": {
                    "summary": "s",
                    "operationId": "b",
                    "responses": {
                      "200": {
                        "description": "ok"
                      },
                      "default": {
                        "description": "d"
                      }
                    },
                    "x-z": 1
                  }
                }
              },
              "components": {
                "schemas": {
                  "Alpha": {
                    "type": "string",
                    "example": {
                      "a": 3,
                      "b": 2,
                      "type": 1
                    }
                  },
                  "Zed": {
                    "type": "object",
                    "required": [
                      "type"
                    ],
                    "properties": {
                      "$ref": {
                        "type": "string",
                        "format": "x"
                      },
                      "type": {
                        "type": "string"
                      }
                    }
                  }
                }
              },
              "x-logo": {
                "a": 2,
                "b": 1
              }
            }

            """.ReplaceLineEndings("\n"), CanonicalJson.Write(document));
    }

    [Fact]
    public void Parameters_keep_their_order_and_their_keywords_come_in_order()
    {
        var text = CanonicalJson.Write(JsonNode.Parse("""
            {"paths": {"/x": {"parameters": [{"schema": {"type": "string"}, "in": "header", "name": "b"}, {"name": "a", "in": "query"}], "delete": {}}}}
            """));

        Assert.Equal(
            "{\n  \"paths\": {\n    \"/x\": {\n      \"parameters\": [\n        {\n          \"name\": \"b\",\n          \"in\": \"header\",\n          \"schema\": {\n            \"type\": \"string\"\n          }\n        },\n        {\n          \"name\": \"a\",\n          \"in\": \"query\"\n        }\n      ],\n      \"delete\": {}\n    }\n  }\n}\n",
            text);
    }

    [Theory]
    [InlineData("1.50")]
    [InlineData("1e3")]
    [InlineData("1E+3")]
    [InlineData("-0")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("0.1000000000000000055511151231257827")]
    public void Writes_numbers_exactly_as_read(string number) =>
        Assert.Equal($"{{\n  \"n\": {number}\n}}\n", CanonicalJson.Write(JsonNode.Parse($"{{\"n\": {number}}}")));

    [Fact]
    public void Escapes_only_what_json_requires()
    {
        var text = CanonicalJson.Write(JsonNode.Parse("""["ä € 😀 / < > & ' \u2028 \ud83d\ude00", "q\"b\\n\n\t\r\b\f\u0001\u001f"]"""));

        Assert.Equal("[\n  \"ä € 😀 / < > & ' \u2028 😀\",\n  \"q\\\"b\\\\n\\n\\t\\r\\b\\f\\u0001\\u001f\"\n]\n", text);
    }

    [Fact]
    public void Writes_values_built_in_code()
    {
        var document = new JsonObject { ["b"] = 5, ["a"] = "x\"", ["c"] = null, ["d"] = true, ["e"] = 2.5m, ["f"] = new JsonArray() };

        Assert.Equal("{\n  \"a\": \"x\\\"\",\n  \"b\": 5,\n  \"c\": null,\n  \"d\": true,\n  \"e\": 2.5,\n  \"f\": []\n}\n", CanonicalJson.Write(document));
    }

    [Fact]
    public void Is_idempotent()
    {
        var messy = File.ReadAllText(Path.Combine(TestTrees.Tiny, "..", "..", "..", "messy.json"));
        var once = CanonicalJson.Write(JsonNode.Parse(messy));

        Assert.Equal(once, CanonicalJson.Write(JsonNode.Parse(once)));
        Assert.DoesNotContain("\r", once, StringComparison.Ordinal);
        Assert.EndsWith("}\n", once, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(messy), JsonNode.Parse(once)), "canonical text must hold the same JSON");
    }

    [Fact]
    public void Reading_rejects_duplicate_keys_and_bad_json_with_their_position()
    {
        Assert.Equal("a.json:2:3: not valid JSON: Duplicate key 'a'.", Assert.Throws<SpecsException>(() => JsonText.Parse("{\"a\": 1,\n  \"a\": 2}", "a.json")).Message);
        Assert.StartsWith("a.json:1:7: not valid JSON: ", Assert.Throws<SpecsException>(() => JsonText.Parse("{\"a\": }", "a.json")).Message, StringComparison.Ordinal);
        Assert.Equal("a.json:1:7: not valid JSON text: a string holds a lone UTF-16 surrogate escape", Assert.Throws<SpecsException>(() => JsonText.Parse("{\"a\": \"\\ud800\"}", "a.json")).Message);
        Assert.Equal(1, JsonText.Parse("\uFEFF{\"a\": 1}", "a.json")["a"]!.GetValue<int>());
    }
}
