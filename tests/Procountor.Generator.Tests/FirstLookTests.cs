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
