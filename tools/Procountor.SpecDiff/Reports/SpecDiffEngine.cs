using System.Collections.Immutable;
using Procountor.SpecDiff.Diff;
using Procountor.SpecDiff.Ignoring;
using Procountor.SpecDiff.Loading;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Notes;
using Procountor.SpecDiff.Rules;
using Procountor.Specs.ReleaseNotes;

namespace Procountor.SpecDiff.Reports;

/// <summary>
/// The engine's front door: Diff → Rules (with renames) → Notes → ignore, for a pair or a range of documents.
/// Formatters and the migration tool both start from the <see cref="PairReport"/>s it returns.
/// </summary>
public sealed class SpecDiffEngine
{
    private readonly ReleaseNotesMatcher _matcher;

    public SpecDiffEngine(RuleOptions? options = null, ReleaseNotesDocument? releaseNotes = null, IgnoreList? ignore = null, RuleCatalog? catalog = null)
    {
        Options = options ?? new RuleOptions();
        ReleaseNotes = releaseNotes;
        Ignore = ignore ?? IgnoreList.Empty;
        Catalog = catalog ?? RuleCatalog.Default;
        _matcher = new ReleaseNotesMatcher(Catalog);
    }

    public RuleOptions Options { get; }

    public ReleaseNotesDocument? ReleaseNotes { get; }

    public IgnoreList Ignore { get; }

    public RuleCatalog Catalog { get; }

    /// <summary>Compares two documents.</summary>
    public PairReport Compare(LoadedSpec @base, LoadedSpec revision)
    {
        var diff = StructuralDiffer.Compare(@base.Document, revision.Document);
        var judged = RuleEngine.Judge(diff, Options, Catalog);
        var notes = Notes(@base, revision, judged);
        var matches = new Dictionary<Change, ImmutableArray<string>>(ReferenceEqualityComparer.Instance);
        foreach (var match in notes.Matched)
        {
            matches[match.Change] = match.Items.Select(i => i.Id).ToImmutableArray();
        }

        var kept = ImmutableArray.CreateBuilder<Change>();
        var suppressed = ImmutableArray.CreateBuilder<SuppressedChange>();
        foreach (var change in Disambiguate(judged))
        {
            var named = matches.TryGetValue(change, out var ids) ? change with { ReleaseNotes = ids } : change;
            if (Ignore.Suppressing(named, Options.Date) is { } entry)
            {
                suppressed.Add(new SuppressedChange(named, entry));
            }
            else
            {
                kept.Add(named);
            }
        }

        kept.Sort(ChangeOrder.Instance);
        return new PairReport(@base, revision, diff, kept.ToImmutable(), suppressed.OrderBy(s => s.Change, ChangeOrder.Instance).ToImmutableArray(), notes);
    }

    /// <summary>Compares every consecutive pair of <paramref name="documents"/> (oldest first).</summary>
    public RangeReport Compare(IReadOnlyList<LoadedSpec> documents)
    {
        var pairs = ImmutableArray.CreateBuilder<PairReport>();
        for (var i = 1; i < documents.Count; i++)
        {
            pairs.Add(Compare(documents[i - 1], documents[i]));
        }

        return new RangeReport(pairs.ToImmutable(), Ignore.Expired(Options.Date).ToImmutableArray());
    }

    private NotesConformance Notes(LoadedSpec @base, LoadedSpec revision, IReadOnlyList<Change> changes)
    {
        if (ReleaseNotes is null || @base.Version is not { } from || revision.Version is not { } to)
        {
            return NotesConformance.Empty;
        }

        return _matcher.Match(changes, ReleaseNotes.Between(from, to));
    }

    /// <summary>
    /// Two changes that agree on rule, operation, subject and item would share a fingerprint; the later ones (in report
    /// order) get a counter appended so every fingerprint of a pair stays unique and stable.
    /// </summary>
    private static IEnumerable<Change> Disambiguate(IReadOnlyList<Change> changes)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var change in changes.Order(ChangeOrder.Instance))
        {
            var count = seen.GetValueOrDefault(change.Fingerprint);
            seen[change.Fingerprint] = count + 1;
            yield return count == 0 ? change : change with { Fingerprint = change.Fingerprint + "-" + count.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
    }
}
