namespace Procountor.Runtime;

/// <summary>Everything known about an error answer, handed to <see cref="ApiClientOptions.ExceptionFactory"/>.</summary>
/// <param name="OperationId">The spec's operationId.</param>
/// <param name="StatusCode">HTTP status.</param>
/// <param name="ReasonPhrase">The status line's text, if any.</param>
/// <param name="Headers">Response and content headers.</param>
/// <param name="RawBody">The body as text, whatever it was (JSON, an HTML proxy page, nothing).</param>
/// <param name="Error">The body parsed as the error schema the spec declares for this status, or <c>null</c>.</param>
public sealed record ApiErrorContext(
    string OperationId,
    int StatusCode,
    string? ReasonPhrase,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Headers,
    string? RawBody,
    object? Error)
{
    /// <summary><c>getInvoice answered 404 Not Found.</c></summary>
    public string Message => $"{OperationId} answered {StatusCode}{(string.IsNullOrEmpty(ReasonPhrase) ? string.Empty : " " + ReasonPhrase)}.";

    /// <summary>Creates a plain <see cref="ApiException"/>: the default of <see cref="ApiClientOptions.ExceptionFactory"/>.</summary>
    public static ApiException CreateDefaultException(ApiErrorContext context) =>
        new(context.Message, context.StatusCode, context.RawBody, context.Headers, context.Error);
}
