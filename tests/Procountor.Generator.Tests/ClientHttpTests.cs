using System.Net.Http.Headers;
using Procountor.Generator.Tests.Generated.Shop;
using Procountor.Generator.Tests.Infrastructure;
using Procountor.Runtime;
using Procountor.Runtime.Json;
using Procountor.Runtime.Validation;

namespace Procountor.Generator.Tests;

/// <summary>The generated Shop client (this project's own generated code) against a real loopback server.</summary>
public class ClientHttpTests(ShopServer server) : IClassFixture<ShopServer>
{
    private readonly OptionsRecorder _options = new();

    private ShopClient Client(ApiClientOptions? options = null) =>
        new(new HttpClient(_options) { BaseAddress = server.BaseAddress }, options);

    [Fact]
    public async Task A_get_sends_a_relative_uri_under_the_base_address_and_reads_a_typed_answer()
    {
        var response = await Client().Invoices.GetInvoiceAsync(42);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Headers["Content-Type"].Single());
        Assert.Equal(42, response.Value.Id);
        Assert.Equal("Acme", response.Value.PartnerName);
        Assert.Equal(12.50m, response.Value.Total);
        Assert.Equal(new DateOnly(2024, 1, 31), response.Value.Date);
        Assert.Contains(server.Requests, r => r.PathAndQuery == "/api/invoices/42");
        Assert.Equal("getInvoice", _options.OperationIds.Last());
    }

    [Fact]
    public async Task Unknown_enum_values_and_members_survive_a_get_then_a_post()
    {
        var invoice = (await Client().Invoices.GetInvoiceAsync(7)).Value;

        Assert.False(invoice.Status!.Value.IsKnown);
        var echoed = (await Client().Invoices.CreateInvoiceAsync(invoice)).Value;

        Assert.Equal("ON_HOLD_SINCE_24_02", echoed.Status!.Value.Value);
        Assert.Equal("kept", echoed.AdditionalProperties!["comment"].GetString());
    }

    [Fact]
    public void Path_values_are_escaped_but_batch_commas_stay()
    {
        var uri = new Procountor.Runtime.Http.ApiUri("invoices/").Path("1,2,3").Literal("/x/").Path("a b/c").ToString();

        Assert.Equal("invoices/1,2,3/x/a%20b%2Fc", uri);
    }

    [Fact]
    public async Task Query_parameters_are_escaped_and_arrays_repeat()
    {
        await Client().Invoices.GetInvoicesAsync(status: GetInvoicesStatus.Paid, startDate: new DateOnly(2024, 2, 29), ids: [1, 2], size: 2);

        Assert.Contains(server.Requests, r => r.PathAndQuery == "/api/invoices?status=PAID&startDate=2024-02-29&ids=1&ids=2&size=2");
    }

    [Fact]
    public async Task A_paged_search_walks_every_page()
    {
        var all = new List<Invoice>();
        await foreach (var invoice in Client().Invoices.GetInvoicesAllAsync(size: 2))
        {
            all.Add(invoice);
        }

        Assert.Equal([0L, 1, 2, 3, 4], all.Select(i => i.Id!.Value));
        Assert.Contains(server.Requests, r => r.PathAndQuery == "/api/invoices?page=2&size=2");
        Assert.DoesNotContain(server.Requests, r => r.PathAndQuery == "/api/invoices?page=3&size=2");
    }

    [Fact]
    public async Task The_pages_of_a_paged_search_come_with_their_meta()
    {
        var sizes = new List<(int?, long?)>();
        await foreach (var page in Client().Invoices.GetInvoicesAllAsync(size: 2).AsPages())
        {
            sizes.Add((page.Results?.Count, page.Meta?.TotalCount));
        }

        Assert.Equal([(2, 5L), (2, 5L), (1, 5L)], sizes);
    }

    [Fact]
    public async Task A_parameter_that_breaks_its_schema_is_refused_before_sending()
    {
        var before = server.Requests.Count;

        var error = await Assert.ThrowsAsync<ApiValidationException>(() => Client().Invoices.GetInvoicesAsync(size: 201));

        Assert.Equal("size", error.ParamName);
        Assert.StartsWith("size: is 201; it must be at most 200.", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, server.Requests.Count);
    }

    [Fact]
    public async Task A_batch_get_splits_the_ids_merges_the_answers_and_skips_what_is_not_found()
    {
        var invoices = await Client().Invoices.GetInvoicesByIdsAsync([5, 3, 5, 200, 201, 4, 1]);

        Assert.Equal([5L, 3, 4, 1], invoices.Select(i => i.Id!.Value));
        Assert.Contains(server.Requests, r => r.PathAndQuery == "/api/invoices/5,3");
        Assert.Contains(server.Requests, r => r.PathAndQuery == "/api/invoices/200,201");
        Assert.Contains(server.Requests, r => r.PathAndQuery == "/api/invoices/4,1");
    }

    [Fact]
    public async Task A_batch_of_one_id_reads_the_single_answer_and_bad_ids_are_refused()
    {
        var one = await Client().Invoices.GetInvoicesByIdsAsync([9]);
        var none = await Assert.ThrowsAsync<ArgumentException>(() => Client().Invoices.GetInvoicesByIdsAsync([]));
        var negative = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Client().Invoices.GetInvoicesByIdsAsync([1, -2]));

        Assert.Equal(9, one.Single().Id);
        Assert.Equal("invoiceIds", none.ParamName);
        Assert.Equal("invoiceIds[1]", negative.ParamName);
    }

    [Fact]
    public async Task Header_parameters_travel_as_headers_never_in_the_url_and_are_marked_sensitive()
    {
        var partners = await Client().BusinessPartners.GetBusinessPartnersAsync(identifier: "1234567-8", name: "Secret Oy");

        Assert.Equal("1234567-8", partners.Value.Single().Name);
        var request = server.Requests.Last(r => r.PathAndQuery.StartsWith("/api/businesspartners", StringComparison.Ordinal));
        Assert.Equal("/api/businesspartners", request.PathAndQuery);
        Assert.Equal("Secret Oy", request.Headers["name"]);
        Assert.Equal(["name", "identifier"], _options.SensitiveHeaders.Last());
    }

    [Fact]
    public async Task An_error_answer_becomes_an_ApiException_with_status_raw_body_and_typed_error()
    {
        var error = await Assert.ThrowsAsync<ApiException>(() => Client().Invoices.GetInvoiceAsync(404));

        Assert.Equal(404, error.StatusCode);
        Assert.Contains("NOT_FOUND", error.RawBody, StringComparison.Ordinal);
        Assert.Equal("invoiceId", Assert.IsType<ErrorMessages>(error.Error).Errors!.Single().Field);
        Assert.Equal("getInvoice answered 404 Not Found.", error.Message);
    }

    [Fact]
    public async Task An_html_error_page_still_gives_the_exception_with_the_raw_text()
    {
        var error = await Assert.ThrowsAsync<ApiException>(() => Client().Invoices.GetInvoiceAsync(502));

        Assert.Equal(502, error.StatusCode);
        Assert.Null(error.Error);
        Assert.Contains("502 Bad Gateway", error.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_exception_factory_lets_the_sdk_throw_its_own_subclass()
    {
        var client = Client(new ApiClientOptions { ExceptionFactory = context => new VendorException(context) });

        var error = await Assert.ThrowsAsync<VendorException>(() => client.Invoices.GetInvoiceAsync(404));

        Assert.Equal("getInvoice", error.OperationId);
    }

    [Fact]
    public async Task A_binary_answer_is_a_stream()
    {
        var response = await Client().Invoices.GetInvoiceImageAsync(1, page: 1);
        await using var image = response.Value;
        using var copy = new MemoryStream();
        await image.CopyToAsync(copy);

        Assert.Equal(ShopServer.Png, copy.ToArray());
    }

    [Fact]
    public async Task A_multipart_upload_arrives_intact()
    {
        var bytes = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7)).ToArray();

        var answer = await Client().Attachments.AddAttachmentAsync(
            new Attachment { Name = "receipt" },
            new ApiFile(new MemoryStream(bytes), "scan.pdf", "application/pdf"));

        Assert.Equal(bytes.Length, answer.Value.Id);
        Assert.Equal("receipt/scan.pdf", answer.Value.Name);
        Assert.Equal("application/pdf", answer.Value.ReferenceType);
        var request = server.Requests.Last(r => r.PathAndQuery == "/api/attachments");
        Assert.True(request.Body.AsSpan().IndexOf(bytes) >= 0);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_file_over_the_overlay_limit_is_refused_before_sending(bool seekable)
    {
        var before = server.Requests.Count;
        var bytes = new byte[100_001];
        var stream = seekable ? new MemoryStream(bytes) : new NonSeekableStream(bytes);

        var error = await Assert.ThrowsAsync<ApiValidationException>(() =>
            Client().Attachments.AddAttachmentAsync(new Attachment { Name = "big" }, new ApiFile(stream, "big.bin")));

        Assert.Equal("file", error.ParamName);
        Assert.StartsWith(seekable ? "file: is 100,001 bytes; at most 100,000 are allowed." : "file: is at least 100,001 bytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, server.Requests.Count);
    }

    [Fact]
    public async Task A_file_at_the_limit_from_a_stream_that_cannot_seek_arrives_intact()
    {
        var bytes = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 13)).ToArray();

        var answer = await Client().Attachments.AddAttachmentAsync(new Attachment { Name = "max" }, new ApiFile(new NonSeekableStream(bytes), "max.bin"));

        Assert.Equal(bytes.Length, answer.Value.Id);
    }

    [Fact]
    public async Task A_form_body_is_url_encoded_and_carries_no_secret_in_the_url()
    {
        var token = await Client().Auth.TokenAsync("client_credentials", clientId: "id&1", clientSecret: "s3cret");

        Assert.Equal("client_credentials:id&1", token.Value.AccessToken);
        var request = server.Requests.Last(r => r.PathAndQuery.StartsWith("/api/oauth/token", StringComparison.Ordinal));
        Assert.Equal("/api/oauth/token", request.PathAndQuery);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
    }

    [Fact]
    public async Task A_body_that_breaks_a_constraint_is_refused_before_sending()
    {
        var before = server.Requests.Count;

        var error = await Assert.ThrowsAsync<ApiValidationException>(() => Client().Invoices.CreateInvoiceAsync(new Invoice { PartnerName = "far too long a name" }));

        Assert.Equal("body.partnerName", error.ParamName);
        Assert.Equal(before, server.Requests.Count);
    }

    [Fact]
    public async Task Text_and_empty_answers_have_status_and_headers()
    {
        Assert.Equal("OK", (await Client().Default.GetHealthAsync()).Value);
        Assert.Equal(204, (await Client().Invoices.DeleteInvoiceAsync(3)).StatusCode);
    }

    [Fact]
    public async Task A_kiota_authentication_provider_authenticates_generated_requests()
    {
        var handler = new Procountor.Runtime.Kiota.KiotaAuthenticationHandler(
            new Microsoft.Kiota.Abstractions.Authentication.BaseBearerTokenAuthenticationProvider(new FixedToken()), new HttpClientHandler());
        var client = new ShopClient(new HttpClient(handler) { BaseAddress = server.BaseAddress });

        await client.Invoices.GetInvoiceAsync(8);

        Assert.Equal("Bearer token-for-127.0.0.1", server.Requests.Last(r => r.PathAndQuery == "/api/invoices/8").Headers["Authorization"]);
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    private sealed class FixedToken : Microsoft.Kiota.Abstractions.Authentication.IAccessTokenProvider
    {
        public Microsoft.Kiota.Abstractions.Authentication.AllowedHostsValidator AllowedHostsValidator { get; } = new(["127.0.0.1"]);

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult("token-for-" + uri.Host);
    }

    private sealed class VendorException(ApiErrorContext context) : ApiException(context.Message, context.StatusCode, context.RawBody, context.Headers, context.Error)
    {
        public string OperationId { get; } = context.OperationId;
    }

    /// <summary>Records what generated code put in each request's options (the handler pipeline relies on them).</summary>
    private sealed class OptionsRecorder() : DelegatingHandler(new HttpClientHandler())
    {
        public List<string> OperationIds { get; } = [];

        public List<IReadOnlyList<string>> SensitiveHeaders { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.False(request.RequestUri!.IsAbsoluteUri && request.RequestUri.Query.Contains("Secret", StringComparison.Ordinal));
            request.Options.TryGetValue(ApiRequestOptions.OperationId, out var id);
            request.Options.TryGetValue(ApiRequestOptions.SensitiveHeaders, out var headers);
            lock (OperationIds)
            {
                OperationIds.Add(id!);
                SensitiveHeaders.Add(headers!);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
