using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Procountor.FakeServer;

/// <summary>The resources the fake server holds, as JSON in the 23.12 shapes; tests may add or change them.</summary>
public sealed class FakeData
{
    private int _nextInvoiceId;
    private int _nextAttachmentId;

    /// <summary>Invoices by id (the <c>Invoice</c> shape).</summary>
    public ConcurrentDictionary<long, JsonObject> Invoices { get; } = new();

    /// <summary>Business partners by id (the <c>BusinessPartner</c> shape).</summary>
    public ConcurrentDictionary<long, JsonObject> BusinessPartners { get; } = new();

    /// <summary>Uploaded attachments: metadata (the <c>Attachment</c> shape) and the file bytes, by id.</summary>
    public ConcurrentDictionary<long, (JsonObject Meta, byte[] File, string ContentType, string FileName)> Attachments { get; } = new();

    /// <summary>Fills the store with <paramref name="invoices"/> invoices (ids 1…n) and a few business partners.</summary>
    public static FakeData Seeded(int invoices = 500)
    {
        var data = new FakeData();
        for (var i = 1; i <= invoices; i++)
            data.AddInvoice(Invoice(i));
        data._nextInvoiceId = invoices;
        string[] names = ["Oy Kala Ab", "Kalastajat Oy", "Metsä Oy", "Tmi Virtanen", "Sähkö Ky"];
        for (var i = 0; i < names.Length; i++)
        {
            data.BusinessPartners[i + 1] = new JsonObject
            {
                ["id"] = i + 1,
                ["type"] = "CUSTOMER",
                ["name"] = names[i],
                ["invoicingInfo"] = new JsonObject
                {
                    ["identifier"] = $"123456{i}-{i}",
                    ["identifierType"] = "BUSINESS_ID",
                    ["customerNumber"] = $"C{i + 1:000}",
                },
                ["paymentInfo"] = new JsonObject { ["paymentMethod"] = "BANK_TRANSFER", ["currency"] = "EUR" },
                ["version"] = "2023-12-01T10:00:00",
            };
        }
        return data;
    }

    internal long AddInvoice(JsonObject invoice)
    {
        var id = invoice["id"] is { } given ? IdOf(invoice) : Interlocked.Increment(ref _nextInvoiceId);
        invoice["id"] = id;
        invoice["version"] ??= "2023-12-01T10:00:00";
        invoice["status"] ??= "UNFINISHED";
        Invoices[id] = invoice;
        return id;
    }

    internal long AddAttachment(JsonObject meta, byte[] file, string contentType, string fileName)
    {
        var id = Interlocked.Increment(ref _nextAttachmentId);
        meta["id"] = id;
        meta["mimeType"] ??= contentType;
        Attachments[id] = (meta, file, contentType, fileName);
        return id;
    }

    /// <summary>The <c>id</c> of a resource, however its number was made.</summary>
    public static long IdOf(JsonObject resource) => long.Parse(resource["id"]!.ToJsonString(), CultureInfo.InvariantCulture);

    /// <summary>The <c>InvoiceBasicInfo</c> of an invoice, as searches answer.</summary>
    public static JsonObject BasicInfo(JsonObject invoice) => Pick(invoice, "id", "type", "status", "date", "invoiceNumber", "invoiceChannel", "partnerId", "invoiceSumInfo", "version", "created");

    /// <summary>The <c>BusinessPartnerBasicInfo</c> of a business partner, as searches answer.</summary>
    internal static JsonObject BasicInfoOfPartner(JsonObject partner)
    {
        var basic = Pick(partner, "id", "type", "name", "version");
        if (partner["invoicingInfo"] is JsonObject invoicing)
            basic["invoicingInfo"] = Pick(invoicing, "identifier", "identifierType", "customerNumber");
        return basic;
    }

    // Responses leave out absent members, as Procountor's do (no nulls, no empty strings).
    private static JsonObject Pick(JsonObject from, params string[] names)
    {
        var picked = new JsonObject();
        foreach (var name in names)
        {
            if (from[name] is { } value)
                picked[name] = value.DeepClone();
        }
        return picked;
    }

    private static JsonObject Invoice(int id)
    {
        var date = new DateOnly(2023, 12, 1).AddDays(id % 28);
        var total = decimal.Parse($"{id}.50", CultureInfo.InvariantCulture);
        return new()
        {
            ["id"] = id,
            ["type"] = id % 2 == 0 ? "SALES_INVOICE" : "PURCHASE_INVOICE",
            ["status"] = "SENT",
            ["date"] = Date(date),
            ["invoiceNumber"] = 10_000 + id,
            ["counterParty"] = new JsonObject { ["counterPartyAddress"] = new JsonObject { ["name"] = $"Customer {id}", ["country"] = "FINLAND" } },
            ["paymentInfo"] = new JsonObject
            {
                ["paymentMethod"] = "BANK_TRANSFER",
                ["currency"] = "EUR",
                ["currencyRate"] = 1,
                ["dueDate"] = Date(date.AddDays(14)),
            },
            ["extraInfo"] = new JsonObject { ["accountingByRow"] = false, ["unitPricesIncludeVat"] = false },
            ["discountPercent"] = 0,
            ["invoiceChannel"] = "EMAIL",
            ["invoiceRows"] = new JsonArray(new JsonObject
            {
                ["id"] = id * 10,
                ["product"] = "Consulting",
                ["quantity"] = 1,
                ["unit"] = "HOUR",
                ["unitPrice"] = total,
                ["discountPercent"] = 0,
                ["vatPercent"] = 0,
            }),
            ["invoiceSumInfo"] = new JsonArray(new JsonObject { ["currency"] = "EUR", ["invoiceSumTotal"] = total, ["excludingVatTotal"] = total, ["vatSumTotal"] = 0 }),
            ["sum"] = total,
            ["version"] = "2023-12-01T10:00:00",
            ["created"] = "2023-12-01T09:30:00",
        };
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
