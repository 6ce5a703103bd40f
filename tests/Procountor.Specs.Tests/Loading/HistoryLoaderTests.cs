using System.Text.Json.Nodes;
using Procountor.OpenApi.Reading;
using Procountor.Specs.History;

namespace Procountor.Specs.Tests.Loading;

public class HistoryLoaderTests
{
    private const string Valid = """
        version: "20.06"
        previous: "20.05"
        edits:
          - note: 20.06-02
            op: rename
            path: /components/schemas/PaymentInfo/properties
            from: referenceCode
            to: bankReferenceCode
          - note: 20.06-05
            op: replace
            path: /paths/~1invoices/get/parameters/3/schema/maximum
            old: 100
            value: 200
            why: the notes give the new maximum only
          - note: 20.06-06
            op: add-item
            path: /components/schemas/Invoice/properties/status/enum
            value: "200"
            index: 2
          - note: 20.06-07
            op: remove
            path: /components/schemas/Transaction/properties/transactionId
            value: { type: integer, format: int32, deprecated: true, maximum: 1.50, nullable: null }

        """;

    [Fact]
    public void Reads_edits_with_their_json_values_by_the_yaml_core_schema()
    {
        var step = HistoryLoader.Parse(Valid, "history/20.06.yaml", "20.06");

        Assert.Equal(("20.06", "20.05", "history/20.06.yaml"), (step.Version.Text, step.Previous.Text, step.File));
        Assert.Equal([HistoryOp.Rename, HistoryOp.Replace, HistoryOp.AddItem, HistoryOp.Remove], step.Edits.Select(e => e.Op));
        Assert.Equal(("referenceCode", "bankReferenceCode"), (step.Edits[0].From, step.Edits[0].To));
        Assert.Equal(new SourcePosition(4, 5), step.Edits[0].Position);
        Assert.Equal(("100", "200"), (step.Edits[1].Old!.ToJsonString(), step.Edits[1].Value!.ToJsonString()));
        Assert.Equal("the notes give the new maximum only", step.Edits[1].Why);
        Assert.Equal(("\"200\"", 2), (step.Edits[2].Value!.ToJsonString(), step.Edits[2].Index));
        Assert.Equal("""{"type":"integer","format":"int32","deprecated":true,"maximum":1.50,"nullable":null}""", step.Edits[3].Value!.ToJsonString());
        Assert.Null(step.Edits[3].Index);
    }

    [Fact]
    public void A_value_may_be_json_null()
    {
        var step = HistoryLoader.Parse("version: \"20.06\"\nprevious: \"20.05\"\nedits:\n  - { note: 20.06-01, op: add, path: /x, value: null }\n", "h.yaml");

        Assert.Null(step.Edits[0].Value);
    }

    [Theory]
    [InlineData("edits:\n", "notes: []\nedits:\n", "history/20.06.yaml:3:1: unknown key 'notes' in history step (expected version, previous, edits)")]
    [InlineData("    why: the notes", "    reason: the notes", "history/20.06.yaml:14:5: unknown key 'reason' in edit 2 (expected note, op, path, value, old, from, to, index, why)")]
    [InlineData("    op: rename\n", "    op: move\n", "history/20.06.yaml:5:9: unknown op 'move' (expected one of add, remove, replace, rename, add-item, remove-item)")]
    [InlineData("    op: rename\n", "    op: Rename\n", "history/20.06.yaml:5:9: unknown op 'Rename' (expected one of add, remove, replace, rename, add-item, remove-item)")]
    [InlineData("    op: rename\n", "", "history/20.06.yaml:4:5: edit 1 needs 'op'")]
    [InlineData("  - note: 20.06-02\n", "  - nota: 20.06-02\n", "history/20.06.yaml:4:5: unknown key 'nota' in edit 1 (expected note, op, path, value, old, from, to, index, why)")]
    [InlineData("  - note: 20.06-02\n    op: rename\n", "  - op: rename\n", "history/20.06.yaml:4:5: edit 1 needs 'note'")]
    [InlineData("note: 20.06-02", "note: the rename", "history/20.06.yaml:4:11: 'note' must be a release-note id such as 20.06-02, not 'the rename'")]
    [InlineData("    old: 100\n", "", "history/20.06.yaml:9:5: edit 2 needs 'old'")]
    [InlineData("    to: bankReferenceCode\n", "", "history/20.06.yaml:4:5: edit 1 needs 'to'")]
    [InlineData("    to: bankReferenceCode\n", "    to: referenceCode\n", "history/20.06.yaml:8:9: a rename needs two different keys, not 'referenceCode' twice")]
    [InlineData("    to: bankReferenceCode\n", "    to: bankReferenceCode\n    value: 1\n", "history/20.06.yaml:9:5: 'value' has no meaning for rename (it takes from, to)")]
    [InlineData("    old: 100\n", "    old: 100\n    index: 1\n", "history/20.06.yaml:13:5: 'index' has no meaning for replace (it takes old, value)")]
    [InlineData("    index: 2\n", "    index: -1\n", "history/20.06.yaml:19:12: 'index' must be a whole number of at least 0, not '-1'")]
    [InlineData("    value: \"200\"\n", "", "history/20.06.yaml:15:5: edit 3 needs 'value'")]
    [InlineData("path: /components/schemas/PaymentInfo/properties", "path: components/schemas", "history/20.06.yaml:6:11: 'path' must be a JSON pointer below the root such as /components/schemas/Invoice (with ~0 for ~ and ~1 for /), not 'components/schemas'")]
    [InlineData("path: /components/schemas/PaymentInfo/properties", "path: /paths/~2x", "history/20.06.yaml:6:11: 'path' must be a JSON pointer below the root such as /components/schemas/Invoice (with ~0 for ~ and ~1 for /), not '/paths/~2x'")]
    [InlineData("path: /components/schemas/PaymentInfo/properties", "path: /info/version", "history/20.06.yaml:6:11: /info/version: info.version and servers are set from versions.yaml, never edited in history")]
    [InlineData("path: /components/schemas/PaymentInfo/properties", "path: /servers/0/url", "history/20.06.yaml:6:11: /servers/0/url: info.version and servers are set from versions.yaml, never edited in history")]
    [InlineData("version: \"20.06\"\n", "version: \"20.07\"\n", "history/20.06.yaml:1:10: the file is named 20.06 but says version 20.07")]
    [InlineData("version: \"20.06\"\n", "version: 20.06\n", "history/20.06.yaml:1:10: 'version' must be a quoted string (\"20.06\"): unquoted, YAML reads a number")]
    [InlineData("previous: \"20.05\"\n", "previous: \"20.06\"\n", "history/20.06.yaml:2:11: previous 20.06 is not before version 20.06")]
    [InlineData("previous: \"20.05\"\n", "", "history/20.06.yaml:1:1: history step needs 'previous'")]
    [InlineData("maximum: 1.50", "maximum: 01", "history/20.06.yaml:23:71: '01' is a YAML number that JSON cannot spell; write it as JSON would (no leading zeros)")]
    [InlineData("    from: referenceCode\n", "    from: referenceCode\n    from: other\n", "history/20.06.yaml:8:5: Duplicate key 'from'.")]
    public void Rejects_with_file_line_and_column(string from, string to, string expected)
    {
        Assert.Contains(from, Valid, StringComparison.Ordinal);
        var yaml = Valid.Replace(from, to, StringComparison.Ordinal);

        var error = Assert.Throws<SpecsException>(() => HistoryLoader.Parse(yaml, "history/20.06.yaml", "20.06"));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void A_step_may_record_that_nothing_changed() =>
        Assert.Empty(HistoryLoader.Parse("version: \"20.06\"\nprevious: \"20.05\"\nedits: []\n", "h.yaml").Edits);

    [Fact]
    public void A_step_must_say_what_its_edits_are() =>
        Assert.Equal("h.yaml:1:1: history step needs 'edits'", Assert.Throws<SpecsException>(() => HistoryLoader.Parse("version: \"20.06\"\nprevious: \"20.05\"\n", "h.yaml")).Message);

    [Fact]
    public void Values_keep_yaml_strings_and_numbers_apart()
    {
        var step = HistoryLoader.Parse("version: \"20.06\"\nprevious: \"20.05\"\nedits:\n  - { note: 20.06-01, op: add, path: /x, value: [200, \"200\", true, \"true\", 1e3, 0x1F, ~, 23.12] }\n", "h.yaml");

        Assert.Equal("""[200,"200",true,"true",1e3,31,null,23.12]""", step.Edits[0].Value!.ToJsonString());
        Assert.IsType<JsonArray>(step.Edits[0].Value);
    }
}
