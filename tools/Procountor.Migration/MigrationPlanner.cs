using System.Collections.Immutable;
using Procountor.Migration.Aggregation;
using Procountor.Migration.Model;
using Procountor.Migration.Naming;
using Procountor.OpenApi.Naming;
using Procountor.OpenApi.Reading;
using Procountor.SpecDiff.Loading;
using Procountor.SpecDiff.Reports;
using Procountor.Specs;
using Procountor.Specs.ReleaseNotes;
using Procountor.Specs.Versions;

namespace Procountor.Migration;

/// <summary>
/// The Migrate stage's front door: the changes of every consecutive pair of a range (from the diff engine) →
/// net effects → C# symbols (through the generator's naming) → a <see cref="MigrationReport"/>.
/// </summary>
public sealed class MigrationPlanner(MigrationOptions options)
{
    // Naming a document costs more than aggregating a range; the table plans hundreds of ranges over the same documents.
    private readonly Dictionary<(LoadedSpec Spec, string Namespace), SymbolNamer> _namers = [];

    public MigrationOptions Options => options;

    /// <summary>The overlay the SDK's generator items name for every Procountor document, relative to <c>specs/procountor/</c>.</summary>
    public const string ProcountorOverlay = "overlays/procountor.overlay.yaml";

    /// <summary>Options for the bundled documents: the generator's naming options from the Procountor overlay.</summary>
    public static MigrationOptions ForRepository(SpecsRepository repository, SymbolNamespaces? namespaces = null)
    {
        var path = repository.FullPath(ProcountorOverlay);
        var overlay = File.Exists(path) ? SpecReader.Read(File.ReadAllText(path), path).Root : null;
        return new MigrationOptions { Naming = NamingOptions.FromOverlay(overlay), Namespaces = namespaces ?? new SymbolNamespaces() };
    }

    /// <summary>Plans the move from <paramref name="from"/> to <paramref name="to"/> over the bundled documents.</summary>
    public MigrationReport Plan(SpecsRepository repository, string from, string to)
    {
        var documents = new SpecSources(() => repository).Range(from, to);
        return Plan(documents, repository.ReleaseNotes, repository.Catalog);
    }

    /// <summary>Plans the move across <paramref name="documents"/> (oldest first; every consecutive pair is compared).</summary>
    public MigrationReport Plan(IReadOnlyList<LoadedSpec> documents, ReleaseNotesDocument? notes, VersionCatalog? catalog)
    {
        var range = new SpecDiffEngine(options.Rules, notes).Compare(documents);
        return Plan(documents, range.Pairs, notes, catalog);
    }

    /// <summary>Plans from pair reports already computed (the table generator reuses one set for every start version).</summary>
    public MigrationReport Plan(IReadOnlyList<LoadedSpec> documents, IReadOnlyList<PairReport> pairs, ReleaseNotesDocument? notes, VersionCatalog? catalog)
    {
        var namers = new SymbolNamers(documents, options.Namespaces, Namer);
        var tracks = TrackBuilder.Build(pairs, new ChangeClassifier(SpecDiff.Rules.RuleCatalog.Default));
        var net = new NetEffects(pairs, namers, notes);
        var entries = net.Entries(tracks);
        return new MigrationReport(
            documents[0].Label,
            documents[^1].Label,
            namers.First.Namespace,
            namers.Last.Namespace,
            entries,
            Releases(pairs, entries, catalog),
            AllVersionsNotes(documents, notes))
        {
            CancelledNotes = [.. net.Cancelled.Select(id => notes?.Find(id)).OfType<ReleaseNoteItem>().Select(Reference)],
        };
    }

    private SymbolNamer Namer(LoadedSpec spec, string ns)
    {
        if (!_namers.TryGetValue((spec, ns), out var namer))
        {
            namer = new SymbolNamer(spec, options.Naming, ns);
            _namers.Add((spec, ns), namer);
        }

        return namer;
    }

    private static ImmutableArray<ReleaseSummary> Releases(IReadOnlyList<PairReport> pairs, ImmutableArray<MigrationEntry> entries, VersionCatalog? catalog) =>
    [
        .. pairs.Select(pair =>
        {
            var version = pair.Revision.Label;
            var net = entries.Where(e => e.Version == version).ToList();
            var notes = net.SelectMany(e => e.Notes).Where(n => n.Version == version).DistinctBy(n => n.Id).OrderBy(n => n.Id, StringComparer.Ordinal);
            return new ReleaseSummary(
                version,
                catalog?.Find(version)?.Released,
                pair.Changes.Count(c => c.IsBreaking),
                pair.Changes.Count(c => !c.IsBreaking),
                net.Count,
                [.. notes]);
        }),
    ];

    private static ImmutableArray<NoteReference> AllVersionsNotes(IReadOnlyList<LoadedSpec> documents, ReleaseNotesDocument? notes)
    {
        if (notes is null || documents[0].Version is not { } from || documents[^1].Version is not { } to)
        {
            return [];
        }

        return
        [
            .. notes.Between(from, to)
                .Where(i => i.AllVersions && i.SpecVisible && i.Breaking)
                .Select(Reference),
        ];
    }

    private static NoteReference Reference(ReleaseNoteItem item) => new(item.Id, item.Version.Text, item.Summary, item.Breaking, item.Position.Line);
}
