using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using Procountor.Generator;

namespace Procountor.Benchmarks;

/// <summary>
/// Generating the newest Procountor document through <see cref="CSharpGeneratorDriver"/>, cold and warm, against
/// NSwag's C# client generator on the same document (the baseline).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private string _text = string.Empty;
    private GeneratorInputs _inputs = null!;
    private GeneratorDriver _warm = null!;
    private CSharpCompilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkData.NewestSpecText();
        _inputs = GeneratorInputs.Newest();
        _compilation = GeneratorInputs.EmptyCompilation();
        _warm = _inputs.CreateDriver().RunGenerators(_compilation);
        GeneratorInputs.EnsureGenerated(_warm);
    }

    [Benchmark(Baseline = true)]
    public int NSwagCSharpClient()
    {
        var document = OpenApiDocument.FromJsonAsync(_text).GetAwaiter().GetResult();
        var generator = new CSharpClientGenerator(document, new CSharpClientGeneratorSettings { ClassName = "ProcountorClient" });
        return generator.GenerateFile().Length;
    }

    [Benchmark]
    public int GeneratorCold() => _inputs.CreateDriver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark]
    public int GeneratorWarmNoChange() => _warm.RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;
}

/// <summary>
/// Every bundled version side by side, as the SDK builds them: compiling with the generator in the loop against
/// compiling the same code pre-generated (the baseline). The ratio is the generator's share of the build.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBuildBenchmarks
{
    private GeneratorInputs _inputs = null!;
    private CSharpCompilation _empty = null!;
    private (SourceText Text, string Path)[] _pregenerated = [];

    [GlobalSetup]
    public void Setup()
    {
        _inputs = GeneratorInputs.AllVersions();
        _empty = GeneratorInputs.EmptyCompilation();
        var driver = _inputs.CreateDriver().RunGeneratorsAndUpdateCompilation(_empty, out var output, out _);
        GeneratorInputs.EnsureGenerated(driver);
        _pregenerated = output.SyntaxTrees.Select(t => (t.GetText(), t.FilePath)).ToArray();
    }

    /// <summary>A build of the same code checked in as .cs files: parse, bind, emit.</summary>
    [Benchmark(Baseline = true)]
    public long CompilePregenerated() => Emit(_empty
        .WithAssemblyName("Pregenerated" + Guid.NewGuid().ToString("N"))
        .AddSyntaxTrees(_pregenerated.Select(p => CSharpSyntaxTree.ParseText(p.Text, GeneratorInputs.ParseOptions, p.Path))));

    [Benchmark]
    public long CompileWithGenerator()
    {
        _inputs.CreateDriver().RunGeneratorsAndUpdateCompilation(_empty.WithAssemblyName("Generated" + Guid.NewGuid().ToString("N")), out var output, out _);
        return Emit((CSharpCompilation)output);
    }

    private static long Emit(CSharpCompilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
        }

        return stream.Length;
    }
}

/// <summary>Spec files as a build passes them to the generator: AdditionalFiles with item metadata.</summary>
internal sealed class GeneratorInputs(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options)
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(Procountor.Runtime.ApiException).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    public static CSharpCompilation EmptyCompilation() => CSharpCompilation.Create(
        "Sdk", [], References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));

    public static GeneratorInputs Newest() => From(Versions().TakeLast(1));

    public static GeneratorInputs AllVersions() => From(Versions());

    /// <summary>A benchmark of a generator that failed (a missing dependency, a spec it rejects) would measure nothing.</summary>
    public static void EnsureGenerated(GeneratorDriver driver)
    {
        var result = driver.GetRunResult();
        if (result.GeneratedTrees.Length < 10 || result.Results.Any(r => r.Exception is not null))
        {
            throw new InvalidOperationException("The generator produced nothing: " + string.Join("\n", result.Diagnostics.Concat(result.Results.Select(r => r.Exception?.ToString()).Where(e => e is not null).Select(e => (object)e!))));
        }
    }

    public GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        [new OpenApiGenerator().AsSourceGenerator()], files, ParseOptions, options);

    private static IEnumerable<(string Version, string Path)> Versions()
    {
        var root = Path.Combine(BenchmarkData.RepoRoot(), "specs", "procountor");
        return Directory.GetDirectories(root)
            .Select(d => (Version: Path.GetFileName(d), Path: Path.Combine(d, "openapi.json")))
            .Where(x => File.Exists(x.Path))
            .OrderBy(x => x.Version, StringComparer.Ordinal);
    }

    private static GeneratorInputs From(IEnumerable<(string Version, string Path)> versions)
    {
        var overlay = Path.Combine(BenchmarkData.RepoRoot(), "specs", "procountor", "overlays", "procountor.overlay.yaml");
        var files = new List<AdditionalText> { new FileText(overlay) };
        var metadata = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (version, path) in versions)
        {
            files.Add(new FileText(path));
            metadata[path] = new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.OpenApiSpec"] = "true",
                ["build_metadata.AdditionalFiles.OpenApiNamespace"] = "Procountor.Sdk.V" + version.Replace(".", string.Empty, StringComparison.Ordinal),
                ["build_metadata.AdditionalFiles.OpenApiVersionLabel"] = version,
                ["build_metadata.AdditionalFiles.OpenApiOverlay"] = overlay,
            };
        }

        if (files.Count == 1)
        {
            throw new InvalidOperationException("No specs/procountor/<version>/openapi.json to generate from.");
        }

        return new GeneratorInputs([.. files], new Options(metadata));
    }

    private sealed class FileText(string path) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(File.ReadAllText(path), System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options(Dictionary<string, Dictionary<string, string>> byPath) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values([]);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            byPath.TryGetValue(textFile.Path, out var values) ? new Values(values) : GlobalOptions;

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
