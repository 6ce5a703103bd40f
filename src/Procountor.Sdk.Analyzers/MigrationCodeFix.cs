using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Procountor.Sdk.Analyzers;

/// <summary>
/// Applies what the migration analyzer reports where the honest fix is mechanical: a rename writes the new name;
/// a removed property set in an object initializer loses the assignment. Moves and other removals need a person.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MigrationCodeFix)), Shared]
public sealed class MigrationCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [MigrationDiagnostics.Renamed.Id, MigrationDiagnostics.Removed.Id];

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var token = root.FindToken(diagnostic.Location.SourceSpan.Start);
            if (token.Parent is not IdentifierNameSyntax name)
            {
                continue;
            }

            if (diagnostic.Id == MigrationDiagnostics.Renamed.Id && diagnostic.Properties.TryGetValue(MigrationDiagnostics.NewNameProperty, out var newName) && !string.IsNullOrEmpty(newName))
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Rename to {newName}", ct => Rename(context.Document, name, newName!, ct), equivalenceKey: "Rename"),
                    diagnostic);
            }
            else if (diagnostic.Id == MigrationDiagnostics.Removed.Id && InitializerAssignment(name) is { } assignment)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Remove the assignment of {name.Identifier.ValueText}", ct => Remove(context.Document, assignment, ct), equivalenceKey: "RemoveAssignment"),
                    diagnostic);
            }
        }
    }

    /// <summary>The <c>Member = value</c> of an object initializer whose member is <paramref name="name"/>.</summary>
    private static AssignmentExpressionSyntax? InitializerAssignment(IdentifierNameSyntax name) =>
        name.Parent is AssignmentExpressionSyntax assignment && assignment.Left == name && assignment.Parent is InitializerExpressionSyntax initializer
        && initializer.IsKind(SyntaxKind.ObjectInitializerExpression) ? assignment : null;

    private static async Task<Document> Rename(Document document, IdentifierNameSyntax name, string newName, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var renamed = name.WithIdentifier(SyntaxFactory.Identifier(name.Identifier.LeadingTrivia, newName, name.Identifier.TrailingTrivia));
        return document.WithSyntaxRoot(root!.ReplaceNode(name, renamed));
    }

    private static async Task<Document> Remove(Document document, AssignmentExpressionSyntax assignment, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        // The assignment takes its comma with it; the lines around keep their layout.
        return document.WithSyntaxRoot(root!.RemoveNode(assignment, SyntaxRemoveOptions.KeepNoTrivia)!);
    }
}
