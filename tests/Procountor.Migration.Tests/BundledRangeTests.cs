using Procountor.Migration.Formats;
using Procountor.Migration.Model;
using Procountor.Migration.Tests.Infrastructure;

namespace Procountor.Migration.Tests;

/// <summary>The report from 20.01 to 23.12 over the bundled documents, against release-notes.yaml.</summary>
public sealed class BundledRangeTests
{
    [Fact]
    public void Every_breaking_spec_visible_release_note_item_of_the_range_has_an_entry()
    {
        var report = Bundled.Report;
        var items = Bundled.Repository.ReleaseNotes.Between(Specs.Versions.VersionId.Parse("20.01"), Specs.Versions.VersionId.Parse("23.12"))
            .Where(i => i.Breaking && i.SpecVisible)
            .ToList();
        var cited = report.Entries.SelectMany(e => e.Notes).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);

        // allVersions items are in every document, so no pair (and no entry) can show them; the report lists them apart.
        Assert.Equal(items.Where(i => i.AllVersions).Select(i => i.Id), report.AllVersionsNotes.Select(n => n.Id));
        // Items about parts that arrived after 20.01 and changed again cancel out; the report lists them apart too.
        var cancelled = report.CancelledNotes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(["22.11-02", "22.11-03"], items.Where(i => cancelled.Contains(i.Id)).Select(i => i.Id));

        var missing = items.Where(i => !i.AllVersions && !cancelled.Contains(i.Id) && !cited.Contains(i.Id)).Select(i => i.Id + " " + i.Summary);
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("V2001.PaymentInfo.ReferenceCode", "V2312.PaymentInfo.BankReferenceCode", MigrationKind.Renamed, "20.06-02")]
    [InlineData("V2001.PaymentInfoGeneratedReferenceType", "V2312.PaymentInfoBankReferenceCodeType", MigrationKind.Renamed, "20.06-03")]
    [InlineData("V2001.LedgerReceipt.ReceiptId", "V2312.LedgerReceipt.Id", MigrationKind.Renamed, "20.05-07")]
    [InlineData("V2001.ProductsApi.GetProductsAsync(limit)", "V2312.ProductsApi.GetProductsAsync(size)", MigrationKind.Renamed, "21.04-06")]
    [InlineData("V2001.BusinessPartnerBasicInfo.Code", "V2312.BusinessPartnerBasicInfo.InvoicingInfo.Identifier", MigrationKind.Moved, "20.02-04")]
    [InlineData("V2001.InvoicesApi.InvoicesPayAsync", null, MigrationKind.Removed, "20.03-05")]
    [InlineData("V2001.ProcountorClient.User", "V2312.ProcountorClient.Users", MigrationKind.Renamed, "22.05-04")]
    [InlineData("V2001.UserApi", "V2312.UsersApi", MigrationKind.Renamed, "22.05-04")]
    public void Entries_name_the_CSharp_symbols_on_both_sides(string from, string? to, MigrationKind kind, string note)
    {
        var entry = Assert.Single(Bundled.Report.Entries, e => e.From?.Display == from && e.Kind == kind);
        Assert.Equal(to, entry.To?.Display);
        Assert.Contains(note, entry.Notes.Select(n => n.Id));
        Assert.NotNull(entry.FromLocation);
        Assert.Equal(to is null, entry.ToLocation is null);
    }

    [Fact]
    public void A_deprecation_then_removal_with_a_named_replacement_reads_as_one_rename_with_both_steps()
    {
        var entry = Assert.Single(Bundled.Report.Entries, e => e.From?.Display == "V2001.Transaction.TransactionId");
        Assert.Equal(MigrationKind.Renamed, entry.Kind);
        Assert.Equal(["20.05", "20.12"], entry.Steps.Select(s => s.Version).Distinct());
        Assert.Equal(["20.05-07", "20.12-08"], entry.Notes.Select(n => n.Id));
        // The replacement's own addition (20.05) is part of the rename, not an entry of its own.
        Assert.DoesNotContain(Bundled.Report.Entries, e => e.Kind == MigrationKind.Added && e.To?.Display == "V2312.Transaction.Id");
    }

    [Fact]
    public void A_tag_renamed_for_all_its_operations_renames_the_group_once_and_its_methods_do_not_move()
    {
        var groups = Bundled.Report.Entries.Where(e => e.Element.Contains("group User → Users", StringComparison.Ordinal)).ToList();

        Assert.Equal(["V2001.ProcountorClient.User", "V2001.UserApi"], groups.Select(e => e.From!.Display).Order(StringComparer.Ordinal));
        Assert.All(groups, e => Assert.True(e.IsSafeRename));
        Assert.All(groups, e => Assert.Contains("GET /users", e.Operations));
        // The methods keep their names in the renamed group: no move per method (GET /users/otp's removal stays).
        Assert.DoesNotContain(Bundled.Report.Entries, e => e.From?.Type == "UserApi" && e.Kind == MigrationKind.Moved);
    }

    [Fact]
    public void Entries_are_ordered_by_area_then_severity()
    {
        var entries = Bundled.Report.Entries;
        Assert.Equal(entries.OrderBy(e => e, Aggregation.EntryOrder.Instance), entries);
        Assert.Equal(MigrationArea.Endpoint, entries[0].Area);
        Assert.True(entries.TakeWhile(e => e.Area == MigrationArea.Endpoint).Zip(entries.TakeWhile(e => e.Area == MigrationArea.Endpoint).Skip(1)).All(p => p.First.Level >= p.Second.Level));
    }

    [Fact]
    public void Every_format_is_the_same_bytes_on_a_second_run()
    {
        var again = Bundled.Planner().Plan(Bundled.Repository, "20.01", "23.12");
        foreach (var format in Enum.GetValues<MigrationFormat>())
        {
            Assert.Equal(MigrationRenderer.Render(Bundled.Report, format), MigrationRenderer.Render(again, format));
        }
    }
}
