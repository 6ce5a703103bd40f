using Procountor.Runtime.Http;

namespace Procountor.Sdk;

/// <summary>
/// Reads JSON, text and error bodies completely inside the attempt, so that a connection dropped mid-body is a
/// failure of that attempt (retried when it is safe) and a slow body counts against the attempt's timeout. Binary
/// and multipart bodies (downloads) stay streamed.
/// </summary>
internal sealed class ResponseBufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!ShouldBuffer(response))
            return response;
        try
        {
            // Into a pooled buffer rather than HttpContent's own copy: the generated client parses it in place, and
            // the buffer returns to the pool with the response instead of being garbage the size of every answer.
            var streamed = response.Content;
            response.Content = await PooledBodyContent.ReadAsync(streamed, cancellationToken).ConfigureAwait(false);
            streamed.Dispose();
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static bool ShouldBuffer(HttpResponseMessage response)
    {
        if ((int)response.StatusCode >= 400)
            return true;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        return mediaType is null
            || mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase)
            || mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase);
    }
}
