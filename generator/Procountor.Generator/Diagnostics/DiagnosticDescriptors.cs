using Microsoft.CodeAnalysis;

namespace Procountor.Generator;

/// <summary>Every diagnostic the generator reports. IDs are tracked in AnalyzerReleases.*.md; never reuse one.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Procountor.Generator";

    public static readonly DiagnosticDescriptor UnreadableSpec = Create(
        "PCG001", "Spec cannot be read", "{0}: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NotOpenApi3 = Create(
        "PCG002", "Not an OpenAPI 3 document", "{0} is not an OpenAPI 3.0 or 3.1 document ({1}); nothing is generated from it", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "PCG003", "Reference cannot be resolved", "$ref '{0}' {1}; the value is kept as raw JSON", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ReferenceCycle = Create(
        "PCG004", "Reference cycle", "$ref '{0}' is part of a cycle of references that never reaches a schema; the value is kept as raw JSON", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateOperationId = Create(
        "PCG005", "Duplicate operationId", "operationId '{0}' is used by more than one operation; this one is generated as {1}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NameCollision = Create(
        "PCG006", "Names collide in C#", "'{0}' becomes the C# name {1}, which an earlier part already has; it is generated as {2}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor EnumMemberCollision = Create(
        "PCG007", "Enum values collide in C#", "Enum value '{0}' would be the member {1}, which an earlier value already has; it is generated as {2} (the raw value is kept)", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor Unsupported = Create(
        "PCG008", "Construct not supported", "{0}; {1}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor OverlayProblem = Create(
        "PCG009", "Overlay problem", "{0}", DiagnosticSeverity.Warning);

    private static readonly Dictionary<string, DiagnosticDescriptor> All = new[]
    {
        UnreadableSpec, NotOpenApi3, UnresolvedReference, ReferenceCycle, DuplicateOperationId, NameCollision,
        EnumMemberCollision, Unsupported, OverlayProblem,
    }.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static DiagnosticDescriptor ById(string id) => All[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description: "See generator/Procountor.Generator/README.md, section " + id + ".");
}
