using System.Collections.Immutable;
using Procountor.Migration.Formats;
using Procountor.Migration.Model;
using Procountor.SpecDiff.Loading;
using Procountor.SpecDiff.Reports;
using Procountor.Specs;

namespace Procountor.Migration.Table;

/// <summary>
/// Builds the analyzer's table by planning every range of the bundled history (each documented version to each later
/// one) with the same planner the report uses, so the analyzer can never say something the report does not.
/// </summary>
public static class MigrationTableBuilder
{
    public static MigrationTable Build(SpecsRepository repository)
    {
        var versions = repository.Catalog.Documented.Where(v => v.Id.IsMonthly).ToList();
        var sources = new SpecSources(() => repository);
        var documents = versions.Select(v => sources.LoadVersion(v.Id.Text)).ToList();
        var planner = new MigrationPlanner(MigrationPlanner.ForRepository(repository));
        var pairs = new SpecDiffEngine(planner.Options.Rules, repository.ReleaseNotes).Compare(documents).Pairs;
        return Build(documents, pairs, planner, repository);
    }

    private static MigrationTable Build(IReadOnlyList<LoadedSpec> documents, ImmutableArray<PairReport> pairs, MigrationPlanner planner, SpecsRepository repository)
    {
        // Per consumer version: each symbol's fate as the target moves forward, recorded where it changes.
        var perConsumer = new List<List<(string Symbol, MigrationTableRow Row)>>();
        for (var from = 0; from < documents.Count - 1; from++)
        {
            var rows = new List<(string, MigrationTableRow)>();
            var last = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var to = from + 1; to < documents.Count; to++)
            {
                var report = planner.Plan(documents.Skip(from).Take(to - from + 1).ToList(), pairs.Skip(from).Take(to - from).ToList(), repository.ReleaseNotes, repository.Catalog);
                foreach (var entry in report.Entries.Where(Matters).GroupBy(e => SymbolKey(e.From!)).Select(g => g.First()))
                {
                    var row = Row(documents[from].Label, entry);
                    var fate = Fate(row);
                    var key = SymbolKey(entry.From!);
                    if (last.GetValueOrDefault(key) != fate)
                    {
                        last[key] = fate;
                        rows.Add((key, row with { At = documents[to].Label }));
                    }
                }
            }

            perConsumer.Add(rows);
        }

        return new MigrationTable([.. documents.Select(d => d.Label)], Merge(perConsumer, documents));
    }

    /// <summary>Rows equal but for the consumer version, for consecutive consumer versions, become one row with a span.</summary>
    private static ImmutableArray<MigrationTableRow> Merge(List<List<(string Symbol, MigrationTableRow Row)>> perConsumer, IReadOnlyList<LoadedSpec> documents)
    {
        var merged = new List<MigrationTableRow>();
        var byFate = perConsumer
            .SelectMany((rows, consumer) => rows.Select(r => (Key: r.Symbol + "\u001f" + Fate(r.Row) + "\u001f" + r.Row.At, Consumer: consumer, r.Row)))
            .GroupBy(x => x.Key, StringComparer.Ordinal);
        foreach (var group in byFate)
        {
            var run = new List<(int Consumer, MigrationTableRow Row)>();
            foreach (var item in group.OrderBy(x => x.Consumer))
            {
                if (run.Count > 0 && item.Consumer != run[^1].Consumer + 1)
                {
                    merged.Add(Span(run));
                    run.Clear();
                }

                run.Add((item.Consumer, item.Row));
            }

            merged.Add(Span(run));
        }

        return
        [
            .. merged.OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Member, StringComparer.Ordinal).ThenBy(r => r.Parameter, StringComparer.Ordinal)
                .ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => Order(documents, r.ConsumerFirst)).ThenBy(r => Order(documents, r.At)),
        ];

        static MigrationTableRow Span(List<(int Consumer, MigrationTableRow Row)> run) => run[0].Row with { ConsumerLast = run[^1].Row.ConsumerLast };
    }

    private static int Order(IReadOnlyList<LoadedSpec> documents, string label) => documents.ToList().FindIndex(d => d.Label == label);

    /// <summary>The entries a compiler can see in code: a symbol of the consumer's version renamed, moved or removed.</summary>
    private static bool Matters(MigrationEntry entry) =>
        entry.From is not null && !entry.KeepsCSharp && entry.Kind is MigrationKind.Renamed or MigrationKind.Moved or MigrationKind.Removed;

    private static MigrationTableRow Row(string consumer, MigrationEntry entry)
    {
        var from = entry.From!;
        var to = entry.To;
        return new MigrationTableRow(
            consumer,
            consumer,
            ReportFacts.Kebab(from.Kind),
            from.Type,
            from.Member,
            from.Parameter,
            entry.Version,
            ReportFacts.Kebab(entry.Kind),
            to?.Type,
            to is null ? null : to.Via is null ? to.Member : to.Via + "." + to.Member,
            to?.Parameter,
            [.. entry.Notes.Select(n => n.Id)],
            entry.RuleId);
    }

    private static string SymbolKey(CSharpSymbol symbol) => ReportFacts.Kebab(symbol.Kind) + "|" + symbol.Type + "|" + symbol.Member + "|" + symbol.Parameter;

    /// <summary>What happens to the symbol, without where it happens or which consumer asks.</summary>
    private static string Fate(MigrationTableRow row) => string.Join("|", row.Change, row.NewType, row.NewMember, row.NewParameter, string.Join(",", row.Notes), row.Rule, row.Kind, row.Type, row.Member, row.Parameter);
}
