namespace Procountor.Sdk;

/// <summary>
/// A file streamed from the API (attachment content, invoice image pages). Read <see cref="Content"/> and dispose
/// the download; the connection stays open until then.
/// </summary>
public sealed class ProcountorDownload : IAsyncDisposable, IDisposable
{
    private readonly HttpResponseMessage _response;

    internal ProcountorDownload(HttpResponseMessage response, Stream content)
    {
        _response = response;
        Content = content;
    }

    /// <summary>The file's bytes, as they arrive.</summary>
    public Stream Content { get; }

    /// <summary>The file's media type, e.g. <c>image/png</c> or <c>application/pdf</c>.</summary>
    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    /// <summary>The file name of <c>Content-Disposition</c>, if the server sent one.</summary>
    public string? FileName =>
        (_response.Content.Headers.ContentDisposition?.FileNameStar ?? _response.Content.Headers.ContentDisposition?.FileName)?.Trim('"');

    /// <summary>The size in bytes, if the server said.</summary>
    public long? Length => _response.Content.Headers.ContentLength;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        _response.Dispose();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Content.Dispose();
        _response.Dispose();
    }
}
