using System.Collections.Immutable;
using Procountor.SpecDiff.Loading;
using Procountor.SpecDiff.Reports;
using Procountor.SpecDiff.Tests.Fixtures;
using Procountor.Specs.ReleaseNotes;
using Procountor.Specs.Versions;

namespace Procountor.SpecDiff.Tests;

/// <summary>Changes meet release-note items by kind and place; what is left over is undocumented or unreflected.</summary>
public sealed class ReleaseNotesMatcherTests
{
    private static readonly VersionId V1 = VersionId.Parse("23.01");
    private static readonly VersionId V2 = VersionId.Parse("23.02");

    private static string Payments(string required) => Docs.Document(
        """{"/payments":{"post":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/PaymentRequest"}}}},"responses":{"200":{"description":"ok"}}}}}""",
        Docs.Fill("""{"schemas":{"PaymentRequest":{"type":"object",@1"properties":{"invoiceVersion":{"type":"integer"},"amount":{"type":"number"}}}}}""", required));

    private static ReleaseNoteItem Item(string id, ChangeKind kind, string[]? fields = null, string[]? endpoints = null, bool allVersions = false, bool specVisible = true) =>
        new(id, V2, "summary of " + id, [kind], [.. endpoints ?? []], [], [.. fields ?? []], [], [], specVisible, true, allVersions, null);

    private static PairReport Run(string before, string after, params ReleaseNoteItem[] items)
    {
        var notes = new ReleaseNotesDocument([new ReleaseNoteVersion(V2, "2023-02", [.. items])], []);
        return new SpecDiffEngine(releaseNotes: notes).Compare(SpecLoader.LoadText(before, "a.json", "23.01", V1), SpecLoader.LoadText(after, "b.json", "23.02", V2));
    }

    [Fact]
    public void A_change_names_the_item_that_describes_its_field_and_kind()
    {
        var report = Run(Payments(string.Empty), Payments("\"required\":[\"invoiceVersion\"],"), Item("23.02-01", ChangeKind.PropertyBecameRequired, ["PaymentRequest.invoiceVersion"]));

        var change = Assert.Single(report.Changes, c => c.RuleId == "request-property-became-required");
        Assert.Equal(new[] { "23.02-01" }, change.ReleaseNotes.ToArray());
        Assert.True(report.Notes.Conforms);
    }

    [Fact]
    public void The_right_field_with_the_wrong_kind_is_no_match()
    {
        var report = Run(Payments(string.Empty), Payments("\"required\":[\"invoiceVersion\"],"), Item("23.02-01", ChangeKind.PropertyRemoved, ["PaymentRequest.invoiceVersion"]));

        Assert.Contains(report.Notes.Undocumented, c => c.RuleId == "request-property-became-required");
        Assert.Equal(["23.02-01"], report.Notes.Unreflected.Select(i => i.Id));
        Assert.False(report.Notes.Conforms);
    }

    [Fact]
    public void Another_field_of_the_same_schema_is_no_match()
    {
        var report = Run(Payments(string.Empty), Payments("\"required\":[\"invoiceVersion\"],"), Item("23.02-01", ChangeKind.PropertyBecameRequired, ["PaymentRequest.amount"]));

        Assert.Single(report.Notes.Undocumented);
    }

    [Fact]
    public void Items_applied_to_all_versions_are_never_unreflected_and_hidden_items_are_not_expected()
    {
        var report = Run(Payments(string.Empty), Payments(string.Empty),
            Item("23.02-01", ChangeKind.PropertyBecameRequired, ["PaymentRequest.amount"], allVersions: true),
            Item("23.02-02", ChangeKind.Behaviour, specVisible: false));

        Assert.Empty(report.Notes.Unreflected);
        Assert.True(report.Notes.Conforms);
    }

    [Fact]
    public void Undocumented_changes_list_breaking_ones_first()
    {
        var after = Payments("\"required\":[\"invoiceVersion\"],").Replace("\"amount\":{\"type\":\"number\"}", "\"amount\":{\"type\":\"number\"},\"note\":{\"type\":\"string\"}", StringComparison.Ordinal);

        var report = Run(Payments(string.Empty), after);

        Assert.Equal(["request-property-became-required", "new-optional-request-property"], report.Notes.Undocumented.Select(c => c.RuleId));
    }

    [Fact]
    public void Endpoint_items_match_operations_whatever_the_path_variables_are_called()
    {
        string Doc(string paths) => Docs.Document(paths);
        var before = Doc("""{"/things":{"get":{"responses":{"200":{"description":"ok"}}}}}""");
        var after = Doc("""{"/things":{"get":{"responses":{"200":{"description":"ok"}}}},"/things/{id}":{"get":{"responses":{"200":{"description":"ok"}}}}}""");

        var report = Run(before, after, Item("23.02-03", ChangeKind.EndpointAdded, endpoints: ["get /things/{thingId}"]));

        Assert.Equal(new[] { "23.02-03" }, Assert.Single(report.Changes, c => c.RuleId == "endpoint-added").ReleaseNotes.ToArray());
    }
}
