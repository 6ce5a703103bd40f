using System.Globalization;
using System.Text.Json.Nodes;
using Procountor.FakeServer;

namespace Procountor.Benchmarks;

/// <summary>
/// The JSON answers the SDK benchmarks read, as UTF-8 bytes: built once from the fake server's invoices so that every
/// contender reads exactly the same bytes, in the shapes the 23.12 spec declares.
/// </summary>
internal static class SdkPayloads
{
    /// <summary>Invoices on one search page: the most the API returns at once.</summary>
    public const int PageSize = 200;

    /// <summary>Rows of the full invoice: a realistic multi-line invoice rather than the fake server's single row.</summary>
    public const int InvoiceRows = 25;

    /// <summary>The invoice the full-invoice benchmarks read.</summary>
    public const int InvoiceId = 7;

    private static readonly Lazy<byte[]> Page = new(BuildSearchPage);
    private static readonly Lazy<byte[]> Full = new(BuildInvoice);

    /// <summary>An <c>InvoiceSearchResult</c>: 200 <c>InvoiceBasicInfo</c> items and the paging <c>meta</c>.</summary>
    public static byte[] SearchPage => Page.Value;

    /// <summary>An <c>Invoice</c> with rows, addresses, dates and decimals.</summary>
    public static byte[] Invoice => Full.Value;

    private static byte[] BuildSearchPage()
    {
        var data = FakeData.Seeded(PageSize);
        var results = new JsonArray(data.Invoices.OrderBy(p => p.Key).Select(p => (JsonNode)FakeData.BasicInfo(p.Value)).ToArray());
        var page = new JsonObject
        {
            ["results"] = results,
            ["meta"] = new JsonObject { ["pageNumber"] = 0, ["pageSize"] = PageSize, ["resultCount"] = results.Count, ["totalCount"] = 1_234 },
        };
        return System.Text.Encoding.UTF8.GetBytes(page.ToJsonString());
    }

    private static byte[] BuildInvoice()
    {
        var invoice = FakeData.Seeded(InvoiceId).Invoices[InvoiceId];
        // The fake server stamps invoices with a creation time the 23.12 Invoice does not declare; only search items carry it.
        invoice.Remove("created");
        invoice["partnerId"] = 3;
        invoice["deliveryStartDate"] = "2023-11-01";
        invoice["deliveryEndDate"] = "2023-11-30";
        invoice["penaltyPercent"] = 7.5m;
        invoice["orderReference"] = "PO-2023-0042";
        invoice["additionalInformation"] = "Toimitus sovitusti, kiitos tilauksesta.";
        invoice["billingAddress"] = new JsonObject { ["name"] = "Metsä Oy", ["street"] = "Kauppakatu 1", ["zip"] = "00100", ["city"] = "Helsinki", ["country"] = "FINLAND" };
        invoice["counterParty"]!["counterPartyAddress"]!["street"] = "Teollisuustie 12";
        invoice["counterParty"]!["counterPartyAddress"]!["city"] = "Tampere";
        invoice["counterParty"]!["counterPartyAddress"]!["zip"] = "33100";
        invoice["counterParty"]!["customerNumber"] = "C003";
        invoice["counterParty"]!["email"] = "laskut@example.fi";

        var rows = new JsonArray();
        var total = 0m;
        for (var i = 1; i <= InvoiceRows; i++)
        {
            var quantity = i % 4 + 1;
            var unitPrice = decimal.Parse(string.Create(CultureInfo.InvariantCulture, $"{i * 12}.{i % 100:00}"), CultureInfo.InvariantCulture);
            total += quantity * unitPrice;
            rows.Add(new JsonObject
            {
                ["id"] = InvoiceId * 100 + i,
                ["product"] = $"Konsultointi, vaihe {i}",
                ["productCode"] = $"K-{i:000}",
                ["quantity"] = quantity,
                ["unit"] = i % 3 == 0 ? "PIECE" : "HOUR",
                ["unitPrice"] = unitPrice,
                ["discountPercent"] = i % 5 == 0 ? 10m : 0m,
                ["vatPercent"] = 25.5m,
                ["startDate"] = "2023-11-01",
                ["endDate"] = "2023-11-30",
                ["comment"] = $"Rivi {i}",
            });
        }

        invoice["invoiceRows"] = rows;
        invoice["invoiceSumInfo"] = new JsonArray(new JsonObject
        {
            ["currency"] = "EUR", ["invoiceSumTotal"] = total * 1.255m, ["excludingVatTotal"] = total, ["vatSumTotal"] = total * 0.255m,
        });
        invoice["sum"] = total * 1.255m;
        return System.Text.Encoding.UTF8.GetBytes(invoice.ToJsonString());
    }
}
