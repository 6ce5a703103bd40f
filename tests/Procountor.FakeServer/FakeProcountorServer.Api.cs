using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Procountor.FakeServer;

public sealed partial class FakeProcountorServer
{
    private const int MaxUploadBytes = 10_000_000;

    private void MapApi(WebApplication app)
    {
        var api = app.MapGroup("/{segment:regex(^(v[0-9]{{4}}|latest|supported)$)}/api");
        api.MapGet("/invoices", SearchInvoicesAsync);
        api.MapGet("/invoices/{ids}", (HttpContext c, string ids) => BatchGetAsync(c, ids, Data.Invoices));
        api.MapPost("/invoices", CreateInvoiceAsync);
        api.MapGet("/invoices/{id:long}/image", InvoiceImageAsync);
        api.MapGet("/businesspartners", SearchBusinessPartnersAsync);
        api.MapGet("/businesspartners/{ids}", (HttpContext c, string ids) => BatchGetAsync(c, ids, Data.BusinessPartners));
        api.MapPost("/attachments", UploadAttachmentAsync);
        api.MapGet("/attachments/{id:long}", GetAttachmentAsync);
    }

    private static (int Page, int Size)? Paging(HttpContext context)
    {
        var page = int.TryParse(context.Request.Query["page"], CultureInfo.InvariantCulture, out var p) ? p : 0;
        var size = int.TryParse(context.Request.Query["size"], CultureInfo.InvariantCulture, out var s) ? s : 50;
        return page < 0 || size is < 1 or > 200 ? null : (page, size);
    }

    private static Task Page(HttpContext context, IReadOnlyList<JsonObject> all, int page, int size)
    {
        var results = new JsonArray(all.Skip(page * size).Take(size).Select(r => (JsonNode)r.DeepClone()).ToArray());
        return Respond.Json(context, new JsonObject
        {
            ["results"] = results,
            ["meta"] = new JsonObject { ["pageNumber"] = page, ["pageSize"] = size, ["resultCount"] = results.Count, ["totalCount"] = all.Count },
        });
    }

    private Task SearchInvoicesAsync(HttpContext context)
    {
        if (Paging(context) is not var (page, size))
            return Respond.Errors(context, 400, "size must be between 1 and 200", "size");
        var status = context.Request.Query["status"].ToString();
        var all = Data.Invoices.Values.OrderBy(FakeData.IdOf)
            .Where(i => status.Length == 0 || status.Split(',').Contains(i["status"]?.GetValue<string>()))
            .Select(FakeData.BasicInfo).ToArray();
        return Page(context, all, page, size);
    }

    private static Task BatchGetAsync(HttpContext context, string ids, IReadOnlyDictionary<long, JsonObject> store)
    {
        var parts = ids.Split(',');
        if (parts.Length > 200)
            return Respond.Errors(context, 400, "At most 200 ids per request", "ids");
        var parsed = new List<long>();
        foreach (var part in parts)
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                return Respond.Errors(context, 400, $"'{part}' is not an id", "ids");
            parsed.Add(id);
        }
        var found = parsed.Distinct().Where(store.ContainsKey).Order().Select(id => (JsonNode)store[id].DeepClone()).ToArray();
        if (found.Length == 0)
            return Respond.Errors(context, 404, "Not found");
        // One id asked: the resource itself; several: a list, as Procountor answers.
        return Respond.Json(context, parts.Length == 1 ? found[0] : new JsonArray(found));
    }

    private async Task CreateInvoiceAsync(HttpContext context)
    {
        JsonObject? invoice;
        try
        {
            invoice = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false) as JsonObject;
        }
        catch (JsonException)
        {
            invoice = null;
        }
        if (invoice is null)
        {
            await Respond.Errors(context, 400, "The body is not an invoice").ConfigureAwait(false);
            return;
        }
        // The spec cannot say that an invoice needs rows; the server can.
        if (invoice["invoiceRows"] is not JsonArray { Count: > 0 })
        {
            await Respond.Errors(context, 400, "must not be empty", "invoiceRows").ConfigureAwait(false);
            return;
        }
        // What the server sets: a fresh id, number and status.
        invoice.Remove("id");
        invoice["invoiceNumber"] = 20_000 + Data.Invoices.Count;
        invoice["status"] = "UNFINISHED";
        Data.AddInvoice(invoice);
        await Respond.Json(context, invoice.DeepClone()).ConfigureAwait(false);
    }

    private Task SearchBusinessPartnersAsync(HttpContext context)
    {
        // Since 23.08 these values are refused in the query string; they travel as headers.
        if (context.Request.Query.ContainsKey("name") || context.Request.Query.ContainsKey("identifier"))
            return Respond.Errors(context, 400, "name and identifier must be sent as HTTP headers");
        if (Paging(context) is not var (page, size))
            return Respond.Errors(context, 400, "size must be between 1 and 200", "size");
        var name = context.Request.Headers["name"].ToString();
        var identifier = context.Request.Headers["identifier"].ToString();
        var all = Data.BusinessPartners.Values.OrderBy(FakeData.IdOf)
            .Where(p => name.Length == 0 || p["name"]!.GetValue<string>().Contains(name, StringComparison.OrdinalIgnoreCase))
            .Where(p => identifier.Length == 0 || p["invoicingInfo"]?["identifier"]?.GetValue<string>() == identifier)
            .Select(FakeData.BasicInfoOfPartner)
            .ToArray();
        return Page(context, all, page, size);
    }

    private async Task UploadAttachmentAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            await Respond.Errors(context, 400, "multipart/form-data expected").ConfigureAwait(false);
            return;
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var file = form.Files["file"];
        var meta = form["meta"].ToString() is { Length: > 0 } text ? JsonNode.Parse(text) as JsonObject : null;
        if (meta is null && form.Files["meta"] is { } metaFile)
        {
            using var reader = new StreamReader(metaFile.OpenReadStream());
            meta = JsonNode.Parse(await reader.ReadToEndAsync().ConfigureAwait(false)) as JsonObject;
        }
        if (meta is null || file is null)
        {
            await Respond.Errors(context, 400, "Parts 'meta' and 'file' are required").ConfigureAwait(false);
            return;
        }
        if (file.Length > MaxUploadBytes)
        {
            await Respond.Errors(context, 400, "The file is larger than 10000000 bytes", "file").ConfigureAwait(false);
            return;
        }
        using var bytes = new MemoryStream();
        await file.CopyToAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        Data.AddAttachment(meta, bytes.ToArray(), file.ContentType, file.FileName);
        await Respond.Json(context, meta.DeepClone()).ConfigureAwait(false);
    }

    // The official answer: multipart/mixed with the Attachment JSON, then the file.
    private async Task GetAttachmentAsync(HttpContext context, long id)
    {
        if (!Data.Attachments.TryGetValue(id, out var attachment))
        {
            await Respond.Errors(context, 404, "Attachment not found").ConfigureAwait(false);
            return;
        }
        const string Boundary = "fake-procountor-7d3c";
        context.Response.ContentType = $"multipart/mixed; boundary={Boundary}";
        var head = $"--{Boundary}\r\nContent-Type: application/json\r\n\r\n{attachment.Meta.ToJsonString()}\r\n" +
                   $"--{Boundary}\r\nContent-Type: {attachment.ContentType}\r\nContent-Disposition: attachment; filename=\"{attachment.FileName}\"\r\n\r\n";
        await context.Response.Body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(head), context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.WriteAsync(attachment.File, context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n"), context.RequestAborted).ConfigureAwait(false);
    }

    private async Task InvoiceImageAsync(HttpContext context, long id)
    {
        if (!Data.Invoices.ContainsKey(id))
        {
            await Respond.Errors(context, 404, "Invoice not found").ConfigureAwait(false);
            return;
        }
        var page = int.TryParse(context.Request.Query["page"], CultureInfo.InvariantCulture, out var p) ? p : 1;
        context.Response.ContentType = "image/png";
        // The PNG signature, then the invoice and page so that tests can tell pages apart.
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. System.Text.Encoding.ASCII.GetBytes($"invoice {id} page {page}")];
        await context.Response.Body.WriteAsync(png, context.RequestAborted).ConfigureAwait(false);
    }
}
