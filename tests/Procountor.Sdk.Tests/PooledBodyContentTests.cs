using System.Net.Http.Headers;
using System.Text;
using Procountor.Runtime.Http;

namespace Procountor.Sdk.Tests;

/// <summary>
/// The pooled body the transport leaves on buffered answers behaves as any other content while its response lives,
/// and refuses to be read once its buffer went back to the pool.
/// </summary>
public class PooledBodyContentTests
{
    private static readonly byte[] Json = Encoding.UTF8.GetBytes("""{"name":"Metsä Oy","rows":[1,2,3]}""");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Keeps_the_body_and_content_headers_with_or_without_a_declared_length(bool declaredLength)
    {
        using var source = new StreamContent(new MemoryStream(Json));
        source.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        source.Headers.ContentLanguage.Add("fi");
        if (declaredLength)
            source.Headers.ContentLength = Json.Length;

        using var pooled = await PooledBodyContent.ReadAsync(source, CancellationToken.None);

        Assert.Equal(Json, pooled.Span.ToArray());
        Assert.Equal(Json.Length, pooled.Headers.ContentLength);
        Assert.Equal("application/json", pooled.Headers.ContentType!.MediaType);
        Assert.Equal(["fi"], pooled.Headers.ContentLanguage);
        Assert.Equal(Encoding.UTF8.GetString(Json), await pooled.ReadAsStringAsync());
        Assert.Equal(Json, await pooled.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Reads_a_body_larger_than_its_first_buffer()
    {
        var large = Enumerable.Range(0, 100_000).Select(i => (byte)i).ToArray();
        using var source = new StreamContent(new MemoryStream(large));

        using var pooled = await PooledBodyContent.ReadAsync(source, CancellationToken.None);

        Assert.Equal(large, pooled.Span.ToArray());
    }

    [Fact]
    public async Task Its_stream_reads_seeks_and_fails_once_the_content_is_disposed()
    {
        using var source = new ByteArrayContent(Json);
        var pooled = await PooledBodyContent.ReadAsync(source, CancellationToken.None);
        var stream = await pooled.ReadAsStreamAsync();

        var head = new byte[8];
        Assert.Equal(8, await stream.ReadAsync(head));
        Assert.Equal(Json[..8], head);
        stream.Seek(-3, SeekOrigin.End);
        Assert.Equal((byte)'3', (byte)stream.ReadByte());
        Assert.Equal(Json.Length, stream.Length);

        pooled.Dispose();

        Assert.Throws<ObjectDisposedException>(() => stream.ReadByte());
    }
}
