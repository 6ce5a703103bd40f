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
                ["identifier"] = $"123456{i}-{i}",
                ["identifierType"] = "BUSINESS_ID",
                ["customerNumber"] = $"C{i + 1:000}",
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

    internal static JsonObject BasicInfo(JsonObject invoice) => new()
    {
        ["id"] = invoice["id"]?.DeepClone(),
        ["type"] = invoice["type"]?.DeepClone(),
        ["status"] = invoice["status"]?.DeepClone(),
        ["date"] = invoice["date"]?.DeepClone(),
        ["invoiceNumber"] = invoice["invoiceNumber"]?.DeepClone(),
        ["partnerName"] = invoice["counterParty"]?["contactPersonName"]?.DeepClone() ?? invoice["counterParty"]?["counterPartyAddress"]?["name"]?.DeepClone(),
        ["totalAmount"] = invoice["totalAmount"]?.DeepClone(),
        ["currency"] = invoice["currency"]?.DeepClone(),
        ["version"] = invoice["version"]?.DeepClone(),
    };

    private static JsonObject Invoice(int id) => new()
    {
        ["id"] = id,
        ["type"] = id % 2 == 0 ? "SALES_INVOICE" : "PURCHASE_INVOICE",
        ["status"] = "SENT",
        ["date"] = new DateOnly(2023, 12, 1).AddDays(id % 28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["invoiceNumber"] = 10_000 + id,
        ["currency"] = "EUR",
        ["totalAmount"] = decimal.Parse($"{id}.50", CultureInfo.InvariantCulture),
        ["counterParty"] = new JsonObject { ["counterPartyAddress"] = new JsonObject { ["name"] = $"Customer {id}" } },
        ["version"] = "2023-12-01T10:00:00",
    };
}
