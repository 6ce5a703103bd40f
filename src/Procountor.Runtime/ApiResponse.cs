namespace Procountor.Runtime;

/// <summary>A successful answer without a body: its status and headers.</summary>
public class ApiResponse
{
    /// <summary>Creates a response from its status and headers.</summary>
    public ApiResponse(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
    {
        StatusCode = statusCode;
        Headers = headers;
    }

    /// <summary>HTTP status of the answer.</summary>
    public int StatusCode { get; }

    /// <summary>Response and content headers, case-insensitive names.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }
}

/// <summary>A successful answer with its typed body.</summary>
/// <remarks>For binary answers <typeparamref name="T"/> is <see cref="Stream"/>: the caller reads and disposes it.</remarks>
public class ApiResponse<T> : ApiResponse
{
    /// <summary>Creates a response from its status, headers and body.</summary>
    public ApiResponse(int statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, T value)
        : base(statusCode, headers)
    {
        Value = value;
    }

    /// <summary>The body, read as the spec declares it.</summary>
    public T Value { get; }
}
