using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using NJsonSchema.CodeGeneration.CSharp;
using Procountor.Benchmarks.Floor;
using Procountor.Sdk;

namespace Procountor.Benchmarks;

/// <summary>
/// One complete search request (200 invoices) through each client against an in-process handler answering the same
/// bytes: the SDK's <c>V2312.Invoices.SearchInvoiceAsync</c> through its whole pipeline (telemetry, retry, authentication,
/// timeout, buffering), against the floor of a hand-written <see cref="HttpClient"/> call read by System.Text.Json's
/// source generator (the baseline) and NSwag's generated client (on System.Text.Json,
/// its best, and on Newtonsoft.Json, its default). Same goals as the deserialisation benchmarks.
/// </summary>
[MemoryDiagnoser]
// Setting up compiles NSwag's client with Roslyn, which leaves the JIT busy: the readers reach their optimised tier
// only after a few iterations, and the quick job's two warm-ups would measure tier 0.
[WarmupCount(8)]
public class SdkRequestBenchmarks
{
    private const string Host = "https://api.example.test";
    private const string Token = "benchmark-access-token";

    private CannedJsonHandler _handler = null!;
    private HttpClient _floor = null!;
    private ServiceProvider _services = null!;
    private ProcountorClient _sdk = null!;
    private HttpClient _nswagHttp = null!;
    private Func<Task> _nswag = null!;
    private Func<Task> _nswagNewtonsoft = null!;

    [GlobalSetup]
    public void Setup()
    {
        _handler = new CannedJsonHandler(SdkPayloads.SearchPage);
        _floor = new HttpClient(_handler, disposeHandler: false) { BaseAddress = new Uri(Host + "/v2312/api/") };

        var store = new InMemoryTokenStore();
        // A token valid for the whole run: the benchmark measures API calls, not the token endpoint.
        store.SaveAsync(new ProcountorTokens(Token, DateTimeOffset.UtcNow.AddDays(1)), CancellationToken.None).AsTask().GetAwaiter().GetResult();
        var services = new ServiceCollection();
        services.AddSingleton<ITokenStore>(store);
        services.AddProcountor(options =>
            {
                options.BaseUrl = new Uri(Host);
                options.ClientId = "benchmark";
                options.ClientSecret = "benchmark-secret";
                options.ApiKey = "benchmark-key";
                // The vendor's 20 requests per second would make the limiter's queue the figure; the benchmark measures
                // the client. Retries, timeouts and everything else stay on their defaults.
                options.RateLimit.RequestsPerSecond = 0;
            })
            .ConfigurePrimaryHttpMessageHandler(() => _handler);
        _services = services.BuildServiceProvider();
        _sdk = _services.GetRequiredService<ProcountorClient>();

        _nswagHttp = new HttpClient(_handler, disposeHandler: false);
        // NSwag's client has no authentication of its own; a default header is the cheapest way to send the token.
        _nswagHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        _nswag = NSwagSearch(NSwagPeer.For("23.12"));
        _nswagNewtonsoft = NSwagSearch(NSwagPeer.For("23.12", CSharpJsonLibrary.NewtonsoftJson));

        SdkReading.Agree(
            "search request",
            ("floor", Check("floor", Floor().GetAwaiter().GetResult())),
            ("SDK", Check("SDK", Sdk().GetAwaiter().GetResult())),
            ("NSwag", Check("NSwag", ResultOf(NSwag()))),
            ("NSwag on Newtonsoft.Json", Check("NSwag on Newtonsoft.Json", ResultOf(NSwagNewtonsoft()))));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _floor.Dispose();
        _nswagHttp.Dispose();
        _handler.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<InvoiceSearchResult> Floor()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "invoices?size=200");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await _floor.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
            return (await JsonSerializer.DeserializeAsync(stream, FloorJsonContext.Default.InvoiceSearchResult).ConfigureAwait(false))!;
    }

    [Benchmark]
    public async Task<Procountor.Sdk.V2312.InvoiceSearchResult> Sdk() =>
        (await _sdk.V2312.Invoices.SearchInvoiceAsync(size: SdkPayloads.PageSize).ConfigureAwait(false)).Value;

    /// <summary>NSwag at its best: its client generated for System.Text.Json. The goal's peer.</summary>
    [Benchmark]
    public Task NSwag() => _nswag();

    /// <summary>NSwag as it comes: its default JSON library, Newtonsoft.Json.</summary>
    [Benchmark]
    public Task NSwagNewtonsoft() => _nswagNewtonsoft();

    private Func<Task> NSwagSearch(NSwagPeer peer) =>
        peer.Operation(peer.CreateClient(_nswagHttp, Host + "/v2312/api"), "SearchInvoiceAsync", new Dictionary<string, object?> { ["size"] = (int?)SdkPayloads.PageSize });

    private static object ResultOf(Task task)
    {
        task.GetAwaiter().GetResult();
        return task.GetType().GetProperty("Result")!.GetValue(task)!;
    }

    // Each contender must have sent an authenticated search for one page of 200 and read the whole page.
    private SdkReading Check(string contender, object page)
    {
        var (uri, token) = _handler.Last;
        if (token != Token || uri is null || !uri.AbsolutePath.EndsWith("/v2312/api/invoices", StringComparison.Ordinal) || !uri.Query.Contains("size=200", StringComparison.Ordinal))
            throw new InvalidOperationException($"{contender} sent {uri} with token '{token}', not an authenticated search of one page.");
        return page switch
        {
            InvoiceSearchResult floor => SdkReading.Of(floor),
            Procountor.Sdk.V2312.InvoiceSearchResult sdk => SdkReading.Of(sdk),
            _ => SdkReading.OfNSwagPage(page),
        };
    }
}
