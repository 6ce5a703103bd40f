using System.Text.Json.Nodes;
using Procountor.Specs.Materializing;

namespace Procountor.Specs.Tests.Materializing;

public class MaterializerTests
{
    [Fact]
    public void Undoes_each_step_to_give_every_older_document()
    {
        var documents = Materializer.Materialize(SpecsRepository.Open(TestTrees.Tiny));

        Assert.Equal(["19.10", "19.11", "19.12"], documents.Select(d => d.Version.Id.Text));
        var oldest = JsonNode.Parse(documents[0].Text)!;
        Assert.Null(oldest["paths"]!["/widgets/{id}"]);
        Assert.NotNull(oldest["components"]!["schemas"]!["Widget"]!["properties"]!["code"]);
        Assert.Null(oldest["components"]!["schemas"]!["Widget"]!["properties"]!["widgetCode"]);
        Assert.Equal("""["RED","BLUE","GREEN"]""", oldest["components"]!["schemas"]!["Widget"]!["properties"]!["colour"]!["enum"]!.ToJsonString());
        Assert.Equal("""["id"]""", oldest["components"]!["schemas"]!["Widget"]!["required"]!.ToJsonString());
        Assert.Equal(100, oldest["paths"]!["/widgets"]!["get"]!["parameters"]![0]!["schema"]!["maximum"]!.GetValue<int>());
        Assert.Equal("19.10", oldest["info"]!["version"]!.GetValue<string>());
        Assert.Equal(
            """[{"url":"https://api.example.test/v1910/api","description":"production"},{"url":"https://test-api.example.test/v1910/api","description":"test"}]""",
            oldest["servers"]!.ToJsonString());
        Assert.Equal("specs/procountor/19.10/openapi.json", documents[0].DisplayPath);
    }

    [Fact]
    public void Writes_only_documents_that_differ_and_reports_them_as_stale_until_then()
    {
        using var tree = new TreeCopy(TestTrees.Tiny);
        File.Delete(tree.PathOf("19.10/openapi.json"));
        tree.Edit("19.11/openapi.json", "\"maximum\": 100", "\"maximum\": 101");
        var documents = Materializer.Materialize(tree.Open());

        Assert.Equal(["19.10", "19.11"], Materializer.Stale(documents).Select(d => d.Version.Id.Text));
        Assert.Equal([true, true, false], documents.Select(d => d.Write()));
        Assert.Empty(Materializer.Stale(Materializer.Materialize(tree.Open())));
    }

    [Theory]
    [InlineData("history/19.11.yaml", "path: /paths/~1widgets~1{id}", "path: /paths/~1gadgets",
        "history/19.11.yaml:4:5: edit 1 (add /paths/~1gadgets) does not hold in 19.11: '/gadgets' is not there, so this version cannot have added it")]
    [InlineData("history/19.11.yaml", "summary: One widget", "summary: A widget",
        "history/19.11.yaml:4:5: edit 1 (add /paths/~1widgets~1{id}) does not hold in 19.11: the member differs from the edit's value (/get/summary: the document has \"One widget\", the edit \"A widget\")")]
    [InlineData("history/19.11.yaml", "from: code\n    to: widgetCode", "from: code\n    to: widgetKode",
        "history/19.11.yaml:19:5: edit 2 (rename /components/schemas/Widget/properties) does not hold in 19.11: 'widgetKode' is not there, so this version cannot have renamed 'code' to it")]
    [InlineData("history/19.11.yaml", "from: code\n    to: widgetCode", "from: colour\n    to: widgetCode",
        "history/19.11.yaml:19:5: edit 2 (rename /components/schemas/Widget/properties) does not hold in 19.11: 'colour' is still there, so this version cannot have renamed it")]
    [InlineData("history/19.12.yaml", "    value: widgetCode", "    value: price",
        "history/19.12.yaml:4:5: edit 1 (add-item /components/schemas/Widget/required) does not hold in 19.12: \"price\" is not in the array")]
    [InlineData("history/19.12.yaml", "old: 100\n    value: 200", "old: 100\n    value: 300",
        "history/19.12.yaml:8:5: edit 2 (replace /paths/~1widgets/get/parameters/0/schema/maximum) does not hold in 19.12: the value differs from the edit's new value (the whole value: the document has 200, the edit 300)")]
    [InlineData("history/19.12.yaml", "parameters/0/schema/maximum", "parameters/1/schema/maximum",
        "history/19.12.yaml:8:5: edit 2 (replace /paths/~1widgets/get/parameters/1/schema/maximum) does not hold in 19.12: nothing at /paths/~1widgets/get/parameters/1")]
    [InlineData("history/19.12.yaml", "schema/maximum\n", "schema/multipleOf\n",
        "history/19.12.yaml:8:5: edit 2 (replace /paths/~1widgets/get/parameters/0/schema/multipleOf) does not hold in 19.12: 'multipleOf' is not there")]
    [InlineData("history/19.12.yaml", "    value: BLUE", "    value: RED",
        "history/19.12.yaml:14:5: edit 3 (remove-item /components/schemas/Widget/properties/colour/enum) does not hold in 19.12: \"RED\" is still in the array, so this version cannot have removed it")]
    [InlineData("history/19.12.yaml", "    index: 1", "    index: 3",
        "history/19.12.yaml:14:5: edit 3 (remove-item /components/schemas/Widget/properties/colour/enum) does not hold in 19.12: index 3 is past the end of an array of 2")]
    [InlineData("history/19.12.yaml", "path: /components/schemas/Widget/properties/weight", "path: /components/schemas/Widget/properties/price",
        "history/19.12.yaml:19:5: edit 4 (remove /components/schemas/Widget/properties/price) does not hold in 19.12: 'price' is still there, so this version cannot have removed it")]
    [InlineData("history/19.12.yaml", "path: /components/schemas/Widget/properties/weight", "path: /components/schemas/Gadget/properties/weight",
        "history/19.12.yaml:19:5: edit 4 (remove /components/schemas/Gadget/properties/weight) does not hold in 19.12: nothing at /components/schemas/Gadget")]
    [InlineData("history/19.12.yaml", "path: /components/schemas/Widget/required", "path: /components/schemas/Widget",
        "history/19.12.yaml:4:5: edit 1 (add-item /components/schemas/Widget) does not hold in 19.12: add-item works on an array, but this is not one")]
    public void Fails_with_file_edit_and_pointer_when_a_precondition_does_not_hold(string file, string from, string to, string expected)
    {
        using var tree = new TreeCopy(TestTrees.Tiny);
        tree.Edit(file, from, to);

        var error = Assert.Throws<SpecsException>(() => Materializer.Materialize(tree.Open()));

        Assert.Equal("specs/procountor/" + expected, error.Message);
    }

    [Fact]
    public void An_item_added_twice_needs_an_index()
    {
        using var tree = new TreeCopy(TestTrees.Tiny);
        tree.Edit("19.12/openapi.json", "\"id\",\n          \"widgetCode\"", "\"widgetCode\",\n          \"id\",\n          \"widgetCode\"");

        Assert.EndsWith("edit 1 (add-item /components/schemas/Widget/required) does not hold in 19.12: \"widgetCode\" is in the array 2 times; give 'index'", Assert.Throws<SpecsException>(() => Materializer.Materialize(tree.Open())).Message, StringComparison.Ordinal);

        tree.Edit("history/19.12.yaml", "    value: widgetCode\n", "    value: widgetCode\n    index: 2\n");
        var oldest = JsonNode.Parse(Materializer.Materialize(tree.Open())[0].Text)!;
        Assert.Equal("""["widgetCode","id"]""", oldest["components"]!["schemas"]!["Widget"]!["required"]!.ToJsonString());
    }

    [Theory]
    [InlineData("history/19.12.yaml", null, "specs/procountor/history/19.12.yaml: missing: 19.12 has a document, so the edits from 19.11 to it must be recorded")]
    [InlineData("history/19.12.yaml", "previous: \"19.11\"", "specs/procountor/history/19.12.yaml: previous is 19.10, but the document before 19.12 in versions.yaml is 19.11")]
    [InlineData("history/20.01.yaml", "new", "specs/procountor/history/20.01.yaml: 20.01 has no document in versions.yaml")]
    [InlineData("history/19.10.yaml", "new", "specs/procountor/history/19.10.yaml: 19.10 is the oldest document; there is nothing to step from")]
    [InlineData("history/notes.txt", "new", "specs/procountor/history/notes.txt: history/ holds only <version>.yaml files")]
    [InlineData("19.12/openapi.json", null, "specs/procountor/19.12/openapi.json: file not found")]
    [InlineData("19.12/openapi.json", "[]", "specs/procountor/19.12/openapi.json: the newest document must be an object with an info object")]
    public void Fails_when_the_history_does_not_step_from_each_document_to_the_next(string file, string? change, string expected)
    {
        using var tree = new TreeCopy(TestTrees.Tiny);
        switch (change)
        {
            case null:
                File.Delete(tree.PathOf(file));
                break;
            case "new":
                var version = Path.GetFileNameWithoutExtension(file);
                tree.Write(file, $"version: \"{version}\"\nprevious: \"19.01\"\nedits:\n  - {{ note: {version}-01, op: add, path: /x, value: 1 }}\n");
                break;
            case "[]":
                tree.Write(file, "[]");
                break;
            default:
                tree.Edit(file, change, "previous: \"19.10\"");
                break;
        }

        Assert.Equal(expected, Assert.Throws<SpecsException>(() => Materializer.Materialize(tree.Open())).Message);
    }

    [Fact]
    public void Materialising_twice_gives_the_same_bytes()
    {
        var specs = SpecsRepository.Open(TestTrees.Tiny);

        Assert.Equal(Materializer.Materialize(specs).Select(d => d.Text), Materializer.Materialize(specs).Select(d => d.Text));
    }
}
