using Procountor.Runtime;

namespace Procountor.Sdk;

/// <summary>
/// The Procountor API answered with an error. Besides status, headers and raw body (from <see cref="ApiException"/>)
/// it carries the vendor's error entries, whatever shape they came in, and the request id when the server gave one.
/// </summary>
public class ProcountorApiException : ApiException
{
    /// <summary>Creates the exception; use <see cref="ProcountorExceptionFactory"/> to build one from an answer.</summary>
    public ProcountorApiException(
        string message,
        int statusCode,
        string? rawBody,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        IReadOnlyList<ProcountorError> errors,
        string? requestId,
        string? operationId,
        object? error = null,
        Exception? innerException = null)
        : base(message, statusCode, rawBody, headers, error, innerException)
    {
        Errors = errors;
        RequestId = requestId;
        OperationId = operationId;
    }

    /// <summary>The error entries of the body; empty when it had none (or was not JSON).</summary>
    public IReadOnlyList<ProcountorError> Errors { get; }

    /// <summary>The server's request id (body <c>requestId</c> or a request-id header), for support tickets.</summary>
    public string? RequestId { get; }

    /// <summary>The operationId of the request, when the client set one.</summary>
    public string? OperationId { get; }
}

/// <summary>
/// Authentication failed: the token endpoint refused the credentials or code, or the API still answered 401 after
/// the token was renewed once.
/// </summary>
public class ProcountorAuthenticationException : ProcountorApiException
{
    /// <inheritdoc cref="ProcountorApiException(string, int, string?, IReadOnlyDictionary{string, IReadOnlyList{string}}, IReadOnlyList{ProcountorError}, string?, string?, object?, Exception?)"/>
    public ProcountorAuthenticationException(
        string message,
        int statusCode,
        string? rawBody,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        IReadOnlyList<ProcountorError> errors,
        string? requestId,
        string? operationId,
        object? error = null,
        Exception? innerException = null)
        : base(message, statusCode, rawBody, headers, errors, requestId, operationId, error, innerException)
    {
    }
}

/// <summary>
/// The refresh token of an authorization-code login has expired (they last six months) or was revoked; the user has
/// to log in again through <see cref="ProcountorAuthorization"/>. <see cref="ApiException.StatusCode"/> is 401 also
/// when the SDK saw the expiry itself and sent nothing.
/// </summary>
public sealed class ProcountorRefreshTokenExpiredException : ProcountorAuthenticationException
{
    /// <inheritdoc cref="ProcountorApiException(string, int, string?, IReadOnlyDictionary{string, IReadOnlyList{string}}, IReadOnlyList{ProcountorError}, string?, string?, object?, Exception?)"/>
    public ProcountorRefreshTokenExpiredException(
        string message,
        int statusCode,
        string? rawBody,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        IReadOnlyList<ProcountorError> errors,
        DateTimeOffset? expiredAt)
        : base(message, statusCode, rawBody, headers, errors, requestId: null, operationId: null)
    {
        ExpiredAt = expiredAt;
    }

    /// <summary>When the refresh token expired, if known.</summary>
    public DateTimeOffset? ExpiredAt { get; }
}

/// <summary>
/// Too many requests: the server still answered 429 when the retries ran out (or asked for a longer pause than
/// <see cref="ProcountorRetryOptions.MaxRetryAfter"/>), or the client-side limiter's queue was full.
/// </summary>
public sealed class ProcountorRateLimitException : ProcountorApiException
{
    /// <summary>Creates the exception; <c>retryAfter</c> is the pause the server asked for, if it sent <c>Retry-After</c>.</summary>
    public ProcountorRateLimitException(
        string message,
        int statusCode,
        string? rawBody,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        IReadOnlyList<ProcountorError> errors,
        string? requestId,
        string? operationId,
        TimeSpan? retryAfter,
        object? error = null,
        Exception? innerException = null)
        : base(message, statusCode, rawBody, headers, errors, requestId, operationId, error, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long the server asked the client to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
