using System.Collections.Immutable;
using Procountor.SpecDiff.Diff;
using Procountor.SpecDiff.Ignoring;
using Procountor.SpecDiff.Loading;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Notes;

namespace Procountor.SpecDiff.Reports;

/// <summary>Everything known about one pair of consecutive documents.</summary>
/// <param name="Base">The older document.</param>
/// <param name="Revision">The newer document.</param>
/// <param name="Diff">The structural diff the rules judged.</param>
/// <param name="Changes">The changes, in <see cref="ChangeOrder"/>, each naming the release-note items it matches; suppressed ones excluded.</param>
/// <param name="Suppressed">Changes an ignore entry suppressed, with the entry.</param>
/// <param name="Notes">How the changes (suppressed ones included) and the release notes of the revision's versions agree.</param>
public sealed record PairReport(
    LoadedSpec Base,
    LoadedSpec Revision,
    DocumentDiff Diff,
    ImmutableArray<Change> Changes,
    ImmutableArray<SuppressedChange> Suppressed,
    NotesConformance Notes)
{
    /// <summary>The rename changes (properties, parameters, paths, methods): both names and both pointers.</summary>
    public IEnumerable<Change> Renames => Changes.Where(c => c.Rename is not null && c.RuleId.EndsWith("-renamed", StringComparison.Ordinal) || c.RuleId == "endpoint-method-changed");

    public IEnumerable<Change> Breaking => Changes.Where(c => c.IsBreaking);

    public int Count(ChangeLevel level) => Changes.Count(c => c.Level == level);
}

/// <summary>A change kept out of the report by an ignore entry.</summary>
public sealed record SuppressedChange(Change Change, IgnoreEntry Entry);
