using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Procountor.Sdk;

/// <summary>
/// The outermost handler: one span and one pair of log events per call (retries happen inside it), with the URL
/// and headers redacted.
/// </summary>
internal sealed class TelemetryHandler(ILogger<TelemetryHandler> logger, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operationId = request.Options.GetOperationId();
        var declared = Redaction.DeclaredSensitiveHeaders(request);
        var url = Redaction.Url(request.RequestUri, declared);
        var method = request.Method.Method;

        using var activity = ProcountorTelemetry.Source.StartActivity(operationId ?? method, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("http.request.method", method);
            activity.SetTag("url.full", url);
            activity.SetTag("server.address", request.RequestUri?.Host);
            activity.SetTag("procountor.operation_id", operationId);
        }

        Log.Sending(logger, method, url, operationId);
        if (logger.IsEnabled(LogLevel.Trace))
            Log.RequestHeaders(logger, operationId, Redaction.Headers(request.Headers, request.Content?.Headers, declared));

        var started = time.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            activity?.SetTag("http.response.status_code", status);
            if (status >= 400)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
                activity?.SetTag("error.type", status.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Log.ErrorStatus(logger, status, method, url, operationId);
            }
            Log.Received(logger, status, method, url, operationId, time.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            activity?.SetTag("error.type", e.GetType().FullName);
            Log.Failed(logger, e, method, url, operationId, time.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
