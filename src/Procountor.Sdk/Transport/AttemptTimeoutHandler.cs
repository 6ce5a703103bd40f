using Procountor.Runtime;

namespace Procountor.Sdk;

/// <summary>
/// Bounds one attempt by <see cref="ApiRequestOptions.Timeout"/> (else <see cref="ProcountorClientOptions.Timeout"/>).
/// Running out of time throws <see cref="TimeoutException"/>, which the retry handler may retry; the caller's own
/// cancellation stays an <see cref="OperationCanceledException"/> and is never retried.
/// </summary>
internal sealed class AttemptTimeoutHandler(ProcountorClientOptions options, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var timeout = request.Options.TryGetValue(ApiRequestOptions.Timeout, out var perRequest) ? perRequest : options.Timeout;
        using var timer = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return await base.SendAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"{request.Method} {request.RequestUri?.GetLeftPart(UriPartial.Path)} ({request.Options.GetOperationId()}) " +
                $"did not complete within {timeout.TotalSeconds:0.###} s (ProcountorClientOptions.Timeout, or ApiRequestOptions.Timeout per request).", e);
        }
    }
}
