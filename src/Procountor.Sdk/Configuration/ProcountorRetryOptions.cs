namespace Procountor.Sdk;

/// <summary>
/// How transient failures (429, 502, 503, 504, network errors, attempt timeouts) are retried. Requests that are not
/// idempotent (POST, PATCH) are retried only after a 429, which the server sends before doing any work, unless the
/// request opts in with <see cref="Procountor.Runtime.ApiRequestOptions.RetryNonIdempotent"/>.
/// </summary>
public sealed class ProcountorRetryOptions
{
    /// <summary>Retries after the first attempt; 0 turns retrying off. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Delay before the first retry; each further retry doubles it, with jitter. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of the computed backoff delay. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest <c>Retry-After</c> the client waits for. A server asking for a longer pause ends the retries and
    /// the caller gets a <see cref="ProcountorRateLimitException"/> carrying the requested delay. Default 60 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}
