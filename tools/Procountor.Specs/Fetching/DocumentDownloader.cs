using System.Net;
using System.Text.Json.Nodes;
using Procountor.Specs.Canonical;

namespace Procountor.Specs.Fetching;

/// <summary>
/// Downloads a published document and accepts it only when it is an OpenAPI (or Swagger) JSON document: a timeout,
/// a status other than 200, an answer that is not JSON or not OpenAPI is a <see cref="SpecsException"/> naming the URL.
/// </summary>
public sealed class DocumentDownloader(HttpClient http, TimeSpan timeout)
{
    /// <summary>Larger answers are refused: the vendor's documents are well under a megabyte.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    public async Task<JsonObject> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        var where = url.ToString();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        string text;
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new SpecsException(where, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
            }

            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                throw new SpecsException(where, null, $"the answer is larger than {MaxBytes / 1024 / 1024} MiB");
            }

            await response.Content.LoadIntoBufferAsync(MaxBytes, deadline.Token).ConfigureAwait(false);
            text = await response.Content.ReadAsStringAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SpecsException(where, null, $"no complete answer within {timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e)
        {
            throw new SpecsException(where, null, e.Message);
        }

        return JsonText.Parse(text, where) is JsonObject { } document && IsOpenApi(document)
            ? document
            : throw new SpecsException(where, null, "not an OpenAPI document (no 'openapi: 3.x' or 'swagger: 2.0' at the top)");
    }

    private static bool IsOpenApi(JsonObject document) =>
        (document["openapi"] is JsonValue openapi && openapi.TryGetValue<string>(out var version) && version.StartsWith("3.", StringComparison.Ordinal))
        || (document["swagger"] is JsonValue swagger && swagger.TryGetValue<string>(out var old) && old == "2.0");
}
