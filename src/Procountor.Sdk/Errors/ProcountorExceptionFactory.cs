using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Procountor.Sdk;

/// <summary>
/// Turns an error answer into the right exception type: 401 → <see cref="ProcountorAuthenticationException"/>,
/// 429 → <see cref="ProcountorRateLimitException"/>, anything else → <see cref="ProcountorApiException"/>. Generated
/// clients reach it through the runtime's exception hook; hand-written calls use <see cref="FromResponseAsync"/>.
/// </summary>
public static partial class ProcountorExceptionFactory
{
    private static readonly string[] RequestIdHeaders = ["X-Request-Id", "Request-Id", "X-Correlation-Id"];

    /// <summary>Creates the exception for one error answer from its parts (the runtime hook's inputs).</summary>
    /// <param name="statusCode">HTTP status of the answer.</param>
    /// <param name="rawBody">The body exactly as received.</param>
    /// <param name="headers">Response and content headers.</param>
    /// <param name="error">The body parsed as the operation's declared error schema, if the caller did that.</param>
    /// <param name="operationId">The operationId of the request, if known.</param>
    /// <param name="innerException">What went wrong reading the answer, if anything.</param>
    public static ProcountorApiException Create(
        int statusCode,
        string? rawBody,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        object? error = null,
        string? operationId = null,
        Exception? innerException = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var body = ProcountorErrorBody.Parse(rawBody);
        var requestId = body.RequestId ?? FirstHeader(headers, RequestIdHeaders);
        var message = Describe(statusCode, rawBody, headers, body, requestId, operationId);
        return statusCode switch
        {
            401 => new ProcountorAuthenticationException(message, statusCode, rawBody, headers, body.Errors, requestId, operationId, error, innerException),
            429 => new ProcountorRateLimitException(message, statusCode, rawBody, headers, body.Errors, requestId, operationId,
                RetryAfter(headers, TimeProvider.System), error, innerException),
            _ => new ProcountorApiException(message, statusCode, rawBody, headers, body.Errors, requestId, operationId, error, innerException),
        };
    }

    /// <summary>Reads the body of an error answer and creates its exception. Does not dispose the response.</summary>
    public static async Task<ProcountorApiException> FromResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var rawBody = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return Create((int)response.StatusCode, rawBody.Length == 0 ? null : rawBody, HeadersOf(response),
            operationId: response.RequestMessage?.Options.GetOperationId());
    }

    /// <summary>Response and content headers as one case-insensitive dictionary.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> HeadersOf(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.NonValidated)
            headers[name] = values.ToArray();
        foreach (var (name, values) in response.Content.Headers.NonValidated)
            headers[name] = values.ToArray();
        return headers;
    }

    /// <summary>The pause a <c>Retry-After</c> header asks for (delta seconds or an HTTP date), or <c>null</c>.</summary>
    internal static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, TimeProvider time)
    {
        if (header?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }

    private static TimeSpan? RetryAfter(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, TimeProvider time) =>
        FirstHeader(headers, ["Retry-After"]) is { } value && RetryConditionHeaderValue.TryParse(value, out var parsed)
            ? RetryAfter(parsed, time)
            : null;

    private static string Describe(
        int statusCode, string? rawBody, IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        ProcountorErrorBody body, string? requestId, string? operationId)
    {
        var text = new StringBuilder("Procountor API answered ")
            .Append(statusCode.ToString(CultureInfo.InvariantCulture));
        if (operationId is not null)
            text.Append(" to ").Append(operationId);

        if (body.Errors.Count > 0)
        {
            text.Append(": ").AppendJoin("; ", body.Errors.Select(e => e.Field is null ? e.Message ?? e.Code : e.Field + ": " + (e.Message ?? e.Code)));
        }
        else if (rawBody is null)
        {
            text.Append(" with an empty body.");
        }
        else if (!body.IsJson)
        {
            // An HTML page from a proxy or load balancer: say so, and show the words of it, not the markup.
            var contentType = FirstHeader(headers, ["Content-Type"]) ?? "no content type";
            text.Append(" with a body that is not JSON (").Append(contentType).Append(", ")
                .Append(rawBody.Length.ToString(CultureInfo.InvariantCulture)).Append(" characters): \"")
                .Append(Snippet(rawBody)).Append('"');
        }
        else
        {
            text.Append(" with a JSON body that has no error entries.");
        }

        if (requestId is not null)
            text.Append(" (request id ").Append(requestId).Append(')');
        return text.ToString();
    }

    private static string Snippet(string rawBody)
    {
        var words = Whitespace().Replace(Markup().Replace(rawBody, " "), " ").Trim();
        return words.Length <= 160 ? words : words[..160] + "…";
    }

    private static string? FirstHeader(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string[] names)
    {
        foreach (var name in names)
        {
            if (headers.TryGetValue(name, out var values) && values.Count > 0)
                return values[0];
            // Callers may pass a dictionary that is not case-insensitive.
            foreach (var (key, v) in headers)
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && v.Count > 0)
                    return v[0];
        }
        return null;
    }

    [GeneratedRegex("<[^>]*>|&[a-z]+;", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
