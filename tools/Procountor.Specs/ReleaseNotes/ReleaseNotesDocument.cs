using System.Collections.Immutable;
using Procountor.Specs.Versions;

namespace Procountor.Specs.ReleaseNotes;

/// <summary><c>specs/procountor/release-notes.yaml</c>: every version's notes, ascending, and the months without a release.</summary>
public sealed record ReleaseNotesDocument(ImmutableArray<ReleaseNoteVersion> Versions, ImmutableArray<string> MonthsWithoutRelease)
{
    public IEnumerable<ReleaseNoteItem> Items => Versions.SelectMany(v => v.Items);

    public ReleaseNoteItem? Find(string id) => Items.FirstOrDefault(i => i.Id == id);

    /// <summary>Items of the versions after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public IEnumerable<ReleaseNoteItem> Between(VersionId from, VersionId to) =>
        Items.Where(i => i.Version > from && i.Version <= to);
}

/// <summary>The notes of one version.</summary>
/// <param name="Version">The version.</param>
/// <param name="Released">Release month, <c>yyyy-MM</c>, where the notes say it.</param>
/// <param name="Items">Its bullets, in the order the vendor lists them.</param>
public sealed record ReleaseNoteVersion(VersionId Version, string? Released, ImmutableArray<ReleaseNoteItem> Items);
