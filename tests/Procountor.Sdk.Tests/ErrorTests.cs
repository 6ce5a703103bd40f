using System.Text.Json;
using Procountor.FakeServer;
using Procountor.Sdk.Tests.Support;

namespace Procountor.Sdk.Tests;

public sealed class ErrorTests
{
    [Fact]
    public async Task A_validation_error_carries_status_field_and_message_of_the_vendor()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        var e = await Assert.ThrowsAsync<ProcountorApiException>(() => test.V2312.Invoices.SaveInvoiceAsync(Invoices.New(rows: [])));

        Assert.Equal(400, e.StatusCode);
        Assert.Equal(new ProcountorError(400, "invoiceRows", "must not be empty", null), e.Errors.Single());
        Assert.Equal("saveInvoice", e.OperationId);
        Assert.Equal("""{"errors":[{"status":400,"message":"must not be empty","field":"invoiceRows"}]}""", e.RawBody);
        Assert.Equal("Procountor API answered 400 to saveInvoice: invoiceRows: must not be empty", e.Message);
        // The body parsed as the error schema 23.12 declares for a 400, too.
        Assert.Equal("invoiceRows", Assert.IsType<V2312.ErrorMessages>(e.Error).Errors!.Single().Field);
    }

    [Fact]
    public async Task An_html_error_page_from_a_proxy_still_gives_a_clear_exception()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        const string Page = "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>The upstream server is unavailable.</p></body></html>";
        server.Faults.Add("GET", "/invoices", new Fault.Status(502, Page, "text/html"), times: 4);

        var e = await Assert.ThrowsAsync<ProcountorApiException>(() => test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5));

        Assert.Equal(502, e.StatusCode);
        Assert.Equal(Page, e.RawBody);
        Assert.Empty(e.Errors);
        Assert.Equal("text/html", e.Headers["content-type"].Single());
        Assert.Equal(
            $"Procountor API answered 502 to searchInvoice with a body that is not JSON (text/html, {Page.Length} characters): " +
            "\"502 Bad Gateway Bad Gateway The upstream server is unavailable.\"", e.Message);
    }

    [Fact]
    public async Task An_error_response_shape_gives_its_code_message_and_request_id()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        server.Faults.Add("GET", "/invoices", new Fault.Status(409,
            """{"requestId":"req-42","timestamp":"2024-01-15T08:00:00","code":"CONFLICT","message":{"errors":[{"status":409,"message":"Stale version"}]}}"""));

        var e = await Assert.ThrowsAsync<ProcountorApiException>(() => test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5));

        Assert.Equal("req-42", e.RequestId);
        Assert.Equal(new ProcountorError(409, null, "Stale version", "CONFLICT"), e.Errors.Single());
        Assert.EndsWith("(request id req-42)", e.Message);
    }

    [Fact]
    public async Task Malformed_json_in_a_success_answer_is_a_json_exception_and_is_not_retried()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        server.Faults.Add("GET", "/invoices", new Fault.MalformedJson());

        await Assert.ThrowsAnyAsync<JsonException>(() => test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5));

        Assert.Single(server.RequestsTo("GET", "/invoices"));
    }

    [Fact]
    public async Task A_missing_resource_is_a_404_with_the_vendor_message()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        var e = await Assert.ThrowsAsync<ProcountorApiException>(() => test.V2312.Attachments.GetAttachmentAsync(999));

        Assert.Equal(404, e.StatusCode);
        Assert.Equal("Attachment not found", e.Errors.Single().Message);
    }

    [Theory]
    [InlineData("""{"errors":[{"status":400,"field":"date","message":"invalid"},{"status":400,"message":"second"}]}""", "date: invalid; second")]
    [InlineData("""{"error":"invalid_grant","error_description":"Code expired"}""", "Code expired")]
    [InlineData("""{"requestId":"r1","timestamp":"2024-01-01T00:00:00","code":"X","message":"Plain text"}""", "Plain text")]
    [InlineData("""{"constraintViolations":[{"field":"name","errorCode":"TOO_LONG"}]}""", "name: TOO_LONG")]
    public void Every_vendor_error_shape_yields_its_entries(string body, string described)
    {
        var e = ProcountorExceptionFactory.Create(400, body, new Dictionary<string, IReadOnlyList<string>>());

        Assert.EndsWith(": " + described + (body.Contains("requestId") ? " (request id r1)" : ""), e.Message);
    }

    [Fact]
    public void The_status_chooses_the_exception_type()
    {
        var none = new Dictionary<string, IReadOnlyList<string>>();
        var retryAfter = new Dictionary<string, IReadOnlyList<string>> { ["Retry-After"] = ["12"] };

        Assert.IsType<ProcountorAuthenticationException>(ProcountorExceptionFactory.Create(401, null, none));
        Assert.Equal(TimeSpan.FromSeconds(12), Assert.IsType<ProcountorRateLimitException>(ProcountorExceptionFactory.Create(429, null, retryAfter)).RetryAfter);
        Assert.IsType<ProcountorApiException>(ProcountorExceptionFactory.Create(403, null, none));
        Assert.Equal("Procountor API answered 403 with an empty body.", ProcountorExceptionFactory.Create(403, null, none).Message);
    }
}
