using Procountor.OpenApi.Reading;
using Procountor.Specs.ReleaseNotes;

namespace Procountor.Specs.Tests.Loading;

public class ReleaseNotesLoaderTests
{
    private const string Valid = """
        monthsWithoutRelease: ["23.03", "23.04"]
        versions:
          - version: "23.01"
            items:
              - id: 23.01-01
                summary: Faster answers
                kinds: [behaviour]
                specVisible: false
                breaking: false
                allVersions: false
          - version: "23.02"
            released: 2023-02
            items:
              - id: 23.02-01
                summary: POST /payments requires invoiceVersion
                kinds: [property-became-required]
                endpoints: [POST /payments]
                schemas: [PaymentRequest]
                fields: [PaymentRequest.invoiceVersion]
                parameters: []
                renames:
                  - { from: PaymentInfo.referenceCode, to: PaymentInfo.bankReferenceCode }
                specVisible: true
                breaking: true
                allVersions: false
                decision: the most literal reading

        """;

    [Fact]
    public void Reads_every_field_and_remembers_where_each_item_starts()
    {
        var notes = ReleaseNotesLoader.Parse(Valid, "release-notes.yaml");

        Assert.Equal(["23.03", "23.04"], notes.MonthsWithoutRelease.AsEnumerable());
        var item = notes.Find("23.02-01")!;
        Assert.Equal("23.02", item.Version.Text);
        Assert.Equal([ChangeKind.PropertyBecameRequired], item.Kinds.AsEnumerable());
        Assert.Equal(["POST /payments"], item.Endpoints.AsEnumerable());
        Assert.Equal([new RenamePair("PaymentInfo.referenceCode", "PaymentInfo.bankReferenceCode")], item.Renames.AsEnumerable());
        Assert.True(item.SpecVisible && item.Breaking && !item.AllVersions);
        Assert.Equal("the most literal reading", item.Decision);
        Assert.Equal(new SourcePosition(14, 9), item.Position);
        Assert.Null(notes.Versions[0].Released);
        Assert.Empty(notes.Find("23.01-01")!.Fields);
        Assert.Equal(["23.02-01"], notes.Between(notes.Versions[0].Version, notes.Versions[1].Version).Select(i => i.Id));
    }

    [Theory]
    [InlineData("        decision: the most literal reading\n", "        decision: the most literal reading\n        kind: docs\n", "release-notes.yaml:27:9: unknown key 'kind' in release-note item (expected id, summary, kinds, endpoints, schemas, fields, parameters, renames, specVisible, breaking, allVersions, decision)")]
    [InlineData("    released: 2023-02\n", "    released: 2023-02\n    notes: x\n", "release-notes.yaml:13:5: unknown key 'notes' in release-notes version (expected version, released, items)")]
    [InlineData("versions:\n", "months: []\nversions:\n", "release-notes.yaml:2:1: unknown key 'months' in release-notes.yaml (expected monthsWithoutRelease, versions)")]
    [InlineData("{ from: PaymentInfo.referenceCode, to:", "{ from: PaymentInfo.referenceCode, into:", "release-notes.yaml:22:48: unknown key 'into' in rename (expected from, to)")]
    [InlineData("      - id: 23.02-01\n", "      - id: 23.01-01\n", "release-notes.yaml:14:13: expected id 23.02-01 here, not 23.01-01: ids are the version and the bullet's position, 01, 02, … in order")]
    [InlineData("      - id: 23.02-01\n", "      - id: 23.02-02\n", "release-notes.yaml:14:13: expected id 23.02-01 here, not 23.02-02: ids are the version and the bullet's position, 01, 02, … in order")]
    [InlineData("        decision: the most literal reading\n", "        decision: the most literal reading\n      - id: 23.02-01\n        summary: again\n        kinds: [docs]\n        specVisible: false\n        breaking: false\n        allVersions: false\n", "release-notes.yaml:27:13: duplicate id 23.02-01")]
    [InlineData("  - version: \"23.02\"\n", "  - version: \"23.01\"\n", "release-notes.yaml:11:14: duplicate version 23.01")]
    [InlineData("\"23.01\"\n    items:\n      - id: 23.01-01", "\"23.05\"\n    items:\n      - id: 23.05-01", "release-notes.yaml:11:14: version 23.02 comes after 23.05; list versions in ascending order")]
    [InlineData("  - version: \"23.01\"\n", "  - version: 23.01\n", "release-notes.yaml:3:14: 'version' must be a quoted string (\"23.01\"): unquoted, YAML reads a number")]
    [InlineData("kinds: [property-became-required]", "kinds: [field-became-required]", "release-notes.yaml:16:17: unknown kind 'field-became-required' (expected one of endpoint-added, endpoint-removed, endpoint-renamed, method-changed, parameter-added, parameter-removed, parameter-renamed, parameter-moved-to-header, parameter-type-changed, parameter-became-required, property-added, property-removed, property-renamed, property-deprecated, property-became-required, property-became-optional, property-type-changed, enum-value-added, enum-value-removed, constraint-changed, request-body-changed, response-changed, behaviour, docs, auth)")]
    [InlineData("kinds: [property-became-required]", "kinds: []", "release-notes.yaml:16:16: 'kinds' must name at least one kind")]
    [InlineData("kinds: [property-became-required]", "kinds: [docs, docs]", "release-notes.yaml:16:23: kind 'docs' is listed twice")]
    [InlineData("        kinds: [behaviour]\n", "", "release-notes.yaml:5:9: release-note item needs 'kinds'")]
    [InlineData("        summary: Faster answers\n", "", "release-notes.yaml:5:9: release-note item needs 'summary'")]
    [InlineData("        specVisible: false\n", "", "release-notes.yaml:5:9: release-note item needs 'specVisible'")]
    [InlineData("        breaking: false\n", "        breaking: no\n", "release-notes.yaml:9:19: 'breaking' must be true or false")]
    [InlineData("        allVersions: false\n        decision", "        decision", "release-notes.yaml:14:9: release-note item needs 'allVersions'")]
    [InlineData("endpoints: [POST /payments]", "endpoints: [post /payments]", "release-notes.yaml:17:21: endpoint 'post /payments' must be written METHOD /path, such as POST /payments")]
    [InlineData("endpoints: [POST /payments]", "endpoints: [/payments]", "release-notes.yaml:17:21: endpoint '/payments' must be written METHOD /path, such as POST /payments")]
    [InlineData("to: PaymentInfo.bankReferenceCode", "to: PaymentInfo.referenceCode", "release-notes.yaml:22:13: a rename needs two different names, not 'PaymentInfo.referenceCode' twice")]
    [InlineData("schemas: [PaymentRequest]", "schemas: PaymentRequest", "release-notes.yaml:18:18: 'schemas' must be a list")]
    [InlineData("schemas: [PaymentRequest]", "schemas: [42]", "release-notes.yaml:18:19: 'schemas' must be a string, not '42'")]
    [InlineData("    released: 2023-02\n", "    released: February\n", "release-notes.yaml:12:15: 'released' must be a month written yyyy-MM, not 'February'")]
    [InlineData("[\"23.03\", \"23.04\"]", "[\"23.03\", \"23.03\"]", "release-notes.yaml:1:33: 23.03 is listed twice in monthsWithoutRelease")]
    [InlineData("[\"23.03\", \"23.04\"]", "[\"23.02\"]", "release-notes.yaml:1:24: 23.02 is in monthsWithoutRelease but also has notes")]
    public void Rejects_with_file_line_and_column(string from, string to, string expected)
    {
        Assert.Contains(from, Valid, StringComparison.Ordinal);
        var yaml = Valid.Replace(from, to, StringComparison.Ordinal);

        var error = Assert.Throws<SpecsException>(() => ReleaseNotesLoader.Parse(yaml, "release-notes.yaml"));

        Assert.Equal(expected, error.Message);
    }
}
