using Microsoft.Kiota.Abstractions.Authentication;

namespace Procountor.Sdk;

/// <summary>
/// The client's tokens for Microsoft.Kiota users: wrap it in Kiota's <c>BaseBearerTokenAuthenticationProvider</c>
/// and Kiota-generated requests carry the same single-flight, auto-renewed token. Only the configured Procountor
/// host is given a token.
/// </summary>
public sealed class ProcountorAccessTokenProvider : IAccessTokenProvider
{
    private readonly AccessTokenManager _tokens;

    internal ProcountorAccessTokenProvider(AccessTokenManager tokens, Uri host)
    {
        _tokens = tokens;
        AllowedHostsValidator = new AllowedHostsValidator([host.Host]);
    }

    /// <inheritdoc/>
    public AllowedHostsValidator AllowedHostsValidator { get; }

    /// <inheritdoc/>
    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!AllowedHostsValidator.IsUrlHostValid(uri))
            return string.Empty;
        if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
            throw new ArgumentException($"Refusing to send a Procountor token over {uri.Scheme}; use https.", nameof(uri));
        return await _tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
    }
}
