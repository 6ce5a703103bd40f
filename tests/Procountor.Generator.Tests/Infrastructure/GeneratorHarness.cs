using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Procountor.Generator.Tests.Infrastructure;

/// <summary>Runs the generator through <see cref="CSharpGeneratorDriver"/> and compiles what it emits, as a build would.</summary>
public static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>The framework (the test host's, which includes ASP.NET Core) plus Procountor.Runtime.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation EmptyCompilation(string name = "Generated", params SyntaxTree[] trees) => CSharpCompilation.Create(
        name,
        trees,
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error)
            .WithSpecificDiagnosticOptions([new("CS1591", ReportDiagnostic.Error)]));

    public static GeneratorDriver CreateDriver(IEnumerable<TestAdditionalText> files, bool trackSteps = true, IReadOnlyDictionary<string, string>? globals = null)
    {
        var list = files.ToList();
        return CSharpGeneratorDriver.Create(
            [new OpenApiGenerator().AsSourceGenerator()],
            list.Cast<AdditionalText>(),
            ParseOptions,
            new TestOptionsProvider(list, globals),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Generates from <paramref name="files"/> and returns the run plus the compilation that includes the output.</summary>
    public static GeneratedRun Run(params TestAdditionalText[] files)
    {
        var compilation = EmptyCompilation();
        var driver = CreateDriver(files).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratedRun(driver.GetRunResult(), (CSharpCompilation)output, generatorDiagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "System.dll" or "mscorlib.dll" or "netstandard.dll" or "Microsoft.Win32.Primitives.dll"))
            .Append(typeof(Procountor.Runtime.ApiException).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}

/// <summary>A generator run: the driver's result, the compilation with the generated code, and the generator's diagnostics.</summary>
public sealed record GeneratedRun(GeneratorDriverRunResult Result, CSharpCompilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>Generated files by hint name, ordinal order.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources =>
        Result.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    /// <summary>Every compiler diagnostic of the generated code (warnings included: generated code must have none).</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics =>
        Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError).ToList();

    public string Source(string hintNameEnd) => Sources.Single(s => s.HintName.EndsWith(hintNameEnd, StringComparison.Ordinal)).Text;
}
