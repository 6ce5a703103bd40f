using System.Net;
using Microsoft.Extensions.Time.Testing;
using Procountor.FakeServer;
using Procountor.Sdk.Tests.Support;

namespace Procountor.Sdk.Tests;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task Api_key_login_sends_the_client_credentials_grant_in_a_form_body_and_uses_the_token()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        var page = await test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 10);

        Assert.Equal(10, page.Value.Results!.Count);
        var token = Assert.Single(server.RequestsTo("POST", "/api/oauth/token"));
        Assert.Equal("", token.Query);
        Assert.Equal("application/x-www-form-urlencoded", token.Header("Content-Type"));
        Assert.Equal(
            $"grant_type=client_credentials&client_id={FakeProcountorServer.ClientId}&client_secret={FakeProcountorServer.ClientSecret}&api_key={FakeProcountorServer.ApiKey}",
            token.BodyText);
        var search = Assert.Single(server.RequestsTo("GET", "/v2312/api/invoices"));
        Assert.StartsWith("Bearer ey", search.Header("Authorization"));
    }

    [Fact]
    public async Task The_token_endpoint_refuses_credentials_in_the_url_as_the_real_api_does()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseUrl };

        using var response = await http.PostAsync(
            $"api/oauth/token?grant_type=client_credentials&client_id={FakeProcountorServer.ClientId}",
            new FormUrlEncodedContent([new("client_secret", FakeProcountorServer.ClientSecret)]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_client_secret_is_an_authentication_exception_naming_what_to_check()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server, o => o.ClientSecret = "wrong");

        var e = await Assert.ThrowsAsync<ProcountorAuthenticationException>(() => test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 10));

        Assert.Equal(401, e.StatusCode);
        Assert.Contains("client secret", e.Message);
        Assert.Equal("invalid_client", e.Errors.Single().Code);
        Assert.Empty(server.RequestsTo("GET", "/invoices"));
    }

    [Fact]
    public async Task Authorization_code_login_verifies_state_exchanges_the_code_and_calls_the_api()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server, apiKey: false);

        var login = test.Client.Authorization.CreateRequest();
        Assert.Equal(new Uri(server.BaseUrl, "login").AbsoluteUri, login.Url.GetLeftPart(UriPartial.Path));
        Assert.Contains("client_id=" + FakeProcountorServer.ClientId, login.Url.Query);
        Assert.Contains("redirect_uri=" + Uri.EscapeDataString(FakeProcountorServer.RedirectUri), login.Url.Query);
        Assert.Contains("state=" + login.State, login.Url.Query);
        Assert.DoesNotContain(FakeProcountorServer.ClientSecret, login.Url.AbsoluteUri);
        var callback = await FollowLoginAsync(login.Url);

        var tokens = await test.Client.Authorization.CompleteAsync(callback, login.State);
        var page = await test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5);

        Assert.NotNull(tokens.RefreshToken);
        Assert.Same(tokens, await test.Store.GetAsync(default));
        Assert.Equal(5, page.Value.Results!.Count);
        var exchange = Assert.Single(server.RequestsTo("POST", "/api/oauth/token"));
        Assert.Equal("", exchange.Query);
        Assert.StartsWith("grant_type=authorization_code&code=", exchange.BodyText);
        Assert.EndsWith("&redirect_uri=" + Uri.EscapeDataString(FakeProcountorServer.RedirectUri), exchange.BodyText);
    }

    [Fact]
    public async Task A_callback_with_another_state_is_rejected_before_the_code_is_used()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server, apiKey: false);
        var login = test.Client.Authorization.CreateRequest();
        var callback = await FollowLoginAsync(login.Url);

        var e = await Assert.ThrowsAsync<ArgumentException>(() => test.Client.Authorization.CompleteAsync(callback, "state-of-another-login"));

        Assert.Equal("callbackUrl", e.ParamName);
        Assert.Contains("forged", e.Message);
        Assert.Empty(server.RequestsTo("POST", "/api/oauth/token"));
    }

    [Fact]
    public async Task A_declined_login_is_an_authentication_exception()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server, apiKey: false);
        var login = test.Client.Authorization.CreateRequest();

        var e = await Assert.ThrowsAsync<ProcountorAuthenticationException>(() => test.Client.Authorization.CompleteAsync(
            new Uri($"{FakeProcountorServer.RedirectUri}?error=access_denied&error_description=User%20cancelled&state={login.State}"), login.State));

        Assert.Contains("access_denied", e.Message);
    }

    [Fact]
    public async Task Without_api_key_or_login_the_first_call_explains_how_to_log_in()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server, apiKey: false);

        var e = await Assert.ThrowsAsync<ProcountorAuthenticationException>(() => test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5));

        Assert.Contains("ProcountorClient.Authorization", e.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task An_access_token_about_to_expire_is_refreshed_with_the_refresh_token_before_the_call()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2024-01-15T08:00:00Z"));
        await using var server = await FakeProcountorServer.StartAsync(time);
        var store = new InMemoryTokenStore();
        await store.SaveAsync(new ProcountorTokens(
            server.Tokens.IssueAccessToken(time.GetUtcNow().AddSeconds(30)), time.GetUtcNow().AddSeconds(30),
            server.Tokens.IssueRefreshToken(), time.GetUtcNow().AddMonths(6)), default);
        using var test = TestClient.For(server, time: time, store: store, apiKey: false);

        await test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5);

        var refresh = Assert.Single(server.RequestsTo("POST", "/api/oauth/token"));
        Assert.StartsWith("grant_type=refresh_token&refresh_token=ey", refresh.BodyText);
        Assert.Equal(1, server.Tokens.Issued("refresh_token"));
        var stored = await store.GetAsync(default);
        Assert.True(stored!.AccessTokenExpiresAt > time.GetUtcNow().AddMinutes(30));
        Assert.NotNull(stored.RefreshToken);
    }

    [Fact]
    public async Task A_refresh_token_past_its_six_months_is_a_typed_error_and_nothing_is_sent()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2024-07-20T08:00:00Z"));
        await using var server = await FakeProcountorServer.StartAsync(time);
        var store = new InMemoryTokenStore();
        var expired = time.GetUtcNow().AddDays(-3);
        await store.SaveAsync(new ProcountorTokens(server.Tokens.CreateJwt(expired), expired, server.Tokens.CreateJwt(expired, "refresh")), default);
        using var test = TestClient.For(server, time: time, store: store, apiKey: false);

        var e = await Assert.ThrowsAsync<ProcountorRefreshTokenExpiredException>(() => test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5));

        Assert.Equal(expired.ToUnixTimeSeconds(), e.ExpiredAt!.Value.ToUnixTimeSeconds());
        Assert.Contains("log in again", e.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_refresh_token_the_server_no_longer_accepts_is_the_same_typed_error()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2024-01-15T08:00:00Z"));
        await using var server = await FakeProcountorServer.StartAsync(time);
        var store = new InMemoryTokenStore();
        var past = time.GetUtcNow().AddMinutes(-1);
        await store.SaveAsync(new ProcountorTokens(server.Tokens.CreateJwt(past), past, server.Tokens.IssueRefreshToken()), default);
        server.Tokens.RevokeRefreshTokens();
        using var test = TestClient.For(server, time: time, store: store, apiKey: false);

        var e = await Assert.ThrowsAsync<ProcountorRefreshTokenExpiredException>(() => test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5));

        Assert.Equal(400, e.StatusCode);
        Assert.Equal("invalid_grant", e.Errors.Single().Code);
    }

    [Fact]
    public async Task A_401_renews_the_token_once_and_repeats_the_call()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        await test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5);
        server.Tokens.RevokeAccessTokens();
        server.ClearRequests();

        var page = await test.V2312.Invoices.SearchInvoiceAsync(page: 1, size: 5);

        Assert.Equal(5, page.Value.Results!.Count);
        Assert.Equal(["GET", "POST", "GET"], server.Requests.Select(r => r.Method));
        Assert.Equal(2, server.Tokens.Issued("client_credentials"));
    }

    [Fact]
    public async Task A_second_401_after_renewal_is_an_authentication_exception()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        server.Faults.Add("GET", "/invoices", new Fault.ExpiredToken(), times: 2);

        var e = await Assert.ThrowsAsync<ProcountorAuthenticationException>(() => test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 5));

        Assert.Equal(401, e.StatusCode);
        Assert.Equal("searchInvoice", e.OperationId);
        Assert.Equal(2, server.RequestsTo("GET", "/invoices").Count);
    }

    [Fact]
    public async Task Fifty_concurrent_calls_with_an_expired_token_make_exactly_one_token_request()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2024-01-15T08:00:00Z"));
        await using var server = await FakeProcountorServer.StartAsync(time);
        var store = new InMemoryTokenStore();
        var past = time.GetUtcNow().AddSeconds(-1);
        await store.SaveAsync(new ProcountorTokens(server.Tokens.CreateJwt(past), past), default);
        using var test = TestClient.For(server, time: time, store: store);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => test.V2312.Invoices.SearchInvoiceAsync(page: i, size: 1)));

        Assert.Single(server.RequestsTo("POST", "/api/oauth/token"));
        Assert.Equal(50, server.RequestsTo("GET", "/invoices").Count);
    }

    [Fact]
    public async Task Fifty_concurrent_401s_for_a_revoked_token_make_exactly_one_token_request()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        await test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 1);
        server.Tokens.RevokeAccessTokens();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => test.V2312.Invoices.SearchInvoiceAsync(page: i, size: 1)));

        Assert.Equal(2, server.Tokens.Issued("client_credentials"));
    }

    [Fact]
    public async Task Logout_revokes_at_the_server_and_clears_the_store()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server, apiKey: false);
        var login = test.Client.Authorization.CreateRequest();
        await test.Client.Authorization.CompleteAsync(await FollowLoginAsync(login.Url), login.State);

        await test.Client.Authorization.LogoutAsync();

        var logout = Assert.Single(server.RequestsTo("POST", "/logout"));
        Assert.StartsWith("Bearer ", logout.Header("Authorization"));
        Assert.Null(await test.Store.GetAsync(default));
        await Assert.ThrowsAsync<ProcountorAuthenticationException>(() => test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 1));
    }

    [Fact]
    public async Task The_kiota_token_provider_serves_the_same_token_to_the_procountor_host_only()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        var token = await test.Client.AccessTokenProvider.GetAuthorizationTokenAsync(new Uri(server.BaseUrl, "v2312/api/invoices"));
        var elsewhere = await test.Client.AccessTokenProvider.GetAuthorizationTokenAsync(new Uri("https://example.com/api"));
        await test.V2312.Invoices.SearchInvoiceAsync(page: 0, size: 1);

        Assert.Equal("Bearer " + token, server.RequestsTo("GET", "/invoices").Single().Header("Authorization"));
        Assert.Equal("", elsewhere);
        Assert.Single(server.RequestsTo("POST", "/api/oauth/token"));
    }

    [Fact]
    public async Task A_kiota_bearer_provider_authenticates_kiota_requests_with_the_client_token()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);
        var kiota = new Microsoft.Kiota.Abstractions.Authentication.BaseBearerTokenAuthenticationProvider(test.Client.AccessTokenProvider);
        var request = new Microsoft.Kiota.Abstractions.RequestInformation { HttpMethod = Microsoft.Kiota.Abstractions.Method.GET, URI = new Uri(server.BaseUrl, "v2312/api/invoices") };

        await kiota.AuthenticateRequestAsync(request);

        var header = Assert.Single(request.Headers["Authorization"]);
        Assert.StartsWith("Bearer ey", header);
        Assert.Equal(1, server.Tokens.Issued("client_credentials"));
    }

    /// <summary>The browser's part: open the login page and take the redirect back to the application.</summary>
    private static async Task<Uri> FollowLoginAsync(Uri loginUrl)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var response = await browser.GetAsync(loginUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }
}
