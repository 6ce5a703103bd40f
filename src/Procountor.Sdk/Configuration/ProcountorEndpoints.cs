namespace Procountor.Sdk;

/// <summary>
/// The URLs of one Procountor server: <c>{host}/{segment}/api/</c> for the API of a version (the pattern
/// <c>specs/procountor/versions.yaml</c> gives), and the OAuth endpoints that live outside any version.
/// </summary>
internal sealed class ProcountorEndpoints
{
    internal static readonly Uri ProductionHost = new("https://api.procountor.com/");
    internal static readonly Uri TestHost = new("https://pts-api.procountor.com/");

    public ProcountorEndpoints(ProcountorClientOptions options)
    {
        var host = options.BaseUrl ?? (options.Environment == ProcountorEnvironment.Test ? TestHost : ProductionHost);
        // A trailing slash makes every relative URI below resolve under the host's own path prefix, if any.
        Host = host.AbsoluteUri.EndsWith('/') ? host : new Uri(host.AbsoluteUri + "/");
        Token = new Uri(Host, "api/oauth/token");
        Authorize = new Uri(Host, "login");
        Logout = new Uri(Host, "logout");
    }

    /// <summary>The server root, always with a trailing slash.</summary>
    public Uri Host { get; }

    /// <summary><c>POST</c> here with a form body for every grant.</summary>
    public Uri Token { get; }

    /// <summary>Where the user logs in during the authorization-code flow.</summary>
    public Uri Authorize { get; }

    /// <summary>Ends the login: removes the refresh token and its access tokens.</summary>
    public Uri Logout { get; }

    /// <summary>The root of one API version, with the trailing slash generated clients resolve relative paths against.</summary>
    public Uri VersionRoot(string segment) => new(Host, segment + "/api/");
}
