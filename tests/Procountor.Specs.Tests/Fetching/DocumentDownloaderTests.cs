using System.Net;
using System.Net.Sockets;
using Procountor.Specs.Canonical;
using Procountor.Specs.Fetching;

namespace Procountor.Specs.Tests.Fetching;

public sealed class DocumentDownloaderTests(VendorServer server) : IClassFixture<VendorServer>, IDisposable
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    [Fact]
    public async Task Downloads_an_openapi_document_whose_canonical_text_is_the_bundled_one()
    {
        var document = await Download("/v1912/api/openapi.json");

        Assert.Equal(File.ReadAllText(Path.Combine(TestTrees.Tiny, "19.12", "openapi.json")), CanonicalJson.Write(document));
    }

    [Fact]
    public async Task Accepts_swagger_2() => Assert.Equal("2.0", (await Download("/swagger"))["swagger"]!.GetValue<string>());

    [Theory]
    [InlineData("/missing", "HTTP 404 Not Found")]
    [InlineData("/unavailable", "HTTP 503 Service Unavailable")]
    [InlineData("/not-openapi", "not an OpenAPI document (no 'openapi: 3.x' or 'swagger: 2.0' at the top)")]
    public async Task Refuses_answers_that_are_not_a_document(string path, string detail)
    {
        var error = await Assert.ThrowsAsync<SpecsException>(() => Download(path));

        Assert.Equal($"{server.Url(path)}: {detail}", error.Message);
    }

    [Fact]
    public async Task Refuses_an_answer_that_is_not_json_naming_the_position()
    {
        var error = await Assert.ThrowsAsync<SpecsException>(() => Download("/html"));

        Assert.StartsWith($"{server.Url("/html")}:1:1: not valid JSON: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gives_up_after_the_timeout()
    {
        var error = await Assert.ThrowsAsync<SpecsException>(() => Download("/slow", TimeSpan.FromMilliseconds(200)));

        Assert.Equal($"{server.Url("/slow")}: no complete answer within 0.2 s", error.Message);
    }

    [Fact]
    public async Task Reports_a_refused_connection()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var url = new Uri($"http://127.0.0.1:{port}/openapi.json");

        var error = await Assert.ThrowsAsync<SpecsException>(() => new DocumentDownloader(_http, TimeSpan.FromSeconds(5)).DownloadAsync(url, CancellationToken.None));

        Assert.StartsWith($"{url}: Connection refused", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _http.Dispose();

    private Task<System.Text.Json.Nodes.JsonObject> Download(string path, TimeSpan? timeout = null) =>
        new DocumentDownloader(_http, timeout ?? TimeSpan.FromSeconds(10)).DownloadAsync(new Uri(server.Url(path)), CancellationToken.None);
}
