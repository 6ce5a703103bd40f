using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Procountor.Generator.Emitting;
using Procountor.Generator.Model;
using Procountor.Generator.Parsing;

namespace Procountor.Generator;

public sealed partial class OpenApiGenerator
{
    private const string Metadata = "build_metadata.AdditionalFiles.";

    private static SpecSource? ReadSpec(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var metadata = options.GetOptions(file);
        if (!metadata.TryGetValue(Metadata + "OpenApiSpec", out var flag) || !flag.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        options.GlobalOptions.TryGetValue("build_property.ProjectDir", out var projectDir);
        var overlay = Value(metadata, "OpenApiOverlay");
        return new SpecSource(
            file.Path,
            text,
            Value(metadata, "OpenApiNamespace"),
            Value(metadata, "OpenApiClientName"),
            Value(metadata, "OpenApiVersionLabel"),
            overlay is null ? null : PathRules.Resolve(overlay, projectDir is { Length: > 0 } ? projectDir : PathRules.DirectoryOf(file.Path)),
            rootNamespace ?? string.Empty);

        static string? Value(AnalyzerConfigOptions metadata, string key) =>
            metadata.TryGetValue(Metadata + key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }

    private static OverlaySource? ReadOverlay(AdditionalText file, EquatableArray<string> wanted, CancellationToken cancellationToken)
    {
        var path = PathRules.Normalize(file.Path);
        foreach (var candidate in wanted)
        {
            if (string.Equals(candidate, path, StringComparison.OrdinalIgnoreCase))
            {
                return new OverlaySource(candidate, file.GetText(cancellationToken)?.ToString() ?? string.Empty);
            }
        }

        return null;
    }

    private static ParseResult Parse(SpecInput input, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Everything below formats with the invariant culture explicitly (RS1035 bans touching the thread's culture):
        // a Finnish build machine must produce the same bytes as any other.
        return DocumentParser.Parse(input);
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static ClientSpec ClientOf(DocumentSpec document) => new(
        document.Namespace,
        document.ClientName,
        document.VersionLabel,
        document.Title,
        ClientEmitter.Groups(document).Select(g => new GroupRef(g.Property, g.Type)).ToEquatableArray());

    private static ImmutableArray<GroupFile> GroupsOf(DocumentSpec document) =>
        ClientEmitter.Groups(document)
            .Select(g => new GroupFile(document.Namespace, g.Property, g.Type, document.Operations.Where(o => o.GroupType == g.Type).ToEquatableArray()))
            .ToImmutableArray();

    private static void EmitType(SourceProductionContext context, TypeFile file)
    {
        var source = file.Type.Kind switch
        {
            TypeSpecKind.Enum => EnumEmitter.Emit(file.Type, file.Namespace),
            TypeSpecKind.Union => UnionEmitter.Emit(file.Type, file.Namespace),
            _ => ModelEmitter.Emit(file.Type, file.Namespace),
        };
        Add(context, file.Namespace, file.Type.Name, source);
    }

    private static void EmitClient(SourceProductionContext context, ClientSpec client) =>
        Add(context, client.Namespace, client.ClientName, ClientEmitter.EmitClient(client));

    private static void EmitGroup(SourceProductionContext context, GroupFile group) =>
        Add(context, group.Namespace, group.Type, ClientEmitter.EmitGroup(group.Namespace, group.Property, group.Type, group.Operations));

    /// <summary>Hint names are <c>Namespace.Type.g.cs</c>: stable, and unique because names are unique per namespace.</summary>
    private static void Add(SourceProductionContext context, string ns, string type, string source) =>
        context.AddSource(ns + "." + type + ".g.cs", SourceText.From(source, System.Text.Encoding.UTF8));
}
