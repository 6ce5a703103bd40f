using Microsoft.CodeAnalysis;
using Procountor.Generator.Model;
using Procountor.Generator.Parsing;

namespace Procountor.Generator;

/// <summary>
/// Turns each OpenAPI document given as an AdditionalFile (metadata <c>OpenApiSpec="true"</c>) into a namespace of
/// models and a typed client. This file is the pipeline only; the logic is in OpenApiGenerator.Execute.cs.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class OpenApiGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Spec files with their metadata. Only specs have their text read here; other AdditionalFiles cost a lookup.
        var specs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadSpec(pair.Left, pair.Right, cancellationToken))
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.Specs);

        // Overlays are AdditionalFiles too; only those a spec names are read. The collected paths stay equal while
        // specs change, so an edit to one spec does not re-read any overlay.
        var overlayPaths = specs
            .Select(static (spec, _) => spec.OverlayPath ?? string.Empty)
            .Collect()
            .Select(static (paths, _) => paths.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.OverlayPaths);

        var overlays = context.AdditionalTextsProvider
            .Combine(overlayPaths)
            .Select(static (pair, cancellationToken) => ReadOverlay(pair.Left, pair.Right, cancellationToken))
            .Where(static overlay => overlay is not null)
            .Select(static (overlay, _) => overlay!)
            .WithTrackingName(TrackingNames.Overlays);

        var inputs = specs
            .Combine(overlays.Collect())
            .Select(static (pair, _) => new SpecInput(pair.Left, pair.Right.FirstOrDefault(o => o.Path == pair.Left.OverlayPath)))
            .WithTrackingName(TrackingNames.Inputs);

        var parsed = inputs
            .Select(static (input, cancellationToken) => Parse(input, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        // Diagnostics have their own output: a change that only moves a diagnostic re-emits no source.
        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, items) => Report(spc, items));

        var documents = parsed
            .Where(static result => result.Document is not null)
            .Select(static (result, _) => result.Document!)
            .WithTrackingName(TrackingNames.Documents);

        // One output per model, per group and per client: an edit re-emits only the files whose model changed.
        var types = documents
            .SelectMany(static (document, _) => document.Types.Select(type => new TypeFile(document.Namespace, type)))
            .WithTrackingName(TrackingNames.Types);
        context.RegisterSourceOutput(types, static (spc, file) => EmitType(spc, file));

        var clients = documents
            .Select(static (document, _) => ClientOf(document))
            .WithTrackingName(TrackingNames.Clients);
        context.RegisterSourceOutput(clients, static (spc, client) => EmitClient(spc, client));

        var groups = documents
            .SelectMany(static (document, _) => GroupsOf(document))
            .WithTrackingName(TrackingNames.Groups);
        context.RegisterSourceOutput(groups, static (spc, group) => EmitGroup(spc, group));
    }
}
