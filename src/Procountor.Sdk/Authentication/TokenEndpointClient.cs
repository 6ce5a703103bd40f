using System.Text.Json;
using Procountor.Runtime;

namespace Procountor.Sdk;

/// <summary>
/// Talks to <c>/api/oauth/token</c>. Every credential, code and token goes in an
/// <c>application/x-www-form-urlencoded</c> body without a charset parameter, never in the URL: since 23.09 the
/// endpoint answers 403 to parameters in the URL, and URLs end up in logs.
/// </summary>
internal sealed class TokenEndpointClient(IHttpClientFactory httpClientFactory, ProcountorClientOptions options, TimeProvider time)
{
    internal const string HttpClientName = "Procountor.OAuth";
    private readonly ProcountorEndpoints _endpoints = new(options);

    public Task<ProcountorTokens> ClientCredentialsAsync(CancellationToken cancellationToken) =>
        RequestAsync("client_credentials", [
            new("grant_type", "client_credentials"),
            new("client_id", options.ClientId!),
            new("client_secret", options.ClientSecret!),
            new("api_key", options.ApiKey!),
        ], previous: null, cancellationToken);

    public Task<ProcountorTokens> AuthorizationCodeAsync(string code, CancellationToken cancellationToken) =>
        RequestAsync("authorization_code", [
            new("grant_type", "authorization_code"),
            new("code", code),
            new("client_id", options.ClientId!),
            new("client_secret", options.ClientSecret!),
            new("redirect_uri", options.RedirectUri!.OriginalString),
        ], previous: null, cancellationToken);

    public Task<ProcountorTokens> RefreshAsync(ProcountorTokens current, CancellationToken cancellationToken) =>
        RequestAsync("refresh_token", [
            new("grant_type", "refresh_token"),
            new("refresh_token", current.RefreshToken!),
            new("client_id", options.ClientId!),
            new("client_secret", options.ClientSecret!),
        ], current, cancellationToken);

    public async Task LogoutAsync(string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoints.Logout);
        request.Headers.Authorization = new("Bearer", accessToken);
        request.Options.Set(ApiRequestOptions.OperationId, "logout");
        using var response = await Client().SendAsync(request, cancellationToken).ConfigureAwait(false);
        // 401: the token is already dead, which is what logging out wants.
        if (!response.IsSuccessStatusCode && (int)response.StatusCode != 401)
            throw await ProcountorExceptionFactory.FromResponseAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ProcountorTokens> RequestAsync(
        string grant, KeyValuePair<string, string>[] fields, ProcountorTokens? previous, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoints.Token)
        {
            // FormUrlEncodedContent sets exactly "application/x-www-form-urlencoded", with no charset, as the vendor requires.
            Content = new FormUrlEncodedContent(fields),
        };
        request.Options.Set(ApiRequestOptions.OperationId, "oauth.token." + grant);
        var issuedAt = time.GetUtcNow();
        using var response = await Client().SendAsync(request, cancellationToken).ConfigureAwait(false);
        var rawBody = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
            throw Failure(grant, status, rawBody, ProcountorExceptionFactory.HeadersOf(response));

        var (accessToken, refreshToken, expiresIn) = Parse(rawBody);
        if (accessToken is null)
            throw new ProcountorAuthenticationException(
                $"Procountor token endpoint answered {status} to the {grant} grant without an access_token.",
                status, rawBody, ProcountorExceptionFactory.HeadersOf(response), [], null, request.Options.GetOperationId());

        var accessExpiry = JwtExpiry.Read(accessToken) ?? issuedAt + TimeSpan.FromSeconds(expiresIn ?? 3600);
        refreshToken ??= previous?.RefreshToken;
        DateTimeOffset? refreshExpiry = refreshToken is null ? null
            : JwtExpiry.Read(refreshToken) ?? (refreshToken == previous?.RefreshToken ? previous.RefreshTokenExpiresAt : issuedAt.AddMonths(6));
        return new ProcountorTokens(accessToken, accessExpiry, refreshToken, refreshExpiry);
    }

    private static ProcountorApiException Failure(string grant, int status, string? rawBody, IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
    {
        var inner = ProcountorExceptionFactory.Create(status, rawBody, headers, operationId: "oauth.token." + grant);
        if (status >= 500)
            return inner;
        if (grant == "refresh_token")
            return new ProcountorRefreshTokenExpiredException(
                "The refresh token was rejected: it has expired (refresh tokens last six months), was revoked by a logout, " +
                "or was displaced by the limit of 100 per client, company and user. The user has to log in again. " + inner.Message,
                status, rawBody, headers, inner.Errors, expiredAt: null);
        return new ProcountorAuthenticationException(
            $"Procountor refused the {grant} grant; check the client id, client secret" +
            (grant == "client_credentials" ? " and API key" : ", redirect URI and that the code is fresh and unused") + ". " + inner.Message,
            status, rawBody, headers, inner.Errors, inner.RequestId, inner.OperationId);
    }

    private static (string? AccessToken, string? RefreshToken, long? ExpiresIn) Parse(string rawBody)
    {
        try
        {
            using var document = JsonDocument.Parse(rawBody);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return default;
            long? expiresIn = root.TryGetProperty("expires_in", out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var s) ? s : null;
            return (Text(root, "access_token"), Text(root, "refresh_token"), expiresIn);
        }
        catch (JsonException)
        {
            return default;
        }

        static string? Text(JsonElement root, string name) =>
            root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
    }

    private HttpClient Client() => httpClientFactory.CreateClient(HttpClientName);
}

internal static class RequestOptionsExtensions
{
    public static string? GetOperationId(this HttpRequestOptions options) =>
        options.TryGetValue(ApiRequestOptions.OperationId, out var id) ? id : null;
}
