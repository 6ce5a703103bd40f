namespace Procountor.Sdk;

/// <summary>
/// The handlers every API request passes, outermost first. Telemetry sees one call; the retry handler repeats
/// everything below it; each attempt gets a valid token, a rate-limit permit and its own timeout, and its body is
/// read within that timeout.
/// </summary>
public static class ProcountorHttpPipeline
{
    /// <summary>Span and log events per call, redacted.</summary>
    public const string Telemetry = "procountor-telemetry";

    /// <summary>Backoff with jitter on 429/502/503/504 and network errors, honouring <c>Retry-After</c> (Polly).</summary>
    public const string Retry = "procountor-retry";

    /// <summary>Bearer token, renewed before expiry and once after a 401.</summary>
    public const string Authentication = "procountor-authentication";

    /// <summary>The client-wide limiter (System.Threading.RateLimiting).</summary>
    public const string RateLimit = "procountor-rate-limit";

    /// <summary>The per-attempt timeout.</summary>
    public const string Timeout = "procountor-timeout";

    /// <summary>Reading JSON and error bodies inside the attempt.</summary>
    public const string ResponseBuffering = "procountor-response-buffering";

    /// <summary>The handler names in order, outermost first.</summary>
    public static IReadOnlyList<string> Handlers { get; } = [Telemetry, Retry, Authentication, RateLimit, Timeout, ResponseBuffering];
}
