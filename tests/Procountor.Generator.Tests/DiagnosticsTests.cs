using Microsoft.CodeAnalysis;
using Procountor.Generator.Tests.Infrastructure;

namespace Procountor.Generator.Tests;

/// <summary>Bad input gives a diagnostic at the spec's line and column, never an exception, and the rest still generates.</summary>
public class DiagnosticsTests
{
    private const string Path = "/specs/bad.json";

    private static (IReadOnlyList<Diagnostic> Diagnostics, GeneratedRun Run) Generate(string spec, params TestAdditionalText[] extra)
    {
        var run = GeneratorHarness.Run([TestAdditionalText.Spec(Path, spec, "Tests.Bad", overlay: extra.Length > 0 ? extra[0].Path : null), .. extra]);
        Assert.Null(run.Result.Results.Single().Exception);
        Assert.Empty(run.CompilationDiagnostics.Select(d => d.ToString()));
        return (run.GeneratorDiagnostics, run);
    }

    private static void AssertAt(Diagnostic diagnostic, string id, int line, int column, string path = Path)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }

    [Fact]
    public void Malformed_json_is_reported_where_it_breaks()
    {
        var (diagnostics, run) = Generate("{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {,\n}");

        AssertAt(diagnostics.Single(), "PCG001", 3, 13);
        Assert.Equal(DiagnosticSeverity.Error, diagnostics.Single().Severity);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Malformed_yaml_is_reported_where_it_breaks()
    {
        var run = GeneratorHarness.Run(TestAdditionalText.Spec("/specs/bad.yaml", "openapi: 3.0.0\npaths:\n  /a: [\n", "Tests.Bad"));

        Assert.Equal("PCG001", run.GeneratorDiagnostics.Single().Id);
        Assert.Equal("/specs/bad.yaml", run.GeneratorDiagnostics.Single().Location.GetLineSpan().Path);
        Assert.True(run.GeneratorDiagnostics.Single().Location.GetLineSpan().StartLinePosition.Line >= 2);
    }

    [Fact]
    public void A_swagger_2_document_is_refused_with_a_reason()
    {
        var (diagnostics, _) = Generate("{\n  \"swagger\": \"2.0\",\n  \"paths\": {}\n}");

        AssertAt(diagnostics.Single(), "PCG002", 2, 14);
        Assert.Contains("swagger 2.0", diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_or_external_reference_becomes_raw_json_and_a_warning()
    {
        var (diagnostics, run) = Generate("""
            {"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "paths": {},
             "components": {"schemas": {"A": {"type": "object", "properties": {
               "missing": {"$ref": "#/components/schemas/Nope"},
               "external": {"$ref": "other.json#/components/schemas/B"}}}}}}
            """);

        Assert.Equal(["PCG003", "PCG003"], diagnostics.Select(d => d.Id));
        AssertAt(diagnostics[0], "PCG003", 3, 16);
        AssertAt(diagnostics[1], "PCG003", 4, 17);
        Assert.Contains("points into another file", diagnostics[1].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("public global::System.Text.Json.JsonElement? Missing { get; set; }", run.Source("Tests.Bad.A.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_of_references_that_never_reaches_a_schema_is_reported()
    {
        var (diagnostics, run) = Generate("""
            {"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "paths": {},
             "components": {"schemas": {
               "Loop1": {"$ref": "#/components/schemas/Loop2"},
               "Loop2": {"$ref": "#/components/schemas/Loop1"},
               "List": {"type": "array", "items": {"$ref": "#/components/schemas/List"}},
               "Holder": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/Loop1"}, "b": {"$ref": "#/components/schemas/List"}}}}}}
            """);

        Assert.Equal(["PCG004", "PCG004"], diagnostics.Select(d => d.Id));
        Assert.Contains("Holder", run.Source("Tests.Bad.Holder.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_operation_ids_get_distinct_methods_and_a_warning()
    {
        var (diagnostics, run) = Generate("""
            {"openapi": "3.0.0", "info": {"title": "T", "version": "1"},
             "paths": {
               "/a": {"get": {"operationId": "getThing", "responses": {"204": {"description": "ok"}}}},
               "/b": {"get": {"operationId": "getThing", "responses": {"204": {"description": "ok"}}}}}}
            """);

        AssertAt(diagnostics.Single(), "PCG005", 4, 19);
        Assert.Contains("GetThing2Async", diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("GetThing2Async(", run.Source("Tests.Bad.DefaultApi.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_that_collide_after_escaping_are_numbered_and_reported()
    {
        var (diagnostics, run) = Generate("""
            {"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "paths": {},
             "components": {"schemas": {
               "item": {"type": "object", "properties": {"vat_status": {"type": "string"}, "vatStatus": {"type": "string"}}},
               "Item": {"type": "object"},
               "Status": {"type": "string", "enum": ["PARTLY_PAID", "PARTLY_PAID,"]}}}}
            """);

        Assert.Equal(["PCG006", "PCG006", "PCG007"], diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == "PCG006" && d.Location.GetLineSpan().StartLinePosition.Line == 2);
        Assert.Contains("public string? VatStatus2 { get; set; }", run.Source("Tests.Bad.Item.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public static Status PartlyPaid2 { get; } = new(\"PARTLY_PAID,\");", run.Source("Tests.Bad.Status.g.cs"), StringComparison.Ordinal);
        Assert.Contains("class Item2", run.Source("Tests.Bad.Item2.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_parameter_is_reported_and_left_out()
    {
        var (diagnostics, run) = Generate("""
            {"openapi": "3.0.0", "info": {"title": "T", "version": "1"},
             "paths": {"/a": {"get": {"operationId": "get", "parameters": [{"name": "session", "in": "cookie", "schema": {"type": "string"}}],
               "responses": {"204": {"description": "ok"}}}}}}
            """);

        AssertAt(diagnostics.Single(), "PCG008", 2, 64);
        Assert.DoesNotContain("session", run.Source("Tests.Bad.DefaultApi.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_get_whose_answer_has_no_integer_id_is_reported_and_gets_no_batch_method()
    {
        var overlay = new TestAdditionalText("/specs/batch.overlay.yaml", "overlay: 1\nbatch:\n  operations:\n    \"GET /a/{ids}\": { name: getMany }\n");
        var (diagnostics, run) = Generate("""
            {"openapi": "3.0.0", "info": {"title": "T", "version": "1"},
             "paths": {"/a/{ids}": {"get": {"operationId": "getOne", "parameters": [{"name": "ids", "in": "path", "required": true, "schema": {"type": "string"}}],
               "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"code": {"type": "string"}}}}}}}}}}}
            """, overlay);

        AssertAt(diagnostics.Single(), "PCG008", 2, 25);
        Assert.Contains("'id'", diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain("GetManyAsync", run.Source("Tests.Bad.DefaultApi.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Overlay_problems_point_into_the_overlay()
    {
        var overlay = new TestAdditionalText("/specs/bad.overlay.yaml", "overlay: 1\nsurprise: true\ntypes:\n  number: money\n");
        var (diagnostics, run) = Generate("""{"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "paths": {}, "components": {"schemas": {"A": {"type": "object", "properties": {"n": {"type": "number"}}}}}}""", overlay);

        Assert.Equal(2, diagnostics.Count);
        AssertAt(diagnostics[0], "PCG009", 2, 1, overlay.Path);
        AssertAt(diagnostics[1], "PCG009", 4, 11, overlay.Path);
        Assert.Contains("decimal? N", run.Source("Tests.Bad.A.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_overlay_is_reported_and_the_spec_still_generates()
    {
        var run = GeneratorHarness.Run(TestAdditionalText.Spec(Path, """{"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "paths": {}}""", "Tests.Bad", overlay: "/nowhere/overlay.yaml"));

        Assert.Equal("PCG009", run.GeneratorDiagnostics.Single().Id);
        Assert.Contains(run.Sources, s => s.HintName == "Tests.Bad.TClient.g.cs");
    }

    [Fact]
    public void Two_specs_in_one_namespace_are_an_error_not_a_crash()
    {
        const string Spec = """{"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "paths": {}}""";

        var run = GeneratorHarness.Run(TestAdditionalText.Spec("/a.json", Spec, "Tests.Same"), TestAdditionalText.Spec("/b.json", Spec, "Tests.Same"));

        Assert.Null(run.Result.Results.Single().Exception);
        Assert.Equal("PCG010", run.GeneratorDiagnostics.Single().Id);
    }
}
