using Microsoft.Extensions.Time.Testing;
using Procountor.FakeServer;
using Procountor.Sdk.Tests.Support;

namespace Procountor.Sdk.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Requests_over_the_per_second_rate_wait_for_the_window_to_move()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2024-01-15T08:00:00Z"));
        await using var server = await FakeProcountorServer.StartAsync(time);
        using var test = TestClient.For(server, o => o.RateLimit.RequestsPerSecond = 5, time: time);
        await test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 1); // the token request and this call: 2 of the 5 permits
        time.Advance(TimeSpan.FromSeconds(1));

        var calls = Enumerable.Range(0, 8).Select(i => test.V2312.Invoices.SearchInvoiceAsync(page: i, size: 1)).ToArray();
        await server.NextRequestTo("GET", "/invoices", skip: 5);
        await test.WaitForLogAsync("Waiting for the client-side rate limiter (5 requests/s)");
        Assert.Equal(6, server.RequestsTo("GET", "/invoices").Count);
        time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(9, server.RequestsTo("GET", "/invoices").Count);
    }

    [Fact]
    public async Task A_full_queue_rejects_with_a_rate_limit_exception()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2024-01-15T08:00:00Z"));
        await using var server = await FakeProcountorServer.StartAsync(time);
        using var test = TestClient.For(server, o =>
        {
            o.RateLimit.RequestsPerSecond = 2;
            o.RateLimit.QueueLimit = 1;
            o.Retry.MaxRetries = 0;
        }, time: time);
        await test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 1); // token request + call use both permits

        var queued = test.V2312.Invoices.SearchInvoiceAsync(page: 1, size: 1);
        var e = await Assert.ThrowsAsync<ProcountorRateLimitException>(() => test.V2312.Invoices.SearchInvoiceAsync(page: 2, size: 1));
        time.Advance(TimeSpan.FromSeconds(1));
        await queued.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains("queue of 1 waiting requests is full", e.Message);
        Assert.Equal("searchInvoice", e.OperationId);
    }
}
