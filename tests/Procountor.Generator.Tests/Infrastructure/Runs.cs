using Microsoft.CodeAnalysis;

namespace Procountor.Generator.Tests.Infrastructure;

/// <summary>The focused feature specs, generated once per test run and shared by every test class that needs them.</summary>
public sealed class FeatureRuns
{
    public const string Overlay = "/specs/client.overlay.yaml";

    public static readonly string[] Names = ["models.json", "client.json", "unions.yaml"];

    private readonly Dictionary<string, GeneratedRun> _runs = new(StringComparer.Ordinal);

    public GeneratedRun this[string name]
    {
        get
        {
            lock (_runs)
            {
                if (!_runs.TryGetValue(name, out var run))
                {
                    _runs[name] = run = GeneratorHarness.Run(Inputs(name));
                }

                return run;
            }
        }
    }

    /// <summary>The spec (namespace <c>Tests.&lt;Name&gt;</c>) and the overlay with the paging convention.</summary>
    public static TestAdditionalText[] Inputs(string name) =>
    [
        TestAdditionalText.Spec("/specs/" + name, SpecFiles.Text(name), "Tests." + Namespace(name), overlay: Overlay),
        new TestAdditionalText(Overlay, SpecFiles.Text("client.overlay.yaml")),
    ];

    public static string Namespace(string name) => char.ToUpperInvariant(name[0]) + Path.GetFileNameWithoutExtension(name)[1..];
}

/// <summary>Every Procountor document in specs/, side by side in one compilation (a namespace per version), as the SDK builds them.</summary>
public sealed class ProcountorRun
{
    private readonly Lazy<GeneratedRun> _run;

    public ProcountorRun()
    {
        Documents = SpecFiles.ProcountorDocuments();
        _run = new Lazy<GeneratedRun>(() => GeneratorHarness.Run(Inputs().ToArray()));
    }

    public IReadOnlyList<(string Version, string Path)> Documents { get; }

    public GeneratedRun Run => _run.Value;

    public IEnumerable<TestAdditionalText> Inputs()
    {
        var overlay = SpecFiles.OverlayPath();
        yield return new TestAdditionalText(overlay, File.ReadAllText(overlay));
        foreach (var (version, path) in Documents)
        {
            yield return TestAdditionalText.Spec(path, File.ReadAllText(path), "Procountor.Sdk." + SpecFiles.VersionNamespace(version), overlay: overlay, versionLabel: version);
        }
    }

    public static string Render(GeneratedRun run, Func<string, bool>? include = null) => string.Concat(
        run.Sources.Where(s => include?.Invoke(s.HintName) ?? true)
            .Select(s => "// ===== " + s.HintName + "\n" + s.Text.Replace("\"" + Emitting.FileHeader.ToolVersion + "\"", "\"{version}\"", StringComparison.Ordinal)));

    public static IEnumerable<Diagnostic> Problems(GeneratedRun run) =>
        run.GeneratorDiagnostics.Where(d => d.Severity > DiagnosticSeverity.Info).Concat(run.CompilationDiagnostics);
}

[CollectionDefinition(Name)]
public sealed class GeneratedCollection : ICollectionFixture<FeatureRuns>, ICollectionFixture<ProcountorRun>
{
    public const string Name = "Generated code";
}
