using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Procountor.Generator.Tests.Infrastructure;

/// <summary>A Kestrel server on 127.0.0.1 (random port) answering the Shop spec's operations and recording every request.</summary>
public sealed class ShopServer : IAsyncLifetime
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    private WebApplication? _app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The version root, with the trailing slash generated clients expect.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            context.Request.Body.Position = 0;
            Requests.Enqueue(new RecordedRequest(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                context.Request.ContentType,
                buffer.ToArray()));
            await next();
        });
        Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address + "/api/");
        _app = app;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static void Map(WebApplication app)
    {
        app.MapGet("/api/invoices", (int? page, int? size) =>
        {
            const int Total = 5;
            var pageSize = size ?? 2;
            var first = (page ?? 0) * pageSize;
            var items = Enumerable.Range(first, Math.Max(0, Math.Min(pageSize, Total - first)))
                .Select(i => $$"""{"id":{{i}},"partnerName":"P{{i}}","status":"PAID"}""");
            return Json($$$"""{"results":[{{{string.Join(",", items)}}}],"meta":{"pageNumber":{{{page ?? 0}}},"pageSize":{{{pageSize}}},"totalCount":{{{Total}}}}}""");
        });
        app.MapGet("/api/invoices/{id:long}", (long id) => id switch
        {
            404 => Results.Content("""{"errors":[{"status":404,"field":"invoiceId","message":"NOT_FOUND"}]}""", "application/json", Encoding.UTF8, 404),
            502 => Results.Content("<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html", Encoding.UTF8, 502),
            _ => Json($$"""{"id":{{id}},"partnerName":"Acme","total":12.50,"date":"2024-01-31","status":"ON_HOLD_SINCE_24_02","comment":"kept"}"""),
        });
        // A batch: the invoices of the ids found, one as itself, several as a list; none is a 404.
        app.MapGet("/api/invoices/{ids}", (string ids) =>
        {
            var found = ids.Split(',').Select(long.Parse).Where(id => id < 100).Select(id => $$"""{"id":{{id}},"partnerName":"P{{id}}"}""").ToArray();
            return found.Length switch
            {
                0 => Results.Content("""{"errors":[{"status":404,"message":"NOT_FOUND"}]}""", "application/json", Encoding.UTF8, 404),
                1 when !ids.Contains(',', StringComparison.Ordinal) => Json(found[0]),
                _ => Json("[" + string.Join(",", found) + "]"),
            };
        });
        app.MapPost("/api/invoices", async (HttpRequest request) => Json(await new StreamReader(request.Body).ReadToEndAsync()));
        app.MapGet("/api/invoices/{id:long}/image", (long id, int? page) => Results.Bytes(Png, "image/png"));
        app.MapPut("/api/invoices/{id:long}/approve", () => Results.Ok());
        app.MapDelete("/api/invoices/{id:long}", () => Results.NoContent());
        app.MapGet("/api/businesspartners", (HttpRequest request) =>
            Json($$"""[{"id":1,"name":"{{request.Headers["identifier"]}}"}]"""));
        app.MapPost("/api/attachments", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var file = form.Files["file"]!;
            var meta = form["meta"].ToString();
            var name = System.Text.Json.JsonDocument.Parse(meta).RootElement.GetProperty("name").GetString();
            return Json($$"""{"id":{{file.Length}},"name":"{{name}}/{{file.FileName}}","referenceType":"{{file.ContentType}}"}""");
        });
        app.MapPost("/api/oauth/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            return Json($$"""{"access_token":"{{form["grant_type"]}}:{{form["client_id"]}}","expires_in":3600}""");
        });
        app.MapGet("/api/health", () => Results.Text("OK", "text/plain"));
    }

    private static IResult Json(string json) => Results.Content(json, "application/json", Encoding.UTF8);
}

public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string? ContentType, byte[] Body);
