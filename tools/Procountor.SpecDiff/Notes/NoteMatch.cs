using System.Collections.Immutable;
using Procountor.SpecDiff.Model;
using Procountor.Specs.ReleaseNotes;

namespace Procountor.SpecDiff.Notes;

/// <summary>A change and the release-note items it matches (best match only).</summary>
public sealed record NoteMatch(Change Change, ImmutableArray<ReleaseNoteItem> Items);

/// <summary>How the changes of one pair and the release notes of its versions agree.</summary>
/// <param name="Matched">Changes with the item(s) they match.</param>
/// <param name="Undocumented">Changes no item mentions: breaking first.</param>
/// <param name="Unreflected">Spec-visible items of the versions in range that no change matches (<c>allVersions</c> items excluded: no pair shows them).</param>
/// <param name="Items">Every item of the versions in range considered.</param>
public sealed record NotesConformance(
    ImmutableArray<NoteMatch> Matched,
    ImmutableArray<Change> Undocumented,
    ImmutableArray<ReleaseNoteItem> Unreflected,
    ImmutableArray<ReleaseNoteItem> Items)
{
    public static readonly NotesConformance Empty = new([], [], [], []);

    public bool Conforms => !Undocumented.Any(c => c.IsBreaking) && Unreflected.IsEmpty;
}
