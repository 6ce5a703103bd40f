namespace Procountor.Runtime;

/// <summary>
/// The API answered with an error status. Keeps everything the answer said: status, headers, the raw body
/// (which may be an HTML proxy page rather than JSON) and, when it parsed, the typed error body the spec declares.
/// </summary>
public class ApiException : Exception
{
    /// <summary>Creates the exception for one error answer.</summary>
    public ApiException(
        string message,
        int statusCode,
        string? rawBody,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        object? error = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        RawBody = rawBody;
        Headers = headers;
        Error = error;
    }

    /// <summary>HTTP status code of the answer.</summary>
    public int StatusCode { get; }

    /// <summary>The body exactly as received, or <c>null</c> when there was none.</summary>
    public string? RawBody { get; }

    /// <summary>Response and content headers, case-insensitive names.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The body parsed as the error schema the operation declares for this status, or <c>null</c>.</summary>
    public object? Error { get; }
}
