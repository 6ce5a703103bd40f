using System.Buffers;
using System.ComponentModel;
using System.Net;

namespace Procountor.Runtime.Http;

/// <summary>
/// A response body read completely into a buffer rented from <see cref="ArrayPool{T}.Shared"/>, with the original
/// content headers. A transport that buffers answers (to read them inside its attempt timeout) can leave this in
/// place of <see cref="HttpContent.LoadIntoBufferAsync()"/>'s private copy: <see cref="ApiClientCore"/> then reads
/// the JSON straight from the buffer, so a page of results is neither allocated nor copied again. The buffer goes
/// back to the pool when the content (or its response) is disposed; streams read after that throw.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PooledBodyContent : HttpContent
{
    private byte[]? _buffer;
    private readonly int _length;

    private PooledBodyContent(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>The body; valid until the content is disposed.</summary>
    /// <exception cref="ObjectDisposedException">The content was disposed and its buffer returned.</exception>
    public ReadOnlySpan<byte> Span => Buffer().AsSpan(0, _length);

    /// <summary>Reads <paramref name="source"/> to its end into a pooled buffer and takes over its headers; the caller disposes the source.</summary>
    public static async Task<PooledBodyContent> ReadAsync(HttpContent source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (buffer, length) = await ReadPooledAsync(source, cancellationToken).ConfigureAwait(false);
        var content = new PooledBodyContent(buffer, length);
        foreach (var header in source.Headers)
        {
            content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        content.Headers.ContentLength = length;
        return content;
    }

    /// <summary>Reads a body to its end into a buffer rented from <see cref="ArrayPool{T}.Shared"/>; the caller returns it.</summary>
    internal static async ValueTask<(byte[] Buffer, int Length)> ReadPooledAsync(HttpContent source, CancellationToken cancellationToken)
    {
        var stream = await source.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // One read past a declared length tells the end; without a length the buffer doubles as it fills.
            var hint = source.Headers.ContentLength is long known and >= 0 and < int.MaxValue ? (int)known + 1 : 4096;
            var buffer = ArrayPool<byte>.Shared.Rent(hint);
            var length = 0;
            try
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return (buffer, length);
                    }

                    length += read;
                }
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }
        }
    }
    /// <inheritdoc/>
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Buffer(), 0, _length);

    /// <inheritdoc/>
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(Buffer().AsMemory(0, _length), cancellationToken).AsTask();

    /// <inheritdoc/>
    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.Write(Buffer(), 0, _length);

    /// <inheritdoc/>
    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    /// <inheritdoc/>
    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new BodyStream(this));

    /// <inheritdoc/>
    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) => new BodyStream(this);

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        base.Dispose(disposing);
    }

    private byte[] Buffer() => _buffer ?? throw new ObjectDisposedException(nameof(PooledBodyContent));

    // Reads through the content rather than over the array, so that a stream kept past the response's disposal
    // throws instead of reading whatever the pool's next renter wrote.
    private sealed class BodyStream(PooledBodyContent content) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => content._length;

        public override long Position
        {
            get => _position;
            set => _position = (int)Math.Clamp(value, 0, content._length);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var available = content.Span.Slice(_position);
            var count = Math.Min(available.Length, buffer.Length);
            available.Slice(0, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            cancellationToken.IsCancellationRequested ? ValueTask.FromCanceled<int>(cancellationToken) : new(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => content._length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
