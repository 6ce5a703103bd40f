using Procountor.SpecDiff.Rules;

namespace Procountor.SpecDiff.Tests.Fixtures;

/// <summary>
/// The schema rule families: each row is a change to one schema, placed at every kind of place a schema can be
/// (request body, request property, response body, …). The expected rule is the place's prefix plus the row's
/// suffix wherever the catalog lists that combination.
/// </summary>
internal static class SchemaFamilyFixtures
{
    private const string Str = """{"type":"string"}""";

    public static readonly RuleOptions Policy = new() { Date = new DateOnly(2024, 1, 1), DeprecationDaysStable = 180, DeprecationDaysBeta = 31 };

    private sealed record Placement(string Name, string[] Prefixes, string Operation, Func<string, string> Document);

    private sealed record Row(string Suffix, string Base, string Revision, bool Symmetric = false, RuleOptions? Options = null);

    private static readonly Placement[] Placements =
    [
        new("request-body", ["request-body"], "POST /things", s => Docs.RequestBody(s)),
        new("request-property", ["request-property"], "POST /things", s => Docs.RequestBody(Docs.Property(s))),
        new("request-read-only-property", ["request-read-only-property"], "POST /things", s => Docs.RequestBody(Docs.Property(Docs.With(s, "\"readOnly\":true")))),
        new("response-body", ["response-body", "response-mediatype"], "GET /things", s => Docs.ResponseBody(s)),
        new("response-property", ["response-property"], "GET /things", s => Docs.ResponseBody(Docs.Property(s))),
        new("response-write-only-property", ["response-write-only-property"], "GET /things", s => Docs.ResponseBody(Docs.Property(Docs.With(s, "\"writeOnly\":true")))),
        new("request-parameter", ["request-parameter"], "GET /things", s => Docs.Parameter(s)),
        new("request-parameter-property", ["request-parameter-property"], "GET /things", s => Docs.Parameter(Docs.Property(s))),
        new("request-header-property", ["request-header-property"], "GET /things", s => Docs.Parameter(Docs.Property(s), "header", "X-Filter")),
        new("response-header", ["response-header"], "GET /things", s => Docs.ResponseHeader(s)),
    ];

    private static readonly Row[] Rows =
    [
        new("type-changed", Str, """{"type":"boolean"}""", Symmetric: true),
        new("type-generalized", """{"type":"integer"}""", """{"type":"number"}"""),
        new("type-specialized", """{"type":"number"}""", """{"type":"integer"}"""),
        new("type-compatible", """{"type":"integer","format":"int32"}""", """{"type":"integer","format":"int"}""", Symmetric: true),
        new("list-of-types-widened", """{"type":["string"]}""", """{"type":["string","integer"]}"""),
        new("list-of-types-narrowed", """{"type":["string","integer"]}""", """{"type":["string"]}"""),
        new("became-nullable", Str, """{"type":"string","nullable":true}"""),
        new("became-not-nullable", """{"type":"string","nullable":true}""", Str),
        new("became-enum", Str, """{"type":"string","enum":["a"]}"""),
        new("enum-value-added", """{"type":"string","enum":["a"]}""", """{"type":"string","enum":["a","b"]}"""),
        new("enum-value-removed", """{"type":"string","enum":["a","b"]}""", """{"type":"string","enum":["a"]}"""),
        new("x-extensible-enum-value-removed", """{"type":"string","x-extensible-enum":["a","b"]}""", """{"type":"string","x-extensible-enum":["a"]}"""),
        new("default-value-added", Str, """{"type":"string","default":"a"}"""),
        new("default-value-removed", """{"type":"string","default":"a"}""", Str),
        new("default-value-changed", """{"type":"string","default":"a"}""", """{"type":"string","default":"b"}""", Symmetric: true),
        new("const-added", Str, """{"type":"string","const":"a"}"""),
        new("const-removed", """{"type":"string","const":"a"}""", Str),
        new("const-changed", """{"type":"string","const":"a"}""", """{"type":"string","const":"b"}""", Symmetric: true),
        .. Bound("max", "maximum", "number"),
        .. Bound("exclusive-max", "exclusiveMaximum", "number"),
        .. Bound("min", "minimum", "number"),
        .. Bound("exclusive-min", "exclusiveMinimum", "number"),
        .. Bound("max-length", "maxLength", "string"),
        .. Bound("min-length", "minLength", "string"),
        .. Bound("max-items", "maxItems", "array"),
        .. Bound("min-items", "minItems", "array"),
        .. Bound("max-contains", "maxContains", "array"),
        .. Bound("min-contains", "minContains", "array"),
        new("pattern-added", Str, """{"type":"string","pattern":"^[a-z]+$"}"""),
        new("pattern-removed", """{"type":"string","pattern":"^[a-z]+$"}""", Str),
        new("pattern-changed", """{"type":"string","pattern":"^[a-z]+$"}""", """{"type":"string","pattern":"^[0-9]+$"}""", Symmetric: true),
        new("pattern-generalized", """{"type":"string","pattern":"^[a-z]+$"}""", """{"type":"string","pattern":".*"}"""),
        new("discriminator-added", """{"type":"object"}""", """{"type":"object","discriminator":{"propertyName":"kind"}}"""),
        new("discriminator-removed", """{"type":"object","discriminator":{"propertyName":"kind"}}""", """{"type":"object"}"""),
        new("discriminator-property-name-changed", """{"type":"object","discriminator":{"propertyName":"kind"}}""", """{"type":"object","discriminator":{"propertyName":"type"}}""", Symmetric: true),
        new("discriminator-mapping-added", """{"type":"object","discriminator":{"propertyName":"kind"}}""", """{"type":"object","discriminator":{"propertyName":"kind","mapping":{"a":"#/x/A"}}}"""),
        new("discriminator-mapping-deleted", """{"type":"object","discriminator":{"propertyName":"kind","mapping":{"a":"#/x/A"}}}""", """{"type":"object","discriminator":{"propertyName":"kind"}}"""),
        new("discriminator-mapping-changed", """{"type":"object","discriminator":{"propertyName":"kind","mapping":{"a":"#/x/A"}}}""", """{"type":"object","discriminator":{"propertyName":"kind","mapping":{"a":"#/x/B"}}}""", Symmetric: true),
        new("all-of-added", """{"allOf":[{"type":"object"}]}""", """{"allOf":[{"type":"object"},{"required":["a"]}]}"""),
        new("all-of-removed", """{"allOf":[{"type":"object"},{"required":["a"]}]}""", """{"allOf":[{"type":"object"}]}"""),
        new("all-of-added-annotation-only", """{"allOf":[{"type":"object"}]}""", """{"allOf":[{"type":"object"},{"description":"note"}]}"""),
        new("all-of-removed-annotation-only", """{"allOf":[{"type":"object"},{"description":"note"}]}""", """{"allOf":[{"type":"object"}]}"""),
        new("one-of-added", """{"oneOf":[{"type":"string"}]}""", """{"oneOf":[{"type":"string"},{"type":"integer"}]}"""),
        new("one-of-removed", """{"oneOf":[{"type":"string"},{"type":"integer"}]}""", """{"oneOf":[{"type":"string"}]}"""),
        new("any-of-added", """{"anyOf":[{"type":"string"}]}""", """{"anyOf":[{"type":"string"},{"type":"integer"}]}"""),
        new("any-of-removed", """{"anyOf":[{"type":"string"},{"type":"integer"}]}""", """{"anyOf":[{"type":"string"}]}"""),
        new("wrapped-in-one-of", """{"type":"object","properties":{"a":{"type":"string"}}}""", """{"oneOf":[{"type":"object","properties":{"a":{"type":"string"}}}]}"""),
        .. Presence("if", "if", """{"required":["a"]}"""),
        .. Presence("then", "then", """{"required":["b"]}"""),
        .. Presence("else", "else", """{"required":["c"]}"""),
        .. Presence("contains", "contains", Str),
        .. Presence("prefix-items", "prefixItems", "[" + Str + "]"),
        .. Presence("property-names", "propertyNames", """{"pattern":"^[a-z]+$"}"""),
        .. Presence("unevaluated-items", "unevaluatedItems", Str),
        .. Presence("unevaluated-properties", "unevaluatedProperties", "false"),
        .. Presence("content-schema", "contentSchema", Str),
        .. Presence("pattern-property", "patternProperties", """{"^x-":{"type":"string"}}"""),
        .. Presence("dependent-schema", "dependentSchemas", """{"a":{"required":["b"]}}"""),
        .. Presence("dependent-required", "dependentRequired", """{"a":["b"]}"""),
        new("dependent-required-changed", """{"type":"object","dependentRequired":{"a":["b"]}}""", """{"type":"object","dependentRequired":{"a":["c"]}}""", Symmetric: true),
        new("content-media-type-changed", """{"type":"string","contentMediaType":"image/png"}""", """{"type":"string","contentMediaType":"image/jpeg"}""", Symmetric: true),
        new("content-encoding-changed", """{"type":"string","contentEncoding":"base64"}""", """{"type":"string","contentEncoding":"base32"}""", Symmetric: true),
        new("deprecated", Str, """{"type":"string","deprecated":true}"""),
        new("deprecated-with-sunset", Str, """{"type":"string","deprecated":true,"x-sunset":"2030-01-01"}"""),
        new("reactivated", """{"type":"string","deprecated":true}""", Str),
        new("deprecated-sunset-missing", Str, """{"type":"string","deprecated":true}""", Options: Policy),
        new("deprecated-sunset-invalid", Str, """{"type":"string","deprecated":true,"x-sunset":"soon"}"""),
        new("sunset-date-too-small", Str, """{"type":"string","deprecated":true,"x-sunset":"2024-02-01"}""", Options: Policy),
        new("stability-decreased", """{"type":"string","x-stability-level":"stable"}""", """{"type":"string","x-stability-level":"beta"}"""),
        new("stability-increased", """{"type":"string","x-stability-level":"beta"}""", """{"type":"string","x-stability-level":"stable"}"""),
    ];

    public static IEnumerable<RuleFixture> All()
    {
        var catalog = RuleCatalog.Default;
        foreach (var placement in Placements)
        {
            foreach (var row in Rows)
            {
                var id = placement.Prefixes.Select(p => p + "-" + row.Suffix).FirstOrDefault(catalog.Contains);
                if (id is not null)
                {
                    yield return new RuleFixture($"{placement.Name}: {row.Suffix}", id, placement.Operation, placement.Document(row.Base), placement.Document(row.Revision), row.Options, row.Symmetric);
                }
            }
        }
    }

    /// <summary>A bound raised, lowered, introduced and dropped.</summary>
    private static IEnumerable<Row> Bound(string stem, string keyword, string type)
    {
        string Schema(int? value) => value is null
            ? Docs.Fill("""{"type":"@1"}""", type)
            : Docs.Fill("""{"type":"@1","@2":@3}""", type, keyword, value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new(stem + "-increased", Schema(5), Schema(10));
        yield return new(stem + "-decreased", Schema(10), Schema(5));
        yield return new(stem + "-set", Schema(null), Schema(5));
        yield return new(stem + "-unset", Schema(5), Schema(null));
    }

    /// <summary>A keyword appearing and disappearing.</summary>
    private static IEnumerable<Row> Presence(string stem, string keyword, string value)
    {
        var without = """{"type":"object"}""";
        var with = Docs.Fill("""{"type":"object","@1":@2}""", keyword, value);
        yield return new(stem + "-added", without, with);
        yield return new(stem + "-removed", with, without);
    }
}
