using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Procountor.Generator;
using Procountor.Sdk.Analyzers.Tests.Infrastructure;

namespace Procountor.Sdk.Analyzers.Tests;

/// <summary>
/// The sample consumer (tests/Procountor.Migration.Sample, written against 20.01) through the real generator: the
/// analyzer flags its renamed and removed members, and after every fix it compiles against 23.12.
/// </summary>
public sealed class SampleMigrationTests
{
    private const string Namespace = "Contoso.Accounting.Procountor";

    [Fact]
    public async Task The_fixed_sample_compiles_against_the_target_version()
    {
        var before = Generate("20.01");
        var project = SampleProject(before, "20.01", "23.12");

        var diagnostics = await Analyze(project);
        Assert.Equal(
        [
            "Catalogue.cs:10 PCM001 `ProductsApi.GetProductsAsync(limit)` is renamed `size` in 21.04 (21.04-06)",
            "Catalogue.cs:11 PCM001 `ProductSearchResult.Products` is renamed `Results` in 21.04 (21.04-06)",
            "Catalogue.cs:19 PCM001 `LedgerReceiptBasicInfo.ReceiptId` is renamed `Id` in 20.12 (20.05-07,20.12-08)",
            "InvoicePayments.cs:14 PCM001 `PaymentInfo.ReferenceCode` is renamed `BankReferenceCode` in 20.06 (20.06-02)",
            "InvoicePayments.cs:15 PCM001 `PaymentInfo.GeneratedReferenceType` is renamed `BankReferenceCodeType` in 20.06 (20.06-03)",
            "InvoicePayments.cs:15 PCM001 `PaymentInfoGeneratedReferenceType` is renamed `PaymentInfoBankReferenceCodeType` in 20.06 (20.06-03)",
            "InvoicePayments.cs:19 PCM001 `PaymentInfo.ReferenceCode` is renamed `BankReferenceCode` in 20.06 (20.06-02)",
            "InvoicePayments.cs:23 PCM002 `BusinessPartnerPaymentDetails.CashDiscountDays` is removed in 23.12 (23.12-01)",
            "InvoicePayments.cs:24 PCM002 `BusinessPartnerPaymentDetails.CashDiscountPercentage` is removed in 23.12 (23.12-01)",
        ],
        diagnostics.Select(Describe));

        var fixedProject = await FixAll(project, diagnostics);

        var after = Generate("23.12");
        var compilation = CSharpCompilation.Create(
            "Sample",
            [.. (await Task.WhenAll(fixedProject.Documents.Where(d => !d.Folders.Contains("generated")).Select(d => d.GetSyntaxTreeAsync()))).OfType<SyntaxTree>(), .. after],
            References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>The client of one version, generated into the sample's namespace as its build does.</summary>
    private static ImmutableArray<SyntaxTree> Generate(string version)
    {
        var root = References.RepoRoot();
        var spec = Path.Combine(root, "specs", "procountor", version, "openapi.json");
        var overlay = Path.Combine(root, "specs", "procountor", "overlays", "procountor.overlay.yaml");
        InMemoryAdditionalText[] files =
        [
            new(spec, File.ReadAllText(spec), new Dictionary<string, string> { ["OpenApiSpec"] = "true", ["OpenApiNamespace"] = Namespace, ["OpenApiVersionLabel"] = version, ["OpenApiOverlay"] = overlay }),
            new(overlay, File.ReadAllText(overlay), new Dictionary<string, string>()),
        ];
        var driver = CSharpGeneratorDriver.Create([new OpenApiGenerator().AsSourceGenerator()], files, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), new InMemoryOptions(files, new Dictionary<string, string>()));
        var result = driver.RunGenerators(CSharpCompilation.Create("Client", references: References.All)).GetRunResult();
        var trees = result.GeneratedTrees.Where(t => !t.FilePath.Contains("GlobalUsings", StringComparison.Ordinal)).ToImmutableArray();
        Assert.True(trees.Length > 0, string.Join("\n", result.Diagnostics));
        return trees;
    }

    private static Project SampleProject(ImmutableArray<SyntaxTree> client, string version, string migrateTo)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "Sample", "Sample", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            metadataReferences: References.All));
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Sample"), "*.cs").Order(StringComparer.Ordinal))
        {
            project = project.AddDocument(Path.GetFileName(file), SourceText.From(File.ReadAllText(file)), filePath: file).Project;
        }

        project = project.AddDocument("GlobalUsings.g.cs", "global using System; global using System.Collections.Generic; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;", ["obj"]).Project;
        foreach (var tree in client)
        {
            project = project.AddDocument(Path.GetFileName(tree.FilePath), tree.GetText(), ["generated"]).Project;
        }

        // The spec item as the sample's project file declares it, with the metadata the generator's props make visible.
        const string spec = "/specs/procountor/openapi.json";
        project = project.AddAdditionalDocument("openapi.json", SourceText.From("{}"), filePath: spec).Project;
        var config = $"is_global = true\nbuild_property.ProcountorMigrateTo = {migrateTo}\n[{spec}]\nbuild_metadata.AdditionalFiles.OpenApiSpec = true\n"
            + $"build_metadata.AdditionalFiles.OpenApiNamespace = {Namespace}\nbuild_metadata.AdditionalFiles.OpenApiVersionLabel = {version}\n";
        return project.AddAnalyzerConfigDocument(".globalconfig", SourceText.From(config), filePath: "/.globalconfig").Project;
    }

    private static async Task<ImmutableArray<Diagnostic>> Analyze(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var diagnostics = await compilation.WithAnalyzers([new MigrationAnalyzer()], project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        return [.. diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)];
    }

    /// <summary>
    /// Applies the code fix to every diagnostic it offers one for. Each file is fixed from its end backwards, so that
    /// the positions of the diagnostics still to fix stay where the analysis found them.
    /// </summary>
    private static async Task<Project> FixAll(Project project, ImmutableArray<Diagnostic> diagnostics)
    {
        var fix = new MigrationCodeFix();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenByDescending(d => d.Location.SourceSpan.Start))
        {
            var document = project.Documents.Single(d => d.FilePath == diagnostic.Location.SourceTree!.FilePath);
            var actions = new List<CodeAction>();
            await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            Assert.Single(actions);
            var operation = (await actions[0].GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
            project = operation.ChangedSolution.GetProject(project.Id)!;
        }

        return project;
    }

    private static string Describe(Diagnostic d) =>
        $"{Path.GetFileName(d.Location.SourceTree!.FilePath)}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
}
