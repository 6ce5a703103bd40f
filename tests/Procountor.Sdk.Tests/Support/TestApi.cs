using System.Net.Http.Json;
using System.Text.Json;
using Procountor.Runtime;

namespace Procountor.Sdk.Tests.Support;

/// <summary>
/// The operations the tests call, written by hand over <see cref="ProcountorClient"/> the way a generated client
/// calls them (operationId, sensitive headers, errors through the factory). Phase 2 repoints these bodies at the
/// generated client of 23.12; the tests themselves do not change.
/// </summary>
public sealed class TestApi(ProcountorClient client)
{
    public ProcountorClient Client { get; } = client;

    public async Task<InvoiceSearchResult> SearchInvoicesAsync(int page, int size, CancellationToken ct = default)
    {
        ProcountorValidation.PageSize(size);
        using var request = Request(HttpMethod.Get, $"invoices?page={page}&size={size}", "searchInvoice");
        return await SendAsync(request, TestJson.Default.InvoiceSearchResult, ct);
    }

    public IAsyncEnumerable<InvoiceBasicInfo> AllInvoicesAsync(int pageSize, CancellationToken ct = default) =>
        ProcountorPaging.EnumerateAsync(
            (p, c) => SearchInvoicesAsync(p.Page, p.Size, c),
            page => page.Results,
            page => page.Meta is { } m ? new PageMeta(m.PageNumber, m.PageSize, m.ResultCount, m.TotalCount) : null,
            pageSize, cancellationToken: ct);

    public Task<IReadOnlyList<Invoice>> GetInvoicesAsync(IEnumerable<long> ids, CancellationToken ct = default) =>
        ProcountorBatch.GetManyAsync(ids, async (chunk, c) =>
        {
            using var request = Request(HttpMethod.Get, "invoices/" + chunk, "getInvoice");
            using var response = await Client.SendAsync(request, cancellationToken: c);
            return await ProcountorJson.ReadOneOrManyAsync(response.Content, TestJson.Default.Invoice, c);
        }, i => i.Id!.Value, Client.Options.BatchConcurrency, cancellationToken: ct);

    public async Task<Invoice> CreateInvoiceAsync(Invoice invoice, bool retryNonIdempotent = false, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        using var request = Request(HttpMethod.Post, "invoices", "saveInvoice");
        request.Content = JsonContent.Create(invoice, TestJson.Default.Invoice);
        if (retryNonIdempotent)
            request.Options.Set(ApiRequestOptions.RetryNonIdempotent, true);
        if (timeout is { } t)
            request.Options.Set(ApiRequestOptions.Timeout, t);
        return await SendAsync(request, TestJson.Default.Invoice, ct);
    }

    public async Task<BusinessPartnerSearchResult> SearchBusinessPartnersAsync(string? name = null, string? identifier = null, CancellationToken ct = default)
    {
        using var request = Request(HttpMethod.Get, "businesspartners?size=200", "searchBusinessPartners");
        request.Options.Set(ApiRequestOptions.SensitiveHeaders, ["name", "identifier"]);
        if (name is not null)
            request.Headers.Add("name", name);
        if (identifier is not null)
            request.Headers.Add("identifier", identifier);
        return await SendAsync(request, TestJson.Default.BusinessPartnerSearchResult, ct);
    }

    public async Task<Attachment> UploadAttachmentAsync(Attachment meta, Stream file, string fileName, string contentType, CancellationToken ct = default)
    {
        using var request = Request(HttpMethod.Post, "attachments", "saveAttachment");
        request.Content = await ProcountorAttachments.CreateUploadContentAsync(
            JsonSerializer.SerializeToUtf8Bytes(meta, TestJson.Default.Attachment), file, fileName, contentType, ct);
        return await SendAsync(request, TestJson.Default.Attachment, ct);
    }

    public Task<ProcountorDownload> DownloadAttachmentAsync(long id, CancellationToken ct = default) =>
        Client.DownloadAsync($"attachments/{id}/content", "getAttachmentContent", ct);

    public Task<ProcountorDownload> GetAttachmentAsync(long id, CancellationToken ct = default) =>
        Client.DownloadAsync($"attachments/{id}", "getAttachment", ct);

    public Task<ProcountorDownload> InvoiceImageAsync(long id, int page, CancellationToken ct = default) =>
        Client.DownloadAsync($"invoices/{id}/image?page={page}&format=PNG", "getInvoiceImage", ct);

    private static HttpRequestMessage Request(HttpMethod method, string url, string operationId)
    {
        var request = new HttpRequestMessage(method, url);
        request.Options.Set(ApiRequestOptions.OperationId, operationId);
        return request;
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken ct)
    {
        using var response = await Client.SendAsync(request, cancellationToken: ct);
        return (await response.Content.ReadFromJsonAsync(type, ct))!;
    }
}
