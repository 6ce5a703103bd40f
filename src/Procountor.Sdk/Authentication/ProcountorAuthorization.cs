using System.Security.Cryptography;
using System.Text;

namespace Procountor.Sdk;

/// <summary>
/// The authorization-code login: send the user to <see cref="CreateRequest"/>'s URL, pass the URL the browser
/// returns with to <see cref="CompleteAsync"/>, and the client is logged in (tokens in the <see cref="ITokenStore"/>,
/// refreshed as needed). <see cref="LogoutAsync"/> ends the login. The vendor recommends API keys
/// (machine-to-machine) instead where no user is present.
/// </summary>
public sealed class ProcountorAuthorization
{
    private readonly ProcountorClientOptions _options;
    private readonly ProcountorEndpoints _endpoints;
    private readonly TokenEndpointClient _tokenEndpoint;
    private readonly AccessTokenManager _tokens;
    private readonly ITokenStore _store;

    internal ProcountorAuthorization(ProcountorClientOptions options, TokenEndpointClient tokenEndpoint, AccessTokenManager tokens, ITokenStore store)
    {
        _options = options;
        _endpoints = new(options);
        _tokenEndpoint = tokenEndpoint;
        _tokens = tokens;
        _store = store;
    }

    /// <summary>A login URL with a freshly generated state. Carries only public values: client id, redirect URI, state.</summary>
    public AuthorizationRequest CreateRequest()
    {
        var redirect = _options.RedirectUri
            ?? throw new InvalidOperationException("ProcountorClientOptions.RedirectUri is required for the authorization-code login.");
        var state = Base64Url(RandomNumberGenerator.GetBytes(32));
        var query = new StringBuilder("?response_type=code")
            .Append("&client_id=").Append(Uri.EscapeDataString(_options.ClientId!))
            .Append("&redirect_uri=").Append(Uri.EscapeDataString(redirect.OriginalString))
            .Append("&state=").Append(state);
        return new AuthorizationRequest(new Uri(_endpoints.Authorize.AbsoluteUri + query), state);
    }

    /// <summary>
    /// Checks the callback's <c>state</c> against <paramref name="expectedState"/>, exchanges its <c>code</c> for
    /// tokens (in a form body) and stores them.
    /// </summary>
    /// <param name="callbackUrl">The URL Procountor redirected the browser to, with <c>code</c> and <c>state</c>.</param>
    /// <param name="expectedState">The <see cref="AuthorizationRequest.State"/> of the request that started the login.</param>
    /// <param name="cancellationToken">Cancels the code exchange.</param>
    /// <exception cref="ArgumentException">The callback has no code, or its state is not the expected one (a forged or replayed callback).</exception>
    /// <exception cref="ProcountorAuthenticationException">The user declined, or Procountor refused the code.</exception>
    public async Task<ProcountorTokens> CompleteAsync(Uri callbackUrl, string expectedState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callbackUrl);
        ArgumentException.ThrowIfNullOrEmpty(expectedState);
        var query = ParseQuery(callbackUrl);
        var state = query.GetValueOrDefault("state");
        if (state is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(state), Encoding.UTF8.GetBytes(expectedState)))
            throw new ArgumentException(
                "The callback's state does not match the state of the login request; the callback may be forged or replayed, so the code was not used.",
                nameof(callbackUrl));
        if (query.GetValueOrDefault("error") is { } error)
            throw new ProcountorAuthenticationException(
                $"The Procountor login did not complete: {error}" + (query.GetValueOrDefault("error_description") is { } d ? " (" + d + ")" : "") + ".",
                401, null, new Dictionary<string, IReadOnlyList<string>>(), [new(null, null, query.GetValueOrDefault("error_description"), error)], null, "login");
        var code = query.GetValueOrDefault("code");
        if (string.IsNullOrEmpty(code))
            throw new ArgumentException("The callback URL has no 'code' parameter.", nameof(callbackUrl));

        var tokens = await _tokenEndpoint.AuthorizationCodeAsync(code, cancellationToken).ConfigureAwait(false);
        await _tokens.StoreAsync(tokens, cancellationToken).ConfigureAwait(false);
        return tokens;
    }

    /// <summary>Logs out at Procountor (revoking the refresh token and its access tokens) and clears the token store.</summary>
    public async Task LogoutAsync(CancellationToken cancellationToken = default)
    {
        var tokens = await _store.GetAsync(cancellationToken).ConfigureAwait(false);
        if (tokens is not null)
            await _tokenEndpoint.LogoutAsync(tokens.AccessToken, cancellationToken).ConfigureAwait(false);
        await _store.ClearAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Dictionary<string, string> ParseQuery(Uri url)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var query = url.IsAbsoluteUri ? url.Query : url.OriginalString[(url.OriginalString.IndexOf('?', StringComparison.Ordinal) + 1)..];
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString((eq < 0 ? pair : pair[..eq]).Replace('+', ' '));
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            result.TryAdd(name, value);
        }
        return result;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
