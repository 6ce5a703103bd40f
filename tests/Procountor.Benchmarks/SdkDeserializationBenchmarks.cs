using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NJsonSchema.CodeGeneration.CSharp;
using Procountor.Benchmarks.Floor;
using Procountor.Runtime.Json;

namespace Procountor.Benchmarks;

/// <summary>
/// Reading a 200-invoice search page (UTF-8 bytes) into the SDK's generated 23.12 models, against the floor of
/// hand-written POCOs read by System.Text.Json's source generator (the baseline) and NSwag's generated models (on
/// System.Text.Json, its best, and on Newtonsoft.Json, its default).
/// Goals: within 1.2× of the floor in time and allocations; at least 2× faster than NSwag.
/// </summary>
[MemoryDiagnoser]
// Setting up compiles NSwag's client with Roslyn, which leaves the JIT busy: the readers reach their optimised tier
// only after a few iterations, and the quick job's two warm-ups would measure tier 0.
[WarmupCount(8)]
public class SdkSearchPageDeserializationBenchmarks
{
    private byte[] _json = [];
    private Func<byte[], object> _nswag = null!;
    private Func<byte[], object> _nswagNewtonsoft = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = SdkPayloads.SearchPage;
        _nswag = NSwagPeer.For("23.12").Deserializer("InvoiceSearchResult");
        _nswagNewtonsoft = NSwagPeer.For("23.12", CSharpJsonLibrary.NewtonsoftJson).Deserializer("InvoiceSearchResult");
        SdkReading.Agree(
            "200-invoice search page",
            ("floor", SdkReading.Of(Floor())),
            ("SDK", SdkReading.Of(Sdk())),
            ("NSwag", SdkReading.OfNSwagPage(NSwag())),
            ("NSwag on Newtonsoft.Json", SdkReading.OfNSwagPage(NSwagNewtonsoft())));
    }

    [Benchmark(Baseline = true)]
    public InvoiceSearchResult Floor() => JsonSerializer.Deserialize(_json, FloorJsonContext.Default.InvoiceSearchResult)!;

    /// <summary>What the generated client does with an answer: the model's own generated reader.</summary>
    [Benchmark]
    public Procountor.Sdk.V2312.InvoiceSearchResult Sdk() => JsonModel.Deserialize<Procountor.Sdk.V2312.InvoiceSearchResult>(_json);

    /// <summary>NSwag at its best: its client generated for System.Text.Json. The goal's peer.</summary>
    [Benchmark]
    public object NSwag() => _nswag(_json);

    /// <summary>NSwag as it comes: its default JSON library, Newtonsoft.Json.</summary>
    [Benchmark]
    public object NSwagNewtonsoft() => _nswagNewtonsoft(_json);
}

/// <summary>
/// Reading one full invoice (25 rows, addresses, dates, decimals): the SDK against the same floor and NSwag. Same goals.
/// </summary>
[MemoryDiagnoser]
// Setting up compiles NSwag's client with Roslyn, which leaves the JIT busy: the readers reach their optimised tier
// only after a few iterations, and the quick job's two warm-ups would measure tier 0.
[WarmupCount(8)]
public class SdkInvoiceDeserializationBenchmarks
{
    private byte[] _json = [];
    private Func<byte[], object> _nswag = null!;
    private Func<byte[], object> _nswagNewtonsoft = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = SdkPayloads.Invoice;
        _nswag = NSwagPeer.For("23.12").Deserializer("Invoice");
        _nswagNewtonsoft = NSwagPeer.For("23.12", CSharpJsonLibrary.NewtonsoftJson).Deserializer("Invoice");
        SdkReading.Agree(
            "full invoice",
            ("floor", SdkReading.Of(Floor())),
            ("SDK", SdkReading.Of(Sdk())),
            ("NSwag", SdkReading.OfNSwagInvoice(NSwag())),
            ("NSwag on Newtonsoft.Json", SdkReading.OfNSwagInvoice(NSwagNewtonsoft())));
    }

    [Benchmark(Baseline = true)]
    public Invoice Floor() => JsonSerializer.Deserialize(_json, FloorJsonContext.Default.Invoice)!;

    [Benchmark]
    public Procountor.Sdk.V2312.Invoice Sdk() => JsonModel.Deserialize<Procountor.Sdk.V2312.Invoice>(_json);

    /// <summary>NSwag at its best: its client generated for System.Text.Json. The goal's peer.</summary>
    [Benchmark]
    public object NSwag() => _nswag(_json);

    /// <summary>NSwag as it comes: its default JSON library, Newtonsoft.Json.</summary>
    [Benchmark]
    public object NSwagNewtonsoft() => _nswagNewtonsoft(_json);
}
