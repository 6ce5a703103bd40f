using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Constraints;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Procountor.FakeServer;

/// <summary>
/// A fake Procountor on Kestrel at 127.0.0.1 and a random port. It checks credentials and tokens as the real API
/// does (form bodies only, 403 to parameters in the token URL, bearer tokens on every API call), serves a
/// representative set of 23.12 operations under <c>/{segment}/api/</c>, injects faults on demand, and records every
/// request it receives. Set <c>FAKE_PROCOUNTOR_LOG=1</c> to see the server's own log (e.g. an exception in a handler).
/// </summary>
public sealed partial class FakeProcountorServer : IAsyncDisposable
{
    /// <summary>The client id the server accepts.</summary>
    public const string ClientId = "fake-client-id";

    /// <summary>The client secret the server accepts.</summary>
    public const string ClientSecret = "fake-client-secret-6f1c";

    /// <summary>The API key the server accepts.</summary>
    public const string ApiKey = "fake-api-key-93d2";

    /// <summary>The one redirect URI registered for the client.</summary>
    public const string RedirectUri = "https://app.example.com/procountor/callback";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeProcountorServer(WebApplication app, FakeData data, FakeTokens tokens)
    {
        _app = app;
        Data = data;
        Tokens = tokens;
    }

    /// <summary>The server root, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>What the server holds.</summary>
    public FakeData Data { get; }

    /// <summary>Tokens, codes and how many were issued.</summary>
    public FakeTokens Tokens { get; }

    /// <summary>Faults to apply to coming requests.</summary>
    public FaultInjector Faults { get; } = new();

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>Raised when a request has been recorded (before it is answered).</summary>
    public event Action<RecordedRequest>? RequestReceived;

    /// <summary>Starts a server.</summary>
    /// <param name="time">The server's clock for token expiry; share a fake one with the client under test.</param>
    /// <param name="data">The resources; <see cref="FakeData.Seeded"/> when <c>null</c>.</param>
    public static async Task<FakeProcountorServer> StartAsync(TimeProvider? time = null, FakeData? data = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("FAKE_PROCOUNTOR_LOG") == "1")
            builder.Logging.AddConsole();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.RequestHeaderEncodingSelector = _ => System.Text.Encoding.UTF8;
        });
        builder.Services.Configure<RouteOptions>(o => o.SetParameterPolicy<RegexInlineRouteConstraint>("regex"));
        var app = builder.Build();
        var server = new FakeProcountorServer(app, data ?? FakeData.Seeded(), new FakeTokens(time ?? TimeProvider.System));
        server.Map(app);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>Forgets the recorded requests.</summary>
    public void ClearRequests() => _requests.Clear();

    /// <summary>Recorded requests whose path ends with <paramref name="pathSuffix"/>.</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string pathSuffix) =>
        Requests.Where(r => r.Method == method && r.Path.EndsWith(pathSuffix, StringComparison.OrdinalIgnoreCase)).ToArray();

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private void Map(WebApplication app)
    {
        app.Use(RecordAsync);
        app.Use(ApplyFaultAsync);
        app.Use(RequireBearerTokenAsync);
        MapOAuth(app);
        MapApi(app);
    }

    private async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        context.Request.EnableBuffering();
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        context.Request.Body.Position = 0;
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.Select(v => v ?? "").ToArray(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", headers, buffer.ToArray());
        _requests.Enqueue(recorded);
        RequestReceived?.Invoke(recorded);
        await next(context).ConfigureAwait(false);
    }

    private async Task ApplyFaultAsync(HttpContext context, RequestDelegate next)
    {
        switch (Faults.Take(context.Request.Method, context.Request.Path.Value ?? ""))
        {
            case null:
                await next(context).ConfigureAwait(false);
                return;
            case Fault.TooManyRequests t:
                context.Response.Headers.RetryAfter = t.RetryAfter;
                await Respond.Errors(context, 429, "Too many requests").ConfigureAwait(false);
                return;
            case Fault.Status s:
                context.Response.StatusCode = s.Code;
                context.Response.ContentType = s.ContentType;
                await context.Response.WriteAsync(s.Body).ConfigureAwait(false);
                return;
            case Fault.ConnectionReset:
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                context.Response.ContentLength = 10_000;
                await context.Response.WriteAsync("{\"results\":[{\"id\":1,").ConfigureAwait(false);
                await context.Response.Body.FlushAsync().ConfigureAwait(false);
                context.Abort();
                return;
            case Fault.Slow slow:
                try
                {
                    await Task.Delay(slow.Delay, context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                await next(context).ConfigureAwait(false);
                return;
            case Fault.MalformedJson:
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"results\":[{\"id\":1,\"type\":\"SALES_").ConfigureAwait(false);
                return;
            case Fault.ExpiredToken:
                await Respond.Errors(context, 401, "Access token expired").ConfigureAwait(false);
                return;
        }
    }

    private async Task RequireBearerTokenAsync(HttpContext context, RequestDelegate next)
    {
        if (!ApiPath().IsMatch(context.Request.Path.Value ?? "") && context.Request.Path != "/logout")
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !Tokens.IsValidAccessToken(authorization["Bearer ".Length..]))
        {
            await Respond.Errors(context, 401, "Unauthorized").ConfigureAwait(false);
            return;
        }
        await next(context).ConfigureAwait(false);
    }

    [GeneratedRegex("^/(v[0-9]{4}|latest|supported)/api/")]
    private static partial Regex ApiPath();
}
