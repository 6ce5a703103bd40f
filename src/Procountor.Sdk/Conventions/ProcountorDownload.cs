using System.Net.Http.Headers;
using Microsoft.AspNetCore.WebUtilities;

namespace Procountor.Sdk;

/// <summary>
/// A file streamed from the API: attachment content, an invoice image page, or the file part of the official
/// <c>GET /attachments/{id}</c>, whose <c>multipart/mixed</c> answer also carries the attachment's metadata
/// (<see cref="Metadata"/>). Read <see cref="Content"/>, then dispose the download; the connection stays open until then.
/// </summary>
public sealed class ProcountorDownload : IAsyncDisposable, IDisposable
{
    private readonly HttpResponseMessage _response;

    private ProcountorDownload(HttpResponseMessage response, Stream content, string? contentType, string? fileName, long? length, ReadOnlyMemory<byte>? metadata)
    {
        _response = response;
        Content = content;
        ContentType = contentType;
        FileName = fileName;
        Length = length;
        Metadata = metadata;
    }

    /// <summary>The file's bytes, as they arrive.</summary>
    public Stream Content { get; }

    /// <summary>The file's media type, e.g. <c>image/png</c> or <c>application/pdf</c>.</summary>
    public string? ContentType { get; }

    /// <summary>The file name of <c>Content-Disposition</c>, if the server sent one.</summary>
    public string? FileName { get; }

    /// <summary>The size in bytes, if the server said.</summary>
    public long? Length { get; }

    /// <summary>The JSON metadata part of a <c>multipart/mixed</c> answer (the <c>Attachment</c>), else <c>null</c>.</summary>
    public ReadOnlyMemory<byte>? Metadata { get; }

    /// <summary>Wraps a successful response whose body has not been read yet. Takes ownership of it.</summary>
    internal static async Task<ProcountorDownload> CreateAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var headers = response.Content.Headers;
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        if (!string.Equals(headers.ContentType?.MediaType, "multipart/mixed", StringComparison.OrdinalIgnoreCase))
            return new(response, body, headers.ContentType?.MediaType, FileNameOf(headers.ContentDisposition), headers.ContentLength, null);

        var boundary = headers.ContentType!.Parameters.FirstOrDefault(p => p.Name.Equals("boundary", StringComparison.OrdinalIgnoreCase))?.Value?.Trim('"')
            ?? throw new InvalidDataException("The multipart/mixed answer has no boundary parameter.");
        var reader = new MultipartReader(boundary, body);
        ReadOnlyMemory<byte>? metadata = null;
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            var type = section.ContentType is null ? null : MediaTypeHeaderValue.Parse(section.ContentType).MediaType;
            if (metadata is null && type is not null && type.EndsWith("json", StringComparison.OrdinalIgnoreCase))
            {
                using var json = new MemoryStream();
                await section.Body.CopyToAsync(json, cancellationToken).ConfigureAwait(false);
                metadata = json.ToArray();
                continue;
            }
            var disposition = section.ContentDisposition is null ? null : ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            long? length = section.Headers?.TryGetValue("Content-Length", out var l) == true && long.TryParse(l, out var n) ? n : null;
            return new(response, section.Body, type, FileNameOf(disposition), length, metadata);
        }
        throw new InvalidDataException("The multipart/mixed answer has no file part.");
    }

    private static string? FileNameOf(ContentDispositionHeaderValue? disposition) =>
        (disposition?.FileNameStar ?? disposition?.FileName)?.Trim('"');

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
