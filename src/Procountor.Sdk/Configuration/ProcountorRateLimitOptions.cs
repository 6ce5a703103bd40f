namespace Procountor.Sdk;

/// <summary>
/// The client-side limiter that keeps the integration under the vendor's published per-client request rate
/// (20 requests per second; exceeding it can get the API client suspended). Requests over the rate wait in a queue.
/// </summary>
public sealed class ProcountorRateLimitOptions
{
    /// <summary>Requests allowed in any one-second window; 0 turns the limiter off. Default 20.</summary>
    public int RequestsPerSecond { get; set; } = 20;

    /// <summary>
    /// Requests that may wait for a permit; one more is rejected with a <see cref="ProcountorRateLimitException"/>.
    /// Default 10,000.
    /// </summary>
    public int QueueLimit { get; set; } = 10_000;
}
