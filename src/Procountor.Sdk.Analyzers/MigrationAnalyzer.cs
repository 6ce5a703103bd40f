using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Procountor.Sdk.Analyzers;

/// <summary>
/// While a project names the version it moves to (<c>ProcountorMigrateTo</c>), every use of a generated member that
/// is renamed, moved or removed by then gets a diagnostic naming the change and its release-note item.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MigrationAnalyzer : DiagnosticAnalyzer
{
    public const string TargetProperty = "build_property.ProcountorMigrateTo";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [MigrationDiagnostics.UnknownTarget, MigrationDiagnostics.Renamed, MigrationDiagnostics.Removed, MigrationDiagnostics.Moved];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        if (!context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(TargetProperty, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var table = MigrationTable.Default;
        if (!ApiVersionOrder.TryParse(text, out var target) || !table.Versions.Contains(text.Trim()))
        {
            context.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(
                MigrationDiagnostics.UnknownTarget, Location.None, text.Trim(), table.Versions[0], table.Versions[table.Versions.Count - 1])));
            return;
        }

        var versions = ConsumerVersions.Read(context.Options);
        var perVersion = new ConcurrentDictionary<int, Dictionary<string, MigrationRow>>();
        context.RegisterSyntaxNodeAction(
            node => Check(node, target, versions, perVersion, table),
            SyntaxKind.IdentifierName);
    }

    private static void Check(SyntaxNodeAnalysisContext context, int target, ConsumerVersions versions, ConcurrentDictionary<int, Dictionary<string, MigrationRow>> perVersion, MigrationTable table)
    {
        var name = (IdentifierNameSyntax)context.Node;
        var symbol = context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol;
        if (symbol is null || SymbolKey.Of(symbol) is not { } key || versions.Of(key.Namespace) is not { } consumer || consumer >= target)
        {
            return;
        }

        var rows = perVersion.GetOrAdd(consumer, v => table.For(v, target));
        if (!rows.TryGetValue(key.Key, out var row))
        {
            return;
        }

        var location = name.Identifier.GetLocation();
        switch (row.Change)
        {
            case "renamed":
                var properties = ImmutableDictionary<string, string?>.Empty.Add(MigrationDiagnostics.NewNameProperty, row.NewName);
                context.ReportDiagnostic(Diagnostic.Create(MigrationDiagnostics.Renamed, location, properties, row.OldDisplay, row.NewName, row.At, row.Notes));
                break;
            case "moved":
                context.ReportDiagnostic(Diagnostic.Create(MigrationDiagnostics.Moved, location, row.OldDisplay, row.NewType + "." + row.NewMember, row.At, row.Notes));
                break;
            default:
                context.ReportDiagnostic(Diagnostic.Create(MigrationDiagnostics.Removed, location, row.OldDisplay, row.At, row.Notes));
                break;
        }
    }
}

/// <summary>A bound symbol as the table names generated symbols: <c>kind|Type|member|parameter</c>, with its namespace.</summary>
internal readonly struct SymbolKey
{
    private SymbolKey(INamespaceSymbol ns, string key)
    {
        Namespace = ns;
        Key = key;
    }

    public INamespaceSymbol Namespace { get; }

    public string Key { get; }

    public static SymbolKey? Of(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol { ContainingType: null, ContainingNamespace: { } ns } type => new SymbolKey(ns, "type|" + type.Name + "||"),
        IPropertySymbol { ContainingType: { ContainingType: null } owner } property => Member(owner, property.IsStatic && owner.IsValueType ? "enum-member" : "property", property.Name),
        IMethodSymbol { ContainingType: { ContainingType: null } owner, MethodKind: MethodKind.Ordinary } method => Member(owner, "method", method.Name),
        IParameterSymbol { ContainingSymbol: IMethodSymbol { ContainingType: { ContainingType: null } owner } method } parameter =>
            new SymbolKey(owner.ContainingNamespace, "parameter|" + owner.Name + "|" + method.Name + "|" + parameter.Name),
        _ => null,
    };

    private static SymbolKey Member(INamedTypeSymbol owner, string kind, string name) => new(owner.ContainingNamespace, kind + "|" + owner.Name + "|" + name + "|");
}
