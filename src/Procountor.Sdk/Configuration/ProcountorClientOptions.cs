namespace Procountor.Sdk;

/// <summary>
/// Everything a <see cref="ProcountorClient"/> needs: where the API is, which version to call, the credentials, and
/// the transport settings. Bind it from configuration (section <c>Procountor</c> by convention) or set it in code.
/// </summary>
/// <remarks>
/// Setting <see cref="ApiKey"/> selects machine-to-machine authentication (client credentials with an API key, the
/// flow the vendor recommends). Without it the client uses the tokens of an authorization-code login held in the
/// <see cref="ITokenStore"/>, obtained through <see cref="ProcountorClient.Authorization"/>.
/// </remarks>
public sealed class ProcountorClientOptions
{
    /// <summary>Production or the vendor's test server. Ignored when <see cref="BaseUrl"/> is set.</summary>
    public ProcountorEnvironment Environment { get; set; } = ProcountorEnvironment.Production;

    /// <summary>
    /// Any other server root (a proxy, a fake server in tests), e.g. <c>https://proxy.example.com</c>. The version
    /// root is <c>{BaseUrl}/{ApiVersion}/api/</c>; the OAuth endpoints are <c>{BaseUrl}/api/oauth/token</c>,
    /// <c>{BaseUrl}/login</c> and <c>{BaseUrl}/logout</c>. Plain <c>http</c> is accepted for loopback hosts only.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// The version segment of <see cref="ProcountorClient.Http"/>: <c>vYYMM</c> (e.g. <c>v2312</c>) pins a version,
    /// <c>supported</c> follows the vendor's supported version, <c>latest</c> the monthly one. The typed per-version
    /// clients always call their own version. Default <c>supported</c>.
    /// </summary>
    public string ApiVersion { get; set; } = "supported";

    /// <summary>The API client id the vendor issued.</summary>
    public string? ClientId { get; set; }

    /// <summary>The API client secret. Sent only in form bodies of token requests; never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The API key (bound to one user, company and client) for machine-to-machine authentication.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The redirect URI registered for the client; required for the authorization-code flow.</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>
    /// Time one attempt of a request may take, until its body is read (streamed downloads: until the headers).
    /// <see cref="Procountor.Runtime.ApiRequestOptions.Timeout"/> overrides it per request. Default 30 s.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long before the access token's expiry (its JWT <c>exp</c>) a new one is fetched. Default 60 s.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Requests a batch operation runs at the same time. Default 4.</summary>
    public int BatchConcurrency { get; set; } = 4;

    /// <summary>Retry settings.</summary>
    public ProcountorRetryOptions Retry { get; set; } = new();

    /// <summary>Client-side rate limit settings.</summary>
    public ProcountorRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Whether machine-to-machine authentication is configured (an <see cref="ApiKey"/> is set).</summary>
    public bool UsesApiKey => !string.IsNullOrEmpty(ApiKey);
}
