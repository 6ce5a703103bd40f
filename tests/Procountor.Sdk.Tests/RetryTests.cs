using Microsoft.Extensions.Time.Testing;
using Procountor.FakeServer;
using Procountor.Sdk.Tests.Support;

namespace Procountor.Sdk.Tests;

public sealed class RetryTests
{
    private static readonly V2312.Invoice NewInvoice = Invoices.New(unitPrice: 12.50m);

    [Fact]
    public async Task A_429_is_retried_after_the_seconds_of_retry_after()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2024-01-15T08:00:00Z"));
        await using var server = await FakeProcountorServer.StartAsync(time);
        using var test = TestClient.For(server, time: time);
        server.Faults.Add("GET", "/invoices", new Fault.TooManyRequests("30"));
        var second = server.NextRequestTo("GET", "/invoices", skip: 1);

        var search = test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5);
        await server.NextRequestTo("GET", "/invoices");
        await test.WaitForLogAsync("retry 1, after 30000 ms");
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(5, (await search).Value.Results!.Count);
        Assert.Equal(2, server.RequestsTo("GET", "/invoices").Count);
    }

    [Fact]
    public async Task A_429_is_retried_at_the_http_date_of_retry_after()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2024-01-15T08:00:00Z"));
        await using var server = await FakeProcountorServer.StartAsync(time);
        using var test = TestClient.For(server, time: time);
        server.Faults.Add("GET", "/invoices", new Fault.TooManyRequests(time.GetUtcNow().AddSeconds(45).ToString("R")));

        var search = test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5);
        await test.WaitForLogAsync("retry 1, after 45000 ms");
        time.Advance(TimeSpan.FromSeconds(45));

        Assert.Equal(5, (await search).Value.Results!.Count);
    }

    [Fact]
    public async Task A_retry_after_longer_than_allowed_is_a_rate_limit_exception_carrying_the_wait()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server, o => o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(10));
        server.Faults.Add("GET", "/invoices", new Fault.TooManyRequests("600"));

        var e = await Assert.ThrowsAsync<ProcountorRateLimitException>(() => test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5));

        Assert.Equal(TimeSpan.FromSeconds(600), e.RetryAfter);
        Assert.Equal(429, e.StatusCode);
        Assert.Single(server.RequestsTo("GET", "/invoices"));
    }

    [Fact]
    public async Task A_429_that_outlasts_the_retries_is_a_rate_limit_exception()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server, o => o.Retry.MaxRetries = 2);
        server.Faults.Add("GET", "/invoices", new Fault.TooManyRequests("0"), times: 3);

        var e = await Assert.ThrowsAsync<ProcountorRateLimitException>(() => test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5));

        Assert.Equal("Too many requests", e.Errors.Single().Message);
        Assert.Equal(3, server.RequestsTo("GET", "/invoices").Count);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_gateway_or_availability_error_then_success_is_retried(int status)
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        server.Faults.Add("GET", "/invoices", new Fault.Status(status));

        var page = await test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5);

        Assert.Equal(5, page.Value.Results!.Count);
        Assert.Equal(2, server.RequestsTo("GET", "/invoices").Count);
    }

    [Fact]
    public async Task A_500_is_not_retried()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        server.Faults.Add("GET", "/invoices", new Fault.Status(500, """{"errors":[{"status":500,"message":"Internal error"}]}"""));

        var e = await Assert.ThrowsAsync<ProcountorApiException>(() => test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5));

        Assert.Equal(500, e.StatusCode);
        Assert.Single(server.RequestsTo("GET", "/invoices"));
    }

    [Fact]
    public async Task A_connection_reset_in_the_middle_of_a_get_response_is_retried()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        server.Faults.Add("GET", "/invoices", new Fault.ConnectionReset());

        var page = await test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5);

        Assert.Equal(5, page.Value.Results!.Count);
        Assert.Equal(2, server.RequestsTo("GET", "/invoices").Count);
    }

    [Fact]
    public async Task A_post_is_not_replayed_after_a_connection_reset()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        server.Faults.Add("POST", "/invoices", new Fault.ConnectionReset());

        await Assert.ThrowsAsync<HttpRequestException>(() => test.V2312.Invoices.SaveInvoiceAsync(NewInvoice));

        Assert.Single(server.RequestsTo("POST", "/invoices"));
    }

    [Fact]
    public async Task A_post_is_not_replayed_after_a_503()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        server.Faults.Add("POST", "/invoices", new Fault.Status(503));

        var e = await Assert.ThrowsAsync<ProcountorApiException>(() => test.V2312.Invoices.SaveInvoiceAsync(NewInvoice));

        Assert.Equal(503, e.StatusCode);
        Assert.Single(server.RequestsTo("POST", "/invoices"));
    }

    [Fact]
    public async Task A_post_is_retried_after_a_429_because_the_server_did_nothing()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        server.Faults.Add("POST", "/invoices", new Fault.TooManyRequests("0"));

        var created = await test.V2312.Invoices.SaveInvoiceAsync(NewInvoice);

        Assert.NotNull(created.Value.Id);
        Assert.Equal(2, server.RequestsTo("POST", "/invoices").Count);
    }

    [Fact]
    public async Task A_post_that_opts_in_is_replayed_after_a_connection_reset_with_the_same_body()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        server.Faults.Add("POST", "/invoices", new Fault.ConnectionReset());

        var created = await SaveRetryingAsync(test, NewInvoice);

        Assert.Equal(12.50m, created.Value.InvoiceRows.Single().UnitPrice);
        var posts = server.RequestsTo("POST", "/invoices");
        Assert.Equal(2, posts.Count);
        Assert.Equal(posts[0].Body, posts[1].Body);
    }

    [Fact]
    public async Task A_slow_answer_is_a_timeout_exception_not_a_cancellation()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2024-01-15T08:00:00Z"));
        await using var server = await FakeProcountorServer.StartAsync(time);
        using var test = TestClient.For(server, o => o.Timeout = TimeSpan.FromSeconds(20), time: time);
        server.Faults.Add("POST", "/invoices", new Fault.Slow(TimeSpan.FromMinutes(5)));

        var create = test.V2312.Invoices.SaveInvoiceAsync(NewInvoice);
        await server.NextRequestTo("POST", "/invoices");
        time.Advance(TimeSpan.FromSeconds(20));

        var e = await Assert.ThrowsAsync<TimeoutException>(() => create);
        Assert.Contains("saveInvoice", e.Message);
        Assert.Contains("20 s", e.Message);
        Assert.Single(server.RequestsTo("POST", "/invoices"));
    }

    [Fact]
    public async Task The_timeout_of_a_request_overrides_the_default()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2024-01-15T08:00:00Z"));
        await using var server = await FakeProcountorServer.StartAsync(time);
        using var test = TestClient.For(server, o => o.Timeout = TimeSpan.FromMinutes(10), time: time);
        server.Faults.Add("POST", "/invoices", new Fault.Slow(TimeSpan.FromMinutes(5)));

        var create = SaveWithTimeoutAsync(test, NewInvoice, TimeSpan.FromSeconds(3));
        await server.NextRequestTo("POST", "/invoices");
        time.Advance(TimeSpan.FromSeconds(3));

        var e = await Assert.ThrowsAsync<TimeoutException>(() => create);
        Assert.Contains("3 s", e.Message);
    }

    [Fact]
    public async Task A_slow_get_times_out_and_the_retry_succeeds()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2024-01-15T08:00:00Z"));
        await using var server = await FakeProcountorServer.StartAsync(time);
        using var test = TestClient.For(server, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(5);
            o.Retry.BaseDelay = TimeSpan.Zero;
        }, time: time);
        server.Faults.Add("GET", "/invoices", new Fault.Slow(TimeSpan.FromMinutes(5)));

        var search = test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5);
        await server.NextRequestTo("GET", "/invoices");
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(5, (await search).Value.Results!.Count);
        Assert.Equal(2, server.RequestsTo("GET", "/invoices").Count);
    }

    [Fact]
    public async Task Cancelling_the_caller_is_a_cancellation_and_is_not_retried()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        server.Faults.Add("GET", "/invoices", new Fault.Slow(TimeSpan.FromMinutes(5)));
        using var cancel = new CancellationTokenSource();

        var search = test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5, cancellationToken: cancel.Token);
        await server.NextRequestTo("GET", "/invoices");
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => search);
        Assert.Single(server.RequestsTo("GET", "/invoices"));
    }

    // Settings a generated method has no parameter for are scoped around the call.
    private static async Task<Runtime.ApiResponse<V2312.Invoice>> SaveRetryingAsync(TestClient test, V2312.Invoice invoice)
    {
        using (Runtime.ApiRequestScope.Set(Runtime.ApiRequestOptions.RetryNonIdempotent, true))
            return await test.V2312.Invoices.SaveInvoiceAsync(invoice);
    }

    private static async Task<Runtime.ApiResponse<V2312.Invoice>> SaveWithTimeoutAsync(TestClient test, V2312.Invoice invoice, TimeSpan timeout)
    {
        using (Runtime.ApiRequestScope.Set(Runtime.ApiRequestOptions.Timeout, timeout))
            return await test.V2312.Invoices.SaveInvoiceAsync(invoice);
    }
}
