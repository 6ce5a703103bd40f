using System.Diagnostics;
using System.Net;
using Procountor.FakeServer;
using Procountor.Sdk.Tests.Support;

namespace Procountor.Sdk.Tests;

public sealed class RedactionTests
{
    [Fact]
    public async Task No_secret_appears_in_any_url_logs_or_traces_and_lookups_travel_in_headers()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == ProcountorTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (spans) spans.Add(a); },
        };
        ActivitySource.AddActivityListener(listener);
        await using var server = await FakeProcountorServer.StartAsync();

        // Both flows, a renewal after 401, a retried error, and the header lookups, all with Trace logging on.
        using (var m2m = TestClient.For(server))
        {
            await m2m.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5);
            server.Tokens.RevokeAccessTokens();
            server.Faults.Add("GET", "/businesspartners", new Fault.Status(503));
            await m2m.V2312.BusinessPartners.SearchBusinessPartnersAsync(name: "Kalastajat", identifier: "1234561-1");
            await Assert.ThrowsAsync<ProcountorApiException>(() => m2m.V2312.Invoices.SaveInvoiceAsync(Invoices.New(rows: [])));
            AssertRedacted(m2m, server, "Kalastajat", "1234561-1");
            Assert.Contains(m2m.LogText(), l => l.Contains("name: [REDACTED]", StringComparison.Ordinal) && l.Contains("identifier: [REDACTED]", StringComparison.Ordinal));
        }
        using (var user = TestClient.For(server, apiKey: false))
        {
            var login = user.Client.Authorization.CreateRequest();
            using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            using var redirect = await browser.GetAsync(login.Url);
            var callback = redirect.Headers.Location!;
            var tokens = await user.Client.Authorization.CompleteAsync(callback, login.State);
            await user.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5);
            await user.Client.Authorization.LogoutAsync();
            var code = Uri.UnescapeDataString(callback.Query.Split('&')[0]["?code=".Length..]);
            AssertRedacted(user, server, code, tokens.AccessToken, tokens.RefreshToken!);
            Assert.Contains(user.LogText(), l => l.Contains("Request headers of logout: Authorization: [REDACTED]", StringComparison.Ordinal));
        }

        // The listener is process-wide and other tests run in parallel: read a copy taken under the lock.
        Activity[] stopped;
        lock (spans) stopped = [.. spans];
        var tags = stopped.SelectMany(s => s.TagObjects.Select(t => t.Key + "=" + t.Value).Append(s.DisplayName)).ToArray();
        Assert.Contains(tags, t => t.StartsWith("url.full=http://127.0.0.1", StringComparison.Ordinal));
        Assert.Contains(tags, t => t == "procountor.operation_id=searchBusinessPartners");
        foreach (var secret in Secrets(server).Concat(["Kalastajat", "1234561-1"]))
            Assert.DoesNotContain(tags, t => t.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_header_a_request_declares_sensitive_is_redacted_in_logs()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        using var request = new HttpRequestMessage(HttpMethod.Get, "invoices?size=1");
        request.Headers.Add("X-Employee-Ssn", "131052-308T");
        request.Headers.Add("X-Harmless", "visible-value");
        request.Options.Set(Procountor.Runtime.ApiRequestOptions.SensitiveHeaders, ["X-Employee-Ssn"]);

        using var response = await test.Client.SendAsync(request);

        Assert.Equal("131052-308T", server.RequestsTo("GET", "/invoices").Single().Header("X-Employee-Ssn"));
        Assert.Contains(test.LogText(), l => l.Contains("X-Employee-Ssn: [REDACTED]", StringComparison.Ordinal) && l.Contains("X-Harmless: visible-value", StringComparison.Ordinal));
        Assert.DoesNotContain(test.LogText(), l => l.Contains("131052-308T", StringComparison.Ordinal));
    }

    private static void AssertRedacted(TestClient test, FakeProcountorServer server, params string[] moreSecrets)
    {
        var secrets = Secrets(server).Concat(moreSecrets).ToArray();
        var logs = test.LogText();
        Assert.NotEmpty(logs);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(logs, l => l.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(server.Requests, r => WebUtility.UrlDecode(r.Target).Contains(secret, StringComparison.Ordinal));
        }
    }

    /// <summary>The credentials, and every token the server has issued (taken from the bodies it answered with is not possible, so from the requests).</summary>
    private static IEnumerable<string> Secrets(FakeProcountorServer server) =>
        new[] { FakeProcountorServer.ClientSecret, FakeProcountorServer.ApiKey }
            .Concat(server.Requests.Select(r => r.Header("Authorization")).OfType<string>().Select(a => a["Bearer ".Length..]).Distinct());
}
