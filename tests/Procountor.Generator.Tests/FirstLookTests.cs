using Procountor.Generator.Tests.Infrastructure;

namespace Procountor.Generator.Tests;

public class FirstLookTests
{
    [Theory]
    [InlineData("models.json")]
    [InlineData("client.json")]
    [InlineData("unions.yaml")]
    public void Compiles(string spec)
    {
        var overlay = new TestAdditionalText("/specs/client.overlay.yaml", SpecFiles.Text("client.overlay.yaml"));
        var file = SpecFiles.Feature(spec);
        file = TestAdditionalText.Spec(file.Path, SpecFiles.Text(spec), "Tests.X" + Path.GetFileNameWithoutExtension(spec), overlay: "/specs/client.overlay.yaml");
        var run = GeneratorHarness.Run(file, overlay);
        foreach (var (hint, text) in run.Sources)
        {
            File.WriteAllText(Path.Combine("/tmp/gen-out", hint), text);
        }

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity > Microsoft.CodeAnalysis.DiagnosticSeverity.Info).Select(d => d.ToString()));
        File.WriteAllText("/tmp/gen-out/diag-" + spec + ".txt", string.Join("\n", run.CompilationDiagnostics.Select(d => d.ToString())));
        Assert.Equal("", string.Join("\n", run.CompilationDiagnostics.Select(d => d.ToString())));
    }
}

public class FirstLookProcountor
{
    [Fact]
    public void Procountor_compiles()
    {
        var (version, path) = SpecFiles.ProcountorDocuments().Last();
        var overlay = new TestAdditionalText(SpecFiles.OverlayPath(), File.ReadAllText(SpecFiles.OverlayPath()));
        var spec = TestAdditionalText.Spec(path, File.ReadAllText(path), "Procountor.Sdk." + SpecFiles.VersionNamespace(version), overlay: SpecFiles.OverlayPath(), versionLabel: version);
        var run = GeneratorHarness.Run(spec, overlay);
        Directory.CreateDirectory("/tmp/gen-pc");
        foreach (var (hint, text) in run.Sources)
        {
            File.WriteAllText(Path.Combine("/tmp/gen-pc", hint), text);
        }

        File.WriteAllText("/tmp/gen-pc/diag.txt", string.Join("\n", run.GeneratorDiagnostics.Concat(run.CompilationDiagnostics).Select(d => d.ToString())));
        Assert.Empty(run.CompilationDiagnostics);
    }
}
