using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Procountor.Benchmarks.Floor;
using Procountor.Sdk;

namespace Procountor.Benchmarks;

/// <summary>
/// One complete search request (200 invoices) through each client against an in-process handler answering the same
/// bytes: the SDK's <c>V2312.Invoices.SearchInvoiceAsync</c> through its whole pipeline (telemetry, retry, authentication,
/// timeout, buffering), against the floor of a hand-written <see cref="HttpClient"/> call read by System.Text.Json's
/// source generator (the baseline) and NSwag's generated client. Same goals as the deserialisation benchmarks.
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

        var peer = NSwagPeer.For("23.12");
        _nswagHttp = new HttpClient(_handler, disposeHandler: false);
        // NSwag's client has no authentication of its own; a default header is the cheapest way to send the token.
        _nswagHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var client = peer.CreateClient(_nswagHttp, Host + "/v2312/api");
        _nswag = peer.Operation(client, "SearchInvoiceAsync", new Dictionary<string, object?> { ["size"] = (int?)SdkPayloads.PageSize });

        var floor = Check("floor", Floor().GetAwaiter().GetResult());
        var sdk = Check("SDK", Sdk().GetAwaiter().GetResult());
        var nswagTask = NSwag();
        nswagTask.GetAwaiter().GetResult();
        var nswag = Check("NSwag", nswagTask.GetType().GetProperty("Result")!.GetValue(nswagTask)!);
        SdkReading.Agree("search request", ("floor", floor), ("SDK", sdk), ("NSwag", nswag));
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

    [Benchmark]
    public Task NSwag() => _nswag();

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
