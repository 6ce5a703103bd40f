using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Procountor.Generator.Tests.Infrastructure;

namespace Procountor.Generator.Tests;

/// <summary>
/// The generator runs in every build of the SDK with every version side by side, so it must redo only what an edit
/// touched. Scenarios after Mapperly's IncrementalGeneratorTest; checks after NetEscapades.EnumGenerators.
/// </summary>
public class IncrementalTests
{
    private static readonly string Overlay = FeatureRuns.Overlay;

    private static TestAdditionalText[] TwoVersions(string clientText) =>
    [
        TestAdditionalText.Spec("/specs/v1/client.json", clientText, "Tests.V1", overlay: Overlay),
        TestAdditionalText.Spec("/specs/v2/models.json", SpecFiles.Text("models.json"), "Tests.V2", overlay: Overlay),
        new TestAdditionalText(Overlay, SpecFiles.Text("client.overlay.yaml")),
    ];

    [Fact]
    public void A_second_run_with_nothing_changed_reuses_every_step()
    {
        var files = TwoVersions(SpecFiles.Text("client.json"));
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        AssertAllCachedOrUnchanged(second);
        AssertNoCompilationObjects(first);
    }

    [Fact]
    public void An_unrelated_CSharp_edit_regenerates_nothing()
    {
        var files = TwoVersions(SpecFiles.Text("client.json"));
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCachedOrUnchanged(result);
    }

    [Fact]
    public void Editing_one_versions_spec_regenerates_only_that_version()
    {
        var original = SpecFiles.Text("client.json");
        var files = TwoVersions(original);
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var edited = TestAdditionalText.Spec("/specs/v1/client.json", original.Replace("\"partnerName\": { \"type\": \"string\", \"maxLength\": 10 }", "\"partnerName\": { \"type\": \"string\", \"maxLength\": 12 }", StringComparison.Ordinal), "Tests.V1", overlay: Overlay);
        driver = driver.ReplaceAdditionalText(files[0], edited);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parse = result.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, parse.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(1, parse.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        // Only the model whose constraint changed (Invoice, whose maxLength is 10) is emitted again; V2 is untouched.
        var types = result.TrackedSteps[TrackingNames.Types].SelectMany(s => s.Outputs).ToList();
        var modified = types.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).Select(o => o.Value).Cast<object>().Select(Describe).ToList();
        Assert.Equal(["Tests.V1.Invoice"], modified);
        Assert.All(result.TrackedSteps[TrackingNames.Clients].SelectMany(s => s.Outputs), o => Assert.NotEqual(IncrementalStepRunReason.Modified, o.Reason));
    }

    [Fact]
    public void Adding_a_second_spec_leaves_the_first_cached()
    {
        var files = TwoVersions(SpecFiles.Text("client.json"));
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var third = TestAdditionalText.Spec("/specs/v3/unions.yaml", SpecFiles.Text("unions.yaml"), "Tests.V3");
        var result = driver.AddAdditionalTexts([third])
            .WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider([.. files, third]))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        var parse = result.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, parse.Count(o => o.Reason == IncrementalStepRunReason.New));
        Assert.Equal(2, parse.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void A_change_that_only_moves_a_diagnostic_emits_no_source()
    {
        const string Spec = """
            {"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "paths": {},
             "components": {"schemas": {"A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/Missing"}}}}}}
            """;
        var files = new[] { TestAdditionalText.Spec("/specs/x.json", Spec, "Tests.X") };
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        // The same document one line lower: the diagnostic moves, the code does not.
        var shifted = TestAdditionalText.Spec("/specs/x.json", "\n" + Spec, "Tests.X");
        var result = driver.ReplaceAdditionalText(files[0], shifted).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.Diagnostics].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.Documents].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.Types].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(2, result.Diagnostics.Single().Location.GetLineSpan().StartLinePosition.Line);
    }

    private static string Describe(object value) => value switch
    {
        Model.TypeFile file => file.Namespace + "." + file.Type.Name,
        _ => value.ToString() ?? string.Empty,
    };

    private static void AssertAllCachedOrUnchanged(GeneratorRunResult result)
    {
        foreach (var name in TrackingNames.All)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), "step " + name + " is not tracked");
            foreach (var step in result.TrackedSteps[name])
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} was {reason}");
                }
            }
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    /// <summary>Walks every step's output graph: a Compilation, symbol or syntax node in a model defeats caching.</summary>
    private static void AssertNoCompilationObjects(GeneratorRunResult result)
    {
        foreach (var step in result.TrackedSteps.Values.SelectMany(s => s))
        {
            foreach (var (value, _) in step.Outputs)
            {
                Walk(value, new HashSet<object>(ReferenceEqualityComparer.Instance), step.Name ?? "?");
            }
        }
    }

    private static void Walk(object? node, HashSet<object> visited, string path)
    {
        if (node is null || node is string || node.GetType().IsPrimitive || node.GetType().IsEnum || !visited.Add(node))
        {
            return;
        }

        Assert.False(node is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel, $"{path} holds a {node.GetType().Name}");
        if (node is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, visited, path + "[" + i++ + "]");
            }

            return;
        }

        foreach (var field in node.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(node), visited, path + "." + field.Name);
        }
    }
}
