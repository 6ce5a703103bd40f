using Procountor.SpecDiff.Diff;
using Procountor.SpecDiff.Loading;
using Procountor.SpecDiff.Tests.Fixtures;

namespace Procountor.SpecDiff.Tests;

/// <summary>The structural diff: deep through <c>$ref</c>, robust to cycles, blind to what breaks.</summary>
public sealed class StructuralDifferTests
{
    private const string Components = """
        {"schemas":{
          "Node":{"type":"object","properties":{"name":{"type":"string","maxLength":@1},"children":{"type":"array","items":{"$ref":"#/components/schemas/Node"}},"parent":{"$ref":"#/components/schemas/Node"}}},
          "Other":{"type":"object","properties":{"node":{"$ref":"#/components/schemas/Node"}}}}}
        """;

    private static string Tree(int maxLength) => Docs.Document(
        """{"/nodes":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Other"}}}}}},"post":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Node"}}}},"responses":{"200":{"description":"ok"}}}}}""",
        Docs.Fill(Components, maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_change_inside_a_ref_cycle_is_found_once_per_place_without_recursing_forever()
    {
        var changes = Compare.Changes(Tree(10), Tree(5));

        var found = Assert.Single(changes, c => c.RuleId == "request-body-max-length-decreased" || c.RuleId == "request-property-max-length-decreased");
        Assert.Equal("POST /nodes", found.Operation);
        Assert.Equal("request body application/json: name", found.Subject);
        Assert.Equal("/components/schemas/Node/properties/name/maxLength", found.Revision!.Pointer);
        Assert.Equal(new[] { "Node.name" }, found.Target.Fields.ToArray());
    }

    [Fact]
    public void The_schema_diff_of_a_cycle_is_a_graph_that_knows_it_changed()
    {
        var diff = StructuralDiffer.Compare(SpecLoader.LoadText(Tree(10), "a").Document, SpecLoader.LoadText(Tree(5), "b").Document);

        var operation = Assert.Single(diff.Paths.Single().Operations, o => o.Method == "post");
        var body = operation.RequestBody!.Content.Single().Schema!;
        Assert.True(body.HasChanges);
        var parent = body.Properties.Single(p => p.Name == "parent").Schema!;
        Assert.Same(body, parent);
    }

    [Fact]
    public void Identical_documents_have_an_empty_diff()
    {
        var text = Tree(10);

        var diff = StructuralDiffer.Compare(SpecLoader.LoadText(text, "a").Document, SpecLoader.LoadText(text, "b").Document);

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void A_renamed_path_variable_is_the_same_path_and_parameter()
    {
        string Doc(string name) => Docs.Document(Docs.Fill("""{"/things/{@1}":{"get":{"parameters":[{"name":"@1","in":"path","required":true,"schema":{"type":"string"}}],"responses":{"200":{"description":"ok"}}}}}""", name));

        Assert.Empty(Compare.Changes(Doc("id"), Doc("thingId")));
    }

    [Fact]
    public void A_change_to_a_shared_component_shows_in_every_operation_that_uses_it()
    {
        var changes = Compare.Changes(Tree(10), Tree(20));

        Assert.Equal(["GET /nodes", "POST /nodes"], changes.Where(c => c.RuleId.Contains("max-length-increased", StringComparison.Ordinal)).Select(c => c.Operation!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Keys_in_another_order_make_no_difference()
    {
        var a = Docs.RequestBody("""{"type":"object","required":["a"],"properties":{"a":{"type":"string"},"b":{"type":"integer"}}}""");
        var b = Docs.RequestBody("""{"properties":{"b":{"type":"integer"},"a":{"type":"string"}},"required":["a"],"type":"object"}""");

        Assert.Empty(Compare.Changes(a, b));
    }

    [Fact]
    public void Yaml_and_json_spellings_of_one_document_do_not_differ()
    {
        var json = Docs.Parameter("""{"type":"integer","maximum":200}""");
        var yaml = """
            openapi: 3.0.1
            info: { title: fixture, version: "1.0" }
            paths:
              /things:
                get:
                  parameters:
                    - { name: q, in: query, required: false, schema: { type: integer, maximum: 200 } }
                  responses: { "200": { description: ok } }
            components: {}
            """;

        var report = new Reports.SpecDiffEngine().Compare(SpecLoader.LoadText(json, "a.json"), SpecLoader.LoadText(yaml, "b.yaml"));

        Assert.Empty(report.Changes);
    }
}
