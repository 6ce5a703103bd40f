using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;
using Procountor.Runtime;

namespace Procountor.Sdk;

/// <summary>
/// The entry point: one object per Procountor login (API key, or an authorization-code login), giving the typed
/// client of each shipped API version (<see cref="V2312"/>, …), raw HTTP access through the same pipeline (authentication, rate limit,
/// retries, timeouts, telemetry), and the login flow. Get it from <c>services.AddProcountor(...)</c>, or
/// <see cref="Create"/> without dependency injection. Thread-safe; keep one for the life of the application.
/// </summary>
public sealed partial class ProcountorClient : IDisposable
{
    internal const string HttpClientName = "Procountor";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ProcountorEndpoints _endpoints;
    private readonly ConcurrentDictionary<string, HttpClient> _versions = new(StringComparer.Ordinal);
    private IDisposable? _ownedServices;

    internal ProcountorClient(
        IHttpClientFactory httpClientFactory,
        IOptions<ProcountorClientOptions> options,
        ProcountorAuthorization authorization,
        ProcountorAccessTokenProvider accessTokenProvider)
    {
        _httpClientFactory = httpClientFactory;
        Options = options.Value;
        _endpoints = new ProcountorEndpoints(Options);
        Authorization = authorization;
        AccessTokenProvider = accessTokenProvider;
    }

    /// <summary>
    /// A client without dependency injection: the same pipeline <c>AddProcountor</c> builds, owned by this object
    /// and released by <see cref="Dispose"/>.
    /// </summary>
    /// <param name="options">The settings; validated now.</param>
    /// <param name="loggerFactory">Where the SDK logs; nowhere when <c>null</c>.</param>
    /// <param name="tokenStore">Where tokens are kept; in memory when <c>null</c>.</param>
    /// <param name="timeProvider">The clock for token expiry, backoff and timeouts; the system clock when <c>null</c>.</param>
    /// <exception cref="OptionsValidationException">The options cannot work; the message says which and why.</exception>
    public static ProcountorClient Create(
        ProcountorClientOptions options, ILoggerFactory? loggerFactory = null, ITokenStore? tokenStore = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var services = new ServiceCollection();
        if (loggerFactory is not null)
            services.AddSingleton(loggerFactory);
        services.AddLogging();
        if (tokenStore is not null)
            services.AddSingleton(tokenStore);
        if (timeProvider is not null)
            services.AddSingleton(timeProvider);
        var validation = new ProcountorClientOptionsValidator().Validate(null, options);
        if (validation.Failed)
            throw new OptionsValidationException(Microsoft.Extensions.Options.Options.DefaultName, typeof(ProcountorClientOptions), validation.Failures);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddProcountorCore();
        var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ProcountorClient>();
        client._ownedServices = provider;
        return client;
    }

    /// <summary>The settings in force.</summary>
    public ProcountorClientOptions Options { get; }

    /// <summary>The authorization-code login: login URL, code exchange, logout.</summary>
    public ProcountorAuthorization Authorization { get; }

    /// <summary>The client's tokens as a Kiota <see cref="IAccessTokenProvider"/>, for Kiota-generated clients.</summary>
    public IAccessTokenProvider AccessTokenProvider { get; }

    /// <summary>
    /// Raw access to the API version of <see cref="ProcountorClientOptions.ApiVersion"/>, through the full pipeline.
    /// Relative URLs resolve against the version root, e.g. <c>invoices?size=200</c>. Error statuses come back as
    /// responses; <see cref="SendAsync"/> turns them into exceptions.
    /// </summary>
    public HttpClient Http => CreateHttpClient(Options.ApiVersion);

    /// <summary>The root of an API version, e.g. <c>https://api.procountor.com/v2312/api/</c>.</summary>
    /// <param name="versionSegment"><c>vYYMM</c>, <c>supported</c> or <c>latest</c>.</param>
    public Uri GetVersionRoot(string versionSegment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(versionSegment);
        return _endpoints.VersionRoot(versionSegment);
    }

    /// <summary>
    /// An <see cref="HttpClient"/> whose <see cref="HttpClient.BaseAddress"/> is the root of one API version, carrying
    /// the SDK's pipeline: what a generated client of that version is constructed with. One per version, cached.
    /// </summary>
    /// <param name="versionSegment"><c>vYYMM</c>, <c>supported</c> or <c>latest</c>.</param>
    public HttpClient CreateHttpClient(string versionSegment) =>
        _versions.GetOrAdd(versionSegment, static (segment, self) =>
        {
            var http = self._httpClientFactory.CreateClient(HttpClientName);
            http.BaseAddress = self.GetVersionRoot(segment);
            return http;
        }, this);

    /// <summary>
    /// Sends a request through <see cref="Http"/> (for what the specs do not describe) and throws a <see cref="ProcountorApiException"/> (or its
    /// authentication and rate-limit subtypes) for an error status. The caller disposes the response.
    /// </summary>
    /// <param name="request">The request; a relative URL resolves against the configured version's root.</param>
    /// <param name="completion">Whether to return once the headers arrived (streaming) or after the body.</param>
    /// <param name="cancellationToken">Cancels the request, its retries and its waits.</param>
    public async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await Http.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
            return response;
        using (response)
            throw await ProcountorExceptionFactory.FromResponseAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var http in _versions.Values)
            http.Dispose();
        _versions.Clear();
        _ownedServices?.Dispose();
        _ownedServices = null;
    }
}
