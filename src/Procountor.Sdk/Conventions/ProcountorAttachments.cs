using System.Globalization;
using System.Net.Http.Headers;

namespace Procountor.Sdk;

/// <summary>
/// Attachment upload as Procountor expects it: <c>multipart/form-data</c> with a <c>meta</c> part (the Attachment
/// JSON) and a <c>file</c> part of at most 10,000,000 bytes, checked before anything is sent.
/// </summary>
public static class ProcountorAttachments
{
    /// <summary>The largest file <c>POST /attachments</c> accepts, in bytes.</summary>
    public const long MaxFileBytes = 10_000_000;

    /// <summary>Builds the upload body. A stream that cannot seek is read into memory (up to the limit) to learn its size.</summary>
    /// <param name="metaJson">The Attachment metadata, serialised as JSON.</param>
    /// <param name="file">The file; read from its current position. Not disposed.</param>
    /// <param name="fileName">The file name to send.</param>
    /// <param name="contentType">The file's media type; <c>application/octet-stream</c> when <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels reading a stream that cannot seek.</param>
    /// <exception cref="ArgumentException">The file is larger than <see cref="MaxFileBytes"/> (<c>ParamName</c> is <c>file</c>).</exception>
    public static async Task<MultipartFormDataContent> CreateUploadContentAsync(
        ReadOnlyMemory<byte> metaJson, Stream file, string fileName, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        if (metaJson.IsEmpty)
            throw new ArgumentException("meta must hold the Attachment JSON.", nameof(metaJson));

        HttpContent filePart;
        if (file.CanSeek)
        {
            CheckSize(file.Length - file.Position, exact: true);
            filePart = new StreamContent(file);
        }
        else
        {
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await file.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
                CheckSize(buffer.Length, exact: false);
            }
            filePart = new ByteArrayContent(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        filePart.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType ?? "application/octet-stream");

        var meta = new ReadOnlyMemoryContent(metaJson);
        meta.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new MultipartFormDataContent
        {
            { meta, "meta" },
            { filePart, "file", fileName },
        };
    }

    private static void CheckSize(long bytes, bool exact)
    {
        if (bytes > MaxFileBytes)
            throw new ArgumentException(
                $"The file is {(exact ? "" : "at least ")}{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes; " +
                $"Procountor accepts attachments of at most {MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes.", "file");
    }
}
