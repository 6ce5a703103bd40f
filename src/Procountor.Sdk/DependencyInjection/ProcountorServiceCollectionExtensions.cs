using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Procountor.Sdk;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Procountor client.</summary>
public static class ProcountorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ProcountorClient"/> configured in code. Options are validated when the application
    /// starts (with a message naming each wrong setting).
    /// </summary>
    /// <returns>The builder of the API's <see cref="HttpClient"/>, to add handlers or configure the primary handler.</returns>
    public static IHttpClientBuilder AddProcountor(this IServiceCollection services, Action<ProcountorClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ProcountorClientOptions>().Configure(configure).ValidateOnStart();
        return services.AddProcountorCore();
    }

    /// <summary>
    /// Registers <see cref="ProcountorClient"/> bound from configuration, e.g. <c>configuration.GetSection("Procountor")</c>
    /// with keys <c>ClientId</c>, <c>ClientSecret</c>, <c>ApiKey</c>, <c>BaseUrl</c> or <c>Environment</c>,
    /// <c>ApiVersion</c>, <c>Timeout</c>, <c>Retry:MaxRetries</c>, <c>RateLimit:RequestsPerSecond</c>, ….
    /// </summary>
    /// <returns>The builder of the API's <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddProcountor(this IServiceCollection services, IConfiguration configuration, Action<ProcountorClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = services.AddOptions<ProcountorClientOptions>().Bind(configuration);
        if (configure is not null)
            options.Configure(configure);
        options.ValidateOnStart();
        return services.AddProcountorCore();
    }

    /// <summary>Everything but the options. The handler order is <see cref="ProcountorHttpPipeline.Handlers"/>.</summary>
    internal static IHttpClientBuilder AddProcountorCore(this IServiceCollection services)
    {
        services.AddLogging();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProcountorClientOptions>, ProcountorClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITokenStore, InMemoryTokenStore>();
        services.TryAddSingleton(sp => new ProcountorRateLimiter(Value(sp), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new TokenEndpointClient(sp.GetRequiredService<IHttpClientFactory>(), Value(sp), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new AccessTokenManager(
            sp.GetRequiredService<TokenEndpointClient>(), sp.GetRequiredService<ITokenStore>(), Value(sp),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AccessTokenManager>>()));
        services.TryAddSingleton(sp => new ProcountorAuthorization(
            Value(sp), sp.GetRequiredService<TokenEndpointClient>(), sp.GetRequiredService<AccessTokenManager>(), sp.GetRequiredService<ITokenStore>()));
        services.TryAddSingleton(sp => new ProcountorAccessTokenProvider(sp.GetRequiredService<AccessTokenManager>(), new ProcountorEndpoints(Value(sp)).Host));
        services.TryAddSingleton(sp => new ProcountorClient(
            sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<IOptions<ProcountorClientOptions>>(),
            sp.GetRequiredService<ProcountorAuthorization>(), sp.GetRequiredService<ProcountorAccessTokenProvider>()));

        services.TryAddTransient(sp => new TelemetryHandler(sp.GetRequiredService<ILogger<TelemetryHandler>>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient(sp => new AuthenticationHandler(sp.GetRequiredService<AccessTokenManager>(), sp.GetRequiredService<ILogger<AuthenticationHandler>>()));
        services.TryAddTransient(sp => new RateLimitingHandler(sp.GetRequiredService<ProcountorRateLimiter>(), sp.GetRequiredService<ILogger<RateLimitingHandler>>()));
        services.TryAddTransient(sp => new AttemptTimeoutHandler(Value(sp), sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient(_ => new ResponseBufferingHandler());

        // Token requests: no bearer token and no retries of their own (the API call that needed the token is retried).
        Transport(services.AddHttpClient(TokenEndpointClient.HttpClientName))
            .AddHttpMessageHandler<TelemetryHandler>()
            .AddHttpMessageHandler<RateLimitingHandler>()
            .AddHttpMessageHandler<AttemptTimeoutHandler>()
            .AddHttpMessageHandler<ResponseBufferingHandler>();

        var api = Transport(services.AddHttpClient(ProcountorClient.HttpClientName))
            .AddHttpMessageHandler<TelemetryHandler>();
        api.AddResilienceHandler(ProcountorHttpPipeline.Retry, static (builder, context) =>
            RetryStrategy.Configure(builder, Value(context.ServiceProvider), context.ServiceProvider.GetRequiredService<TimeProvider>(),
                context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RetryStrategy).FullName!)));
        return api
            .AddHttpMessageHandler<AuthenticationHandler>()
            .AddHttpMessageHandler<RateLimitingHandler>()
            .AddHttpMessageHandler<AttemptTimeoutHandler>()
            .AddHttpMessageHandler<ResponseBufferingHandler>();
    }

    private static IHttpClientBuilder Transport(IHttpClientBuilder builder) => builder
        // The SDK logs requests itself, redacted; the factory's loggers would log raw URLs and headers.
        .RemoveAllLoggers()
        .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan) // AttemptTimeoutHandler bounds each attempt.
        // ProcountorClient keeps its HttpClients for its lifetime; the pooled connection lifetime picks up DNS changes instead of handler rotation.
        .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
        .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            // Header-borne lookups carry Finnish names ("Metsä Oy"); the API's text is UTF-8, and without this the
            // handler refuses any header that is not ASCII.
            RequestHeaderEncodingSelector = static (_, _) => System.Text.Encoding.UTF8,
        });

    private static ProcountorClientOptions Value(IServiceProvider services) => services.GetRequiredService<IOptions<ProcountorClientOptions>>().Value;
}
