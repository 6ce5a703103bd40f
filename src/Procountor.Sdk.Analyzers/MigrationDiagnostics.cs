using Microsoft.CodeAnalysis;

namespace Procountor.Sdk.Analyzers;

/// <summary>Every diagnostic of the migration analyzer. IDs are tracked in AnalyzerReleases.*.md; never reuse one.</summary>
internal static class MigrationDiagnostics
{
    public const string Category = "Procountor.Migration";

    /// <summary>Diagnostic property: the name the code fix writes (renames).</summary>
    public const string NewNameProperty = "NewName";

    public static readonly DiagnosticDescriptor UnknownTarget = Create(
        "PCM000", "Unknown migration target", "ProcountorMigrateTo is '{0}', which is not a version this analyzer knows ({1} to {2})");

    public static readonly DiagnosticDescriptor Renamed = Create(
        "PCM001", "Member renamed in the target version", "`{0}` is renamed `{1}` in {2} ({3})");

    public static readonly DiagnosticDescriptor Removed = Create(
        "PCM002", "Member removed in the target version", "`{0}` is removed in {1} ({2})");

    public static readonly DiagnosticDescriptor Moved = Create(
        "PCM003", "Member moved in the target version", "`{0}` moves to `{1}` in {2} ({3})");

    private static DiagnosticDescriptor Create(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "Reported while ProcountorMigrateTo names the version a project is moving to; run `procountor migrate --project` for the whole picture.",
            helpLinkUri: "https://github.com/procountor-sdk/procountor-sdk/blob/main/tools/Procountor.Migration/README.md#" + id.ToLowerInvariant());
}
