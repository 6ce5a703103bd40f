using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Procountor.Specs.Tests.Fetching;

/// <summary>
/// Stands in for the vendor's document host on 127.0.0.1 (random port): the tiny tree's 19.12 document, compact and
/// out of order as a server might send it, plus answers for every way a download can go wrong.
/// </summary>
public sealed class VendorServer : IAsyncLifetime
{
    private WebApplication? _app;

    public string BaseAddress { get; private set; } = string.Empty;

    /// <summary>What the served 19.12 document is, parsed from the fixture.</summary>
    public static JsonObject Document() => JsonNode.Parse(File.ReadAllText(Path.Combine(TestTrees.Tiny, "19.12", "openapi.json")))!.AsObject();

    public string Url(string path) => BaseAddress + path;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();

        var same = Document().ToJsonString();
        var changed = Document();
        changed["info"]!["description"] = "Changed";
        changed["paths"]!.AsObject().Remove("/widgets/{id}");
        changed["components"]!["schemas"]!["Gadget"] = new JsonObject { ["type"] = "object" };
        var changedText = changed.ToJsonString();

        _app.MapGet("/v1912/api/openapi.json", () => Results.Text(same, "application/json"));
        _app.MapGet("/latest/api/openapi.json", () => Results.Text(same, "application/json"));
        _app.MapGet("/changed", () => Results.Text(changedText, "application/json"));
        _app.MapGet("/html", () => Results.Text("<html><body>Maintenance</body></html>", "text/html"));
        _app.MapGet("/not-openapi", () => Results.Text("""{"hello": "world"}""", "application/json"));
        _app.MapGet("/swagger", () => Results.Text("""{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}""", "application/json"));
        _app.MapGet("/unavailable", () => Results.StatusCode(503));
        _app.MapGet("/slow", async (HttpContext context) =>
        {
            // Holds the answer until the client gives up; the request's abort ends the wait.
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ConfigureAwait(false);
        });
        await _app.StartAsync().ConfigureAwait(false);
        BaseAddress = _app.Urls.Single();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
