namespace Procountor.Sdk;

/// <summary>
/// The tokens of one login. Persist them through an <see cref="ITokenStore"/> to survive restarts; they are secrets,
/// so <see cref="ToString"/> never shows them.
/// </summary>
public sealed class ProcountorTokens
{
    /// <summary>Creates the tokens of one login.</summary>
    public ProcountorTokens(string accessToken, DateTimeOffset accessTokenExpiresAt, string? refreshToken = null, DateTimeOffset? refreshTokenExpiresAt = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        AccessToken = accessToken;
        AccessTokenExpiresAt = accessTokenExpiresAt;
        RefreshToken = refreshToken;
        RefreshTokenExpiresAt = refreshTokenExpiresAt;
    }

    /// <summary>The bearer token sent with API calls.</summary>
    public string AccessToken { get; }

    /// <summary>When the access token expires (its JWT <c>exp</c>, else the grant's <c>expires_in</c>).</summary>
    public DateTimeOffset AccessTokenExpiresAt { get; }

    /// <summary>The refresh token of an authorization-code login; <c>null</c> for machine-to-machine logins.</summary>
    public string? RefreshToken { get; }

    /// <summary>When the refresh token expires (its JWT <c>exp</c>, else six months after it was issued).</summary>
    public DateTimeOffset? RefreshTokenExpiresAt { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"ProcountorTokens {{ access token expires {AccessTokenExpiresAt:O}, refresh token {(RefreshToken is null ? "none" : "expires " + RefreshTokenExpiresAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture))} }}";
}
