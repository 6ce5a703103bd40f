using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;

namespace Procountor.Sdk;

/// <summary>Waits for a permit of the client-wide limiter before each attempt goes on the wire.</summary>
internal sealed class RateLimitingHandler(ProcountorRateLimiter limiter, ILogger<RateLimitingHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (limiter.Limiter is not { } rateLimiter)
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        using (var lease = rateLimiter.AttemptAcquire())
        {
            if (lease.IsAcquired)
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        Log.RateLimited(logger, limiter.RequestsPerSecond, request.Options.GetOperationId());
        using var queued = await rateLimiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!queued.IsAcquired)
            throw new ProcountorRateLimitException(
                $"The client-side rate limiter ({limiter.RequestsPerSecond} requests/s) rejected the request: " +
                $"its queue of {limiter.QueueLimit} waiting requests is full. Slow down, or raise ProcountorRateLimitOptions.QueueLimit.",
                429, null, new Dictionary<string, IReadOnlyList<string>>(), [], null, request.Options.GetOperationId(), retryAfter: null);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>
/// The one limiter every request of a client shares (the vendor counts per API client), or none when the rate is 0.
/// </summary>
internal sealed class ProcountorRateLimiter : IDisposable
{
    public ProcountorRateLimiter(ProcountorClientOptions options, TimeProvider time)
    {
        RequestsPerSecond = options.RateLimit.RequestsPerSecond;
        QueueLimit = options.RateLimit.QueueLimit;
        if (RequestsPerSecond > 0)
            Limiter = new SlidingLogRateLimiter(RequestsPerSecond, TimeSpan.FromSeconds(1), QueueLimit, time);
    }

    public RateLimiter? Limiter { get; }

    public int RequestsPerSecond { get; }

    public int QueueLimit { get; }

    public void Dispose() => Limiter?.Dispose();
}
