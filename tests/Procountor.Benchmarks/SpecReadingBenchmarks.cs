using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Procountor.OpenApi.Reading;

namespace Procountor.Benchmarks;

/// <summary>Reading a spec into our position-aware tree against the floor of System.Text.Json's JsonDocument.</summary>
[MemoryDiagnoser]
public class SpecReadingBenchmarks
{
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = BenchmarkData.NewestSpecText();

    [Benchmark(Baseline = true)]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_text);
        return document.RootElement.GetArrayLength_OrPropertyCount();
    }

    [Benchmark]
    public int SpecReaderRead() => SpecReader.Read(_text, SpecFormat.Json).Root!.Count;
}
