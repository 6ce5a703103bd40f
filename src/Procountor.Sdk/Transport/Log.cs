using Microsoft.Extensions.Logging;

namespace Procountor.Sdk;

/// <summary>Every log event of the SDK, with stable ids. Arguments are redacted before they get here.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "Sending {Method} {Url} ({OperationId})")]
    public static partial void Sending(ILogger logger, string method, string url, string? operationId);

    [LoggerMessage(2, LogLevel.Trace, "Request headers of {OperationId}: {Headers}")]
    public static partial void RequestHeaders(ILogger logger, string? operationId, string headers);

    [LoggerMessage(3, LogLevel.Debug, "Received {StatusCode} for {Method} {Url} ({OperationId}) in {ElapsedMs} ms")]
    public static partial void Received(ILogger logger, int statusCode, string method, string url, string? operationId, double elapsedMs);

    [LoggerMessage(4, LogLevel.Warning, "Procountor answered {StatusCode} to {Method} {Url} ({OperationId})")]
    public static partial void ErrorStatus(ILogger logger, int statusCode, string method, string url, string? operationId);

    [LoggerMessage(5, LogLevel.Warning, "{Method} {Url} ({OperationId}) failed after {ElapsedMs} ms")]
    public static partial void Failed(ILogger logger, Exception exception, string method, string url, string? operationId, double elapsedMs);

    [LoggerMessage(6, LogLevel.Information, "Access token renewed (reason: {Reason}); valid until {ExpiresAt:O}")]
    public static partial void TokenRenewed(ILogger logger, string reason, DateTimeOffset expiresAt);

    [LoggerMessage(7, LogLevel.Information, "Retrying {Method} {Url} ({OperationId}), retry {Retry}, after {DelayMs} ms: {Reason}")]
    public static partial void Retrying(ILogger logger, string method, string url, string? operationId, int retry, double delayMs, string reason);

    [LoggerMessage(8, LogLevel.Information, "The API rejected the access token of {OperationId}; renewing it and sending once more")]
    public static partial void TokenRejected(ILogger logger, string? operationId);

    [LoggerMessage(9, LogLevel.Debug, "Waiting for the client-side rate limiter ({RequestsPerSecond} requests/s) before {OperationId}")]
    public static partial void RateLimited(ILogger logger, int requestsPerSecond, string? operationId);
}
