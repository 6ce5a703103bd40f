using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Procountor.Runtime.Json;
using Procountor.Runtime.Validation;

namespace Procountor.Runtime.Http;

/// <summary>Reads the typed error body of an error answer, or returns <c>null</c> when the status has none.</summary>
public delegate object? ApiErrorReader(int statusCode, ReadOnlySpan<byte> body);

/// <summary>
/// What every generated operation does: build the request, send it, read the answer or turn it into an exception.
/// Generated code calls it; applications use the generated clients.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiClientCore
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoHeaders =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The error reader of operations that declare no error body.</summary>
    public static readonly ApiErrorReader NoErrorBody = static (_, _) => null;

    /// <summary>Creates the core over an <see cref="System.Net.Http.HttpClient"/> whose base address is the API version's root.</summary>
    public ApiClientCore(HttpClient httpClient, ApiClientOptions? options)
    {
        HttpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        Options = options ?? ApiClientOptions.Default;
    }

    /// <summary>The transport; its base address is the version root, ending with a slash.</summary>
    public HttpClient HttpClient { get; }

    /// <summary>The client's options.</summary>
    public ApiClientOptions Options { get; }

    /// <summary>
    /// A request to a URI relative to the client's base address, tagged with its operation and sensitive headers and
    /// carrying the options of any open <see cref="ApiRequestScope"/>.
    /// </summary>
    public static HttpRequestMessage CreateRequest(HttpMethod method, string relativeUri, string operationId, IReadOnlyList<string> sensitiveHeaders)
    {
        var request = new HttpRequestMessage(method, new Uri(relativeUri, UriKind.Relative));
        request.Options.Set(ApiRequestOptions.OperationId, operationId);
        request.Options.Set(ApiRequestOptions.SensitiveHeaders, sensitiveHeaders);
        ApiRequestScope.Apply(request);
        return request;
    }

    /// <summary>Checks a request body against its spec constraints when <see cref="ApiClientOptions.ValidateRequests"/> is on.</summary>
    public void Validate(IApiValidatable? body, string parameterName)
    {
        if (body is null || !Options.ValidateRequests)
        {
            return;
        }

        var errors = new List<ApiValidationError>();
        body.Validate(parameterName, errors);
        if (errors.Count > 0)
        {
            throw new ApiValidationException(errors);
        }
    }

    /// <summary>A JSON request body written by a generated writer.</summary>
    public static HttpContent JsonContent<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var buffer = JsonModel.Write(value, write);
        var content = new ReadOnlyMemoryContent(buffer.WrittenMemory);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>A file part of a multipart request.</summary>
    public static HttpContent FileContent(ApiFile file)
    {
        var content = new StreamContent(file.Content);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
        return content;
    }

    /// <summary>
    /// A file part of at most <paramref name="maxBytes"/> bytes, checked before anything is sent: a seekable stream by
    /// its length, any other by reading it into memory up to the limit.
    /// </summary>
    /// <exception cref="ApiValidationException">The file is larger than <paramref name="maxBytes"/> (when <see cref="ApiClientOptions.ValidateRequests"/> is on).</exception>
    public async Task<HttpContent> FileContentAsync(ApiFile file, long maxBytes, string path, CancellationToken cancellationToken)
    {
        if (!Options.ValidateRequests)
        {
            return FileContent(file);
        }

        if (file.Content.CanSeek)
        {
            CheckSize(file.Content.Length - file.Content.Position, exact: true);
            return FileContent(file);
        }

        var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await file.Content.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
                CheckSize(buffer.Length, exact: false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        var content = new ByteArrayContent(buffer.GetBuffer(), 0, (int)buffer.Length);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
        return content;

        void CheckSize(long bytes, bool exact)
        {
            if (bytes > maxBytes)
            {
                throw new ApiValidationException([new ApiValidationError(path, string.Create(CultureInfo.InvariantCulture,
                    $"is {(exact ? string.Empty : "at least ")}{bytes:N0} bytes; at most {maxBytes:N0} are allowed."))]);
            }
        }
    }

    /// <summary>A binary request body.</summary>
    public static HttpContent StreamContent(Stream stream, string contentType)
    {
        var content = new StreamContent(stream);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    /// <summary>Sends the request; the answer has no body worth reading.</summary>
    public async Task<ApiResponse> SendAsync(HttpRequestMessage request, ApiErrorReader errors, CancellationToken cancellationToken)
    {
        using var response = await HttpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        await ThrowOnErrorAsync(request, response, errors, cancellationToken).ConfigureAwait(false);
        return new ApiResponse((int)response.StatusCode, HeadersOf(response));
    }

    /// <summary>Sends the request and reads the JSON answer with <paramref name="read"/>.</summary>
    public async Task<ApiResponse<T>> SendJsonAsync<T>(HttpRequestMessage request, JsonValueReader<T> read, ApiErrorReader errors, CancellationToken cancellationToken)
    {
        using var response = await HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        await ThrowOnErrorAsync(request, response, errors, cancellationToken).ConfigureAwait(false);
        using var body = await ReadBodyAsync(response.Content, cancellationToken).ConfigureAwait(false);
        var value = body.Length == 0 ? default! : JsonModel.Read(body.Span, read);
        return new ApiResponse<T>((int)response.StatusCode, HeadersOf(response), value);
    }

    /// <summary>
    /// Sends the request and reads a JSON answer that is either one value or an array of them (a batch GET answers
    /// one id with the resource and several with a list).
    /// </summary>
    public async Task<IReadOnlyList<T>> SendJsonListAsync<T>(HttpRequestMessage request, JsonValueReader<T> read, ApiErrorReader errors, CancellationToken cancellationToken)
    {
        using var response = await HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        await ThrowOnErrorAsync(request, response, errors, cancellationToken).ConfigureAwait(false);
        using var body = await ReadBodyAsync(response.Content, cancellationToken).ConfigureAwait(false);
        return body.Length == 0 ? [] : JsonModel.Read(body.Span, (ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.StartArray ? JsonCollections.ReadList(ref reader, read) : (IReadOnlyList<T>)[read(ref reader)]);
    }

    /// <summary>Sends the request and reads a text answer.</summary>
    public async Task<ApiResponse<string>> SendTextAsync(HttpRequestMessage request, ApiErrorReader errors, CancellationToken cancellationToken)
    {
        using var response = await HttpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        await ThrowOnErrorAsync(request, response, errors, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new ApiResponse<string>((int)response.StatusCode, HeadersOf(response), text);
    }

    /// <summary>A binary answer as a stream that owns the response: disposing the stream releases the connection.</summary>
    public async Task<ApiResponse<Stream>> SendStreamAsync(HttpRequestMessage request, ApiErrorReader errors, CancellationToken cancellationToken)
    {
        var response = await HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        try
        {
            await ThrowOnErrorAsync(request, response, errors, cancellationToken).ConfigureAwait(false);
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new ApiResponse<Stream>((int)response.StatusCode, HeadersOf(response), new ResponseStream(stream, response));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task ThrowOnErrorAsync(HttpRequestMessage request, HttpResponseMessage response, ApiErrorReader errors, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var status = (int)response.StatusCode;
        string? raw;
        object? error = null;
        Exception? parseFailure = null;
        using (var body = await ReadBodyAsync(response.Content, cancellationToken).ConfigureAwait(false))
        {
            raw = body.Length == 0 ? null : Encoding.UTF8.GetString(body.Span);
            if (body.Length > 0)
            {
                try
                {
                    error = errors(status, body.Span);
                }
                catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or OverflowException)
                {
                    // Not the declared error shape (an HTML proxy page, a truncated body): the raw text says what happened.
                    parseFailure = e;
                }
            }
        }

        request.Options.TryGetValue(ApiRequestOptions.OperationId, out var operationId);
        var context = new ApiErrorContext(operationId ?? request.Method + " " + request.RequestUri, status, response.ReasonPhrase, HeadersOf(response), raw, error);
        var exception = Options.ExceptionFactory(context);
        if (parseFailure is not null && exception.InnerException is null)
        {
            exception.Data["ErrorBodyParseFailure"] = parseFailure.Message;
        }

        throw exception;
    }

    private static async ValueTask<Body> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        // A transport that already read the body into a pooled buffer: read it where it is.
        if (content is PooledBodyContent pooled)
        {
            return new Body(null, pooled, pooled.Span.Length);
        }

        var (buffer, length) = await PooledBodyContent.ReadPooledAsync(content, cancellationToken).ConfigureAwait(false);
        return new Body(buffer, null, length);
    }

    /// <summary>A body read for parsing: a rented buffer to return, or a pooled content its response owns.</summary>
    private readonly struct Body(byte[]? rented, PooledBodyContent? pooled, int length) : IDisposable
    {
        public int Length => length;

        public ReadOnlySpan<byte> Span => pooled is not null ? pooled.Span : rented.AsSpan(0, length);

        public void Dispose()
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> HeadersOf(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            headers[header.Key] = header.Value.ToArray();
        }

        foreach (var header in response.Content.Headers)
        {
            headers[header.Key] = header.Value.ToArray();
        }

        return headers.Count == 0 ? NoHeaders : headers;
    }

    /// <summary>The body stream of a binary answer; disposing it disposes the response.</summary>
    private sealed class ResponseStream(Stream inner, HttpResponseMessage response) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                response.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
