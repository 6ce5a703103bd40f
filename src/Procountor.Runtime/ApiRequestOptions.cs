namespace Procountor.Runtime;

/// <summary>
/// Keys that generated clients and callers put in <see cref="HttpRequestMessage.Options"/> so that the handler
/// pipeline (retries, timeouts, logging, redaction) can act per request without knowing the operation.
/// </summary>
public static class ApiRequestOptions
{
    /// <summary>The spec's operationId; set by generated clients on every request.</summary>
    public static readonly HttpRequestOptionsKey<string> OperationId = new("Procountor.OperationId");

    /// <summary>Set to <c>true</c> to let a non-idempotent request (POST, PATCH) be retried after an ambiguous failure.</summary>
    public static readonly HttpRequestOptionsKey<bool> RetryNonIdempotent = new("Procountor.RetryNonIdempotent");

    /// <summary>Per-request timeout, overriding the client's default.</summary>
    public static readonly HttpRequestOptionsKey<TimeSpan> Timeout = new("Procountor.Timeout");

    /// <summary>
    /// Names of request headers whose values are secrets or personal data (every header parameter the spec declares,
    /// since the vendor moved such values out of URLs into headers); logging and tracing redact them.
    /// </summary>
    public static readonly HttpRequestOptionsKey<IReadOnlyList<string>> SensitiveHeaders = new("Procountor.SensitiveHeaders");
}
