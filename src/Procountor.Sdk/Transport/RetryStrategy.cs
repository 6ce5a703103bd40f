using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Procountor.Runtime;

namespace Procountor.Sdk;

/// <summary>
/// The retry strategy of the <c>procountor-retry</c> resilience handler: exponential backoff with jitter on 429,
/// 502, 503, 504, network errors and attempt timeouts, waiting what <c>Retry-After</c> asks for.
/// </summary>
/// <remarks>
/// A request that is not idempotent is retried only after a 429, which the server sends before doing any work. Any
/// other failure of a POST or PATCH is ambiguous — the server may have created the invoice before the connection
/// dropped — so it is never replayed unless the request sets <see cref="ApiRequestOptions.RetryNonIdempotent"/>.
/// </remarks>
internal static class RetryStrategy
{
    private static readonly HashSet<HttpMethod> Idempotent = [HttpMethod.Get, HttpMethod.Head, HttpMethod.Options, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Trace];

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ProcountorClientOptions options, TimeProvider time, ILogger logger)
    {
        builder.TimeProvider = time;
        if (options.Retry.MaxRetries == 0)
            return;
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.Retry.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.Retry.BaseDelay,
            MaxDelay = options.Retry.MaxDelay,
            ShouldRetryAfterHeader = false, // RetryAfterDelay below, so that MaxRetryAfter can cap it.
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, options, time)),
            DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome.Result, time)),
            OnRetry = args =>
            {
                var request = args.Context.GetRequestMessage();
                Log.Retrying(logger, request?.Method.Method ?? "", Redaction.Url(request?.RequestUri, request is null ? null : Redaction.DeclaredSensitiveHeaders(request)),
                    request?.Options.GetOperationId(), args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds,
                    args.Outcome.Exception?.GetType().Name ?? ((int)args.Outcome.Result!.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                return ValueTask.CompletedTask;
            },
        });
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, ProcountorClientOptions options, TimeProvider time)
    {
        if (context.CancellationToken.IsCancellationRequested)
            return false;
        var request = context.GetRequestMessage();
        var replayable = request is null || Idempotent.Contains(request.Method)
            || (request.Options.TryGetValue(ApiRequestOptions.RetryNonIdempotent, out var optIn) && optIn);

        if (outcome.Exception is { } e)
            return replayable && e is HttpRequestException or TimeoutException or IOException;

        var response = outcome.Result!;
        switch ((int)response.StatusCode)
        {
            case 429:
                return RetryAfterDelay(response, time) is not { } wait || wait <= options.Retry.MaxRetryAfter;
            case (int)HttpStatusCode.BadGateway or (int)HttpStatusCode.ServiceUnavailable or (int)HttpStatusCode.GatewayTimeout:
                return replayable && (RetryAfterDelay(response, time) is not { } pause || pause <= options.Retry.MaxRetryAfter);
            default:
                return false;
        }
    }

    private static TimeSpan? RetryAfterDelay(HttpResponseMessage? response, TimeProvider time) =>
        response is null ? null : ProcountorExceptionFactory.RetryAfter(response.Headers.RetryAfter, time);
}
