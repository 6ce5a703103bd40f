using System.Net;
using System.Net.Http.Headers;

namespace Procountor.Benchmarks;

/// <summary>
/// The server of the request benchmarks, in process: answers every request with the same JSON bytes, so that what is
/// measured is the client (request building, pipeline, reading), not a socket or Kestrel.
/// </summary>
internal sealed class CannedJsonHandler(byte[] body) : HttpMessageHandler
{
    /// <summary>Requests answered; the setup checks the contenders sent what they should.</summary>
    public int Requests { get; private set; }

    /// <summary>The last request's URI and bearer token.</summary>
    public (Uri? Uri, string? Token) Last { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        Last = (request.RequestUri, request.Headers.Authorization?.Parameter);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        content.Headers.ContentLength = body.Length;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendAsync(request, cancellationToken).GetAwaiter().GetResult();
}
