using Procountor.Migration.Naming;
using Procountor.Migration.Tests.Infrastructure;
using Procountor.Migration.Usages;

namespace Procountor.Migration.Tests;

/// <summary>
/// <c>--project</c> on the sample consumer (written against 20.01): MSBuildWorkspace loads it, the generator runs
/// in it, and exactly its uses of renamed and removed members are listed.
/// </summary>
public sealed class ProjectScanTests
{
    [Fact]
    public void The_sample_consumers_usages_of_changed_members_are_listed_with_file_and_line()
    {
        var path = Path.Combine(Bundled.RepoRoot, "tests", "Procountor.Migration.Sample", "Procountor.Migration.Sample.csproj");
        var scanner = ProjectScanner.Open(path, "20.01", Bundled.Configuration);
        Assert.Equal("Contoso.Accounting.Procountor", scanner.Namespace);

        var planner = new MigrationPlanner(MigrationPlanner.ForRepository(Bundled.Repository, new SymbolNamespaces(Consumer: scanner.Namespace)));
        var report = planner.Plan(Bundled.Repository, "20.01", "23.12");
        var usages = scanner.Find(report);

        var lines = usages.Usages.Select(u => $"{u.Location} {report.Entries.Single(e => e.Id == u.EntryId) is var e} {e.Kind} {e.From!.Local}");
        Assert.Equal(
        [
            "Catalogue.cs:10 True Changed ProductsApi.GetProductsAsync(limit)",
            "Catalogue.cs:10 True Renamed ProductsApi.GetProductsAsync(limit)",
            "Catalogue.cs:11 True Renamed ProductSearchResult.Products",
            "Catalogue.cs:19 True Renamed LedgerReceiptBasicInfo.ReceiptId",
            "InvoicePayments.cs:14 True Renamed PaymentInfo.ReferenceCode",
            "InvoicePayments.cs:15 True Renamed PaymentInfo.GeneratedReferenceType",
            "InvoicePayments.cs:15 True Renamed PaymentInfoGeneratedReferenceType",
            "InvoicePayments.cs:19 True Renamed PaymentInfo.ReferenceCode",
            "InvoicePayments.cs:23 True Removed BusinessPartnerPaymentDetails.CashDiscountDays",
            "InvoicePayments.cs:24 True Removed BusinessPartnerPaymentDetails.CashDiscountPercentage",
        ],
        lines.Order(StringComparer.Ordinal));
    }
}
