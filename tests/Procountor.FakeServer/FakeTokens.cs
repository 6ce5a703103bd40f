using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Procountor.FakeServer;

/// <summary>
/// The server's side of OAuth: issues JWT-shaped tokens (unsigned for our purposes; the <c>exp</c> is what clients
/// read), remembers which are valid, and counts token requests by grant.
/// </summary>
public sealed class FakeTokens(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _accessTokens = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _refreshTokens = new();
    private readonly ConcurrentDictionary<string, string> _codes = new();
    private readonly ConcurrentDictionary<string, int> _grants = new();

    /// <summary>How long issued access tokens live. Default one hour, as Procountor's.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long issued refresh tokens live. Default six months, as Procountor's.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(182);

    /// <summary>Token requests answered with tokens, by grant type.</summary>
    public int Issued(string grantType) => _grants.GetValueOrDefault(grantType);

    /// <summary>All token requests answered with tokens.</summary>
    public int IssuedTotal => _grants.Values.Sum();

    /// <summary>A JWT with the given expiry, for tests that put tokens in a store themselves.</summary>
    public string CreateJwt(DateTimeOffset expiresAt, string kind = "access")
    {
        var header = Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"u8.ToArray());
        var payload = Base64Url(Encoding.UTF8.GetBytes(
            $"{{\"sub\":\"fake-user\",\"kind\":\"{kind}\",\"jti\":\"{Guid.NewGuid():N}\",\"exp\":{expiresAt.ToUnixTimeSeconds()}}}"));
        return header + "." + payload + "." + Base64Url(RandomNumberGenerator.GetBytes(32));
    }

    /// <summary>Makes a token the server accepts, valid until <paramref name="expiresAt"/>.</summary>
    public string IssueAccessToken(DateTimeOffset? expiresAt = null)
    {
        var exp = expiresAt ?? time.GetUtcNow() + AccessTokenLifetime;
        var token = CreateJwt(exp);
        _accessTokens[token] = exp;
        return token;
    }

    /// <summary>Makes a refresh token the server accepts, valid until <paramref name="expiresAt"/>.</summary>
    public string IssueRefreshToken(DateTimeOffset? expiresAt = null)
    {
        var exp = expiresAt ?? time.GetUtcNow() + RefreshTokenLifetime;
        var token = CreateJwt(exp, "refresh");
        _refreshTokens[token] = exp;
        return token;
    }

    /// <summary>Stands in for the user logging in: a one-time code for the given redirect URI.</summary>
    public string IssueCode(string redirectUri)
    {
        var code = Base64Url(RandomNumberGenerator.GetBytes(16));
        _codes[code] = redirectUri;
        return code;
    }

    /// <summary>Rejects every access token issued so far (the next API call gets 401).</summary>
    public void RevokeAccessTokens() => _accessTokens.Clear();

    /// <summary>Rejects every refresh token issued so far.</summary>
    public void RevokeRefreshTokens() => _refreshTokens.Clear();

    internal bool IsValidAccessToken(string token) => _accessTokens.TryGetValue(token, out var exp) && exp > time.GetUtcNow();

    internal bool TryUseRefreshToken(string token) => _refreshTokens.TryGetValue(token, out var exp) && exp > time.GetUtcNow();

    internal bool TryRedeemCode(string code, string redirectUri) =>
        _codes.TryRemove(code, out var expected) && expected == redirectUri;

    internal void CountGrant(string grantType) => _grants.AddOrUpdate(grantType, 1, (_, n) => n + 1);

    internal void Revoke(string accessToken) => _accessTokens.TryRemove(accessToken, out _);

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
