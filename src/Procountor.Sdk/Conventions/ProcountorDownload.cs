using System.Net.Http.Headers;
using Microsoft.AspNetCore.WebUtilities;
using Procountor.Runtime;

namespace Procountor.Sdk;

/// <summary>
/// A file answer of a generated client read the Procountor way: <c>GET /attachments/{id}</c> answers
/// <c>multipart/mixed</c> with the attachment's metadata (<see cref="Metadata"/>, the <c>Attachment</c> JSON) and then
/// the file (<see cref="Content"/>, streamed); any other binary answer (an invoice image page) is the file itself.
/// Read <see cref="Content"/>, then dispose the download; the connection stays open until then.
/// </summary>
/// <example>
/// <code>
/// await using var file = await ProcountorDownload.FromResponseAsync(await procountor.V2312.Attachments.GetAttachmentAsync(id, ct), ct);
/// var attachment = JsonModel.Deserialize&lt;V2312.Attachment&gt;(file.Metadata!.Value.Span);
/// await file.Content.CopyToAsync(destination, ct);
/// </code>
/// </example>
public sealed class ProcountorDownload : IAsyncDisposable, IDisposable
{
    private readonly Stream _body;

    private ProcountorDownload(Stream body, Stream content, string? contentType, string? fileName, long? length, ReadOnlyMemory<byte>? metadata)
    {
        _body = body;
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

    /// <summary>Reads the headers (and the metadata part) of a binary answer; takes ownership of its stream.</summary>
    /// <param name="response">What a generated method with a binary answer returned.</param>
    /// <param name="cancellationToken">Cancels reading the metadata part.</param>
    /// <exception cref="InvalidDataException">A <c>multipart/mixed</c> answer without a boundary or without a file part.</exception>
    public static async Task<ProcountorDownload> FromResponseAsync(ApiResponse<Stream> response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = response.Value;
        try
        {
            var contentType = Header(response, "Content-Type") is { } header ? MediaTypeHeaderValue.Parse(header) : null;
            if (!string.Equals(contentType?.MediaType, "multipart/mixed", StringComparison.OrdinalIgnoreCase))
            {
                long? length = long.TryParse(Header(response, "Content-Length"), out var n) ? n : null;
                return new(body, body, contentType?.MediaType, FileNameOf(Header(response, "Content-Disposition")), length, null);
            }

            var boundary = contentType!.Parameters.FirstOrDefault(p => p.Name.Equals("boundary", StringComparison.OrdinalIgnoreCase))?.Value?.Trim('"')
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

                long? length = section.Headers?.TryGetValue("Content-Length", out var l) == true && long.TryParse(l, out var n) ? n : null;
                return new(body, section.Body, type, FileNameOf(section.ContentDisposition), length, metadata);
            }

            throw new InvalidDataException("The multipart/mixed answer has no file part.");
        }
        catch
        {
            await body.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static string? Header(ApiResponse response, string name) =>
        response.Headers.TryGetValue(name, out var values) && values.Count > 0 ? string.Join(", ", values) : null;

    private static string? FileNameOf(string? disposition) =>
        disposition is not null && ContentDispositionHeaderValue.TryParse(disposition, out var parsed)
            ? (parsed.FileNameStar ?? parsed.FileName)?.Trim('"')
            : null;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        await _body.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Content.Dispose();
        _body.Dispose();
    }
}
