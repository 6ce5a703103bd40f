using System.Collections.Immutable;
using Procountor.SpecDiff.Ignoring;
using Procountor.SpecDiff.Model;

namespace Procountor.SpecDiff.Reports;

/// <summary>The reports of consecutive pairs (one pair when two documents were compared).</summary>
/// <param name="Pairs">Oldest pair first.</param>
/// <param name="ExpiredIgnores">Ignore entries past their expiry date: they no longer suppress anything.</param>
public sealed record RangeReport(ImmutableArray<PairReport> Pairs, ImmutableArray<IgnoreEntry> ExpiredIgnores)
{
    public IEnumerable<Change> Changes => Pairs.SelectMany(p => p.Changes);

    /// <summary>The most severe level of any reported change, or <c>null</c> when nothing changed.</summary>
    public ChangeLevel? HighestLevel => Changes.Select(c => (ChangeLevel?)c.Level).DefaultIfEmpty(null).Max();

    /// <summary>True when a change at or above <paramref name="threshold"/> is reported.</summary>
    public bool Fails(ChangeLevel threshold) => Changes.Any(c => c.Level >= threshold);
}
