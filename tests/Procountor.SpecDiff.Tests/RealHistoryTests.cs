using Procountor.SpecDiff.Formats;
using Procountor.SpecDiff.Tests.Fixtures;

namespace Procountor.SpecDiff.Tests;

/// <summary>The whole bundled history, 19.10 → 23.12, against release-notes.yaml.</summary>
public sealed class RealHistoryTests
{
    [Fact]
    public void Every_breaking_change_of_the_history_is_in_the_release_notes()
    {
        var report = RealSpecs.Instance.Engine().Compare(RealSpecs.Instance.Documents);

        var undocumented = report.Pairs
            .SelectMany(p => p.Notes.Undocumented.Where(c => c.IsBreaking).Select(c => (Pair: ReportTitle(p), Change: c)))
            .Select(x => (x.Pair, x.Change.RuleId, x.Change.Operation ?? string.Empty, x.Change.Subject))
            .ToList();

        Assert.Empty(undocumented);
    }

    [Fact]
    public void Every_spec_visible_release_note_shows_between_two_documents()
    {
        var report = RealSpecs.Instance.Engine().Compare(RealSpecs.Instance.Documents);

        var unreflected = report.Pairs.SelectMany(p => p.Notes.Unreflected).Select(i => $"{i.Id}: {i.Summary}").ToList();

        Assert.Empty(unreflected);
    }

    [Fact]
    public void The_history_has_changes_in_most_pairs_and_renames_that_read_like_the_notes()
    {
        var report = RealSpecs.Instance.Engine().Compare(RealSpecs.Instance.Documents);

        Assert.Equal(RealSpecs.Instance.Documents.Count - 1, report.Pairs.Length);
        var renames = report.Pairs.SelectMany(p => p.Renames).Select(c => c.Rename!.From + " → " + c.Rename.To).ToHashSet();
        Assert.Contains("PaymentInfo.referenceCode → PaymentInfo.bankReferenceCode", renames);
        Assert.Contains("limit → size", renames);
        Assert.Contains("PUT /referencepayments/metadata → PUT /referencepayments/{referencePaymentId}/metadata", renames);
        Assert.Contains("PUT /businesspartners/{id} → PATCH /businesspartners/{id}", renames);
    }

    [Fact]
    public void Each_change_names_the_release_note_items_it_matches()
    {
        var pair = RealSpecs.Instance.Engine().Compare(RealSpecs.Instance.Version("20.05"), RealSpecs.Instance.Version("20.06"));

        var rename = Assert.Single(pair.Changes, c => c.RuleId == "request-property-renamed" && c.Operation == "POST /invoices" && c.Rename!.To == "PaymentInfo.bankReferenceCode");
        Assert.Contains("20.06-02", rename.ReleaseNotes);
    }

    [Fact]
    public void Reports_are_byte_identical_across_runs_in_every_format()
    {
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            var first = ReportRenderer.Render(RealSpecs.Instance.Engine().Compare(RealSpecs.Instance.Documents), format);
            var second = ReportRenderer.Render(RealSpecs.Instance.Engine().Compare(RealSpecs.Instance.Documents), format);

            Assert.Equal(first, second);
        }
    }

    [Fact]
    public void Fingerprints_are_unique_within_each_pair()
    {
        var report = RealSpecs.Instance.Engine().Compare(RealSpecs.Instance.Documents);

        foreach (var pair in report.Pairs)
        {
            Assert.Equal(pair.Changes.Length, pair.Changes.Select(c => c.Fingerprint).Distinct().Count());
        }
    }

    private static string ReportTitle(Reports.PairReport pair) => $"{pair.Base.Label} → {pair.Revision.Label}";
}
