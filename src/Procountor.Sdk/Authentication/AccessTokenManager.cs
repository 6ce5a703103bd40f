using Microsoft.Extensions.Logging;

namespace Procountor.Sdk;

/// <summary>
/// Hands out a valid access token, renewing it before its expiry and once after the API rejected it. Renewal is
/// single-flight: however many requests find the token expired at once, one token request is made and the others
/// wait for its result. A waiter whose renewal was cancelled does not fail the others; the next one renews instead.
/// </summary>
internal sealed class AccessTokenManager(
    TokenEndpointClient tokenEndpoint,
    ITokenStore store,
    ProcountorClientOptions options,
    TimeProvider time,
    ILogger<AccessTokenManager> logger) : IDisposable
{
    private readonly SemaphoreSlim _renewal = new(1, 1);

    /// <summary>A token that stays valid for at least the refresh margin.</summary>
    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var tokens = await store.GetAsync(cancellationToken).ConfigureAwait(false);
        return IsFresh(tokens) ? tokens!.AccessToken : await RenewAsync(rejected: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The API answered 401 to <paramref name="rejectedToken"/>: renew it, unless another request already did.</summary>
    public Task<string> RenewAfterRejectionAsync(string rejectedToken, CancellationToken cancellationToken) =>
        RenewAsync(rejectedToken, cancellationToken);

    /// <summary>Stores the tokens of a completed login.</summary>
    public async Task StoreAsync(ProcountorTokens tokens, CancellationToken cancellationToken)
    {
        await _renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await store.SaveAsync(tokens, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _renewal.Release();
        }
    }

    private async Task<string> RenewAsync(string? rejected, CancellationToken cancellationToken)
    {
        await _renewal.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Whoever held the gate before us may have renewed already.
            var current = await store.GetAsync(cancellationToken).ConfigureAwait(false);
            if (IsFresh(current) && current!.AccessToken != rejected)
                return current.AccessToken;

            var renewed = await FetchAsync(current, cancellationToken).ConfigureAwait(false);
            await store.SaveAsync(renewed, cancellationToken).ConfigureAwait(false);
            Log.TokenRenewed(logger, rejected is null ? "expiry" : "401", renewed.AccessTokenExpiresAt);
            return renewed.AccessToken;
        }
        finally
        {
            _renewal.Release();
        }
    }

    private Task<ProcountorTokens> FetchAsync(ProcountorTokens? current, CancellationToken cancellationToken)
    {
        if (options.UsesApiKey)
            return tokenEndpoint.ClientCredentialsAsync(cancellationToken);

        if (current?.RefreshToken is null)
            throw new ProcountorAuthenticationException(
                "No Procountor login: the client has no API key and the token store holds no refresh token. " +
                "Complete the authorization-code login with ProcountorClient.Authorization first, or configure an ApiKey.",
                401, null, Empty, [], null, null);

        if ((current.RefreshTokenExpiresAt ?? JwtExpiry.Read(current.RefreshToken)) is { } expiry && expiry <= time.GetUtcNow())
            throw new ProcountorRefreshTokenExpiredException(
                $"The refresh token expired at {expiry:O} (refresh tokens last six months); the user has to log in again " +
                "through ProcountorClient.Authorization.", 401, null, Empty, [], expiry);

        return tokenEndpoint.RefreshAsync(current, cancellationToken);
    }

    private bool IsFresh(ProcountorTokens? tokens) =>
        tokens is not null && tokens.AccessTokenExpiresAt - options.TokenRefreshMargin > time.GetUtcNow();

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Empty = new Dictionary<string, IReadOnlyList<string>>();

    public void Dispose() => _renewal.Dispose();
}
