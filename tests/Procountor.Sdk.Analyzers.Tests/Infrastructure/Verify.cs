using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Procountor.Sdk.Analyzers.Tests.Infrastructure;

/// <summary>Roslyn's analyzer and code-fix harness for the migration analyzer, on the test host's framework (nothing is downloaded).</summary>
public sealed class MigrationFixTest : CSharpCodeFixTest<MigrationAnalyzer, MigrationCodeFix, DefaultVerifier>
{
    public MigrationFixTest(string? migrateTo)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(References.All);
        if (migrateTo is not null)
        {
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.ProcountorMigrateTo = {migrateTo}\n"));
        }
    }

    /// <summary>Adds the stand-in generated client to the code before and after the fix.</summary>
    public MigrationFixTest WithClient(string client)
    {
        TestState.Sources.Add(("/generated/Client.g.cs", client));
        FixedState.Sources.Add(("/generated/Client.g.cs", client));
        return this;
    }

    /// <summary>Declares a spec item as the generator's props make it visible: the client in <paramref name="ns"/> is version <paramref name="version"/>.</summary>
    public MigrationFixTest WithSpecItem(string ns, string version)
    {
        TestState.AdditionalFiles.Add(("/specs/openapi.json", "{}"));
        TestState.AnalyzerConfigFiles.Add(("/specs.globalconfig", $"is_global = true\n[/specs/openapi.json]\nbuild_metadata.AdditionalFiles.OpenApiSpec = true\nbuild_metadata.AdditionalFiles.OpenApiNamespace = {ns}\nbuild_metadata.AdditionalFiles.OpenApiVersionLabel = {version}\n"));
        return this;
    }
}
