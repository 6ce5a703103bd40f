using Procountor.Generator.Tests.Infrastructure;

namespace Procountor.Generator.Tests;

public class FirstLookTests
{
    [Fact]
    public void Models_compile()
    {
        var run = GeneratorHarness.Run(SpecFiles.Feature("models.json"));
        foreach (var (hint, text) in run.Sources)
        {
            File.WriteAllText(Path.Combine("/tmp/gen-out", hint), text);
        }

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity > Microsoft.CodeAnalysis.DiagnosticSeverity.Info).Select(d => d.ToString()));
        File.WriteAllText("/tmp/gen-out/diag.txt", string.Join("\n", run.CompilationDiagnostics.Select(d => d.ToString())));
        Assert.Equal("", string.Join("\n", run.CompilationDiagnostics.Select(d => d.ToString())));
    }
}
