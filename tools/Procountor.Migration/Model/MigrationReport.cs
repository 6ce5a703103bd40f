using System.Collections.Immutable;
using Procountor.Migration.Usages;

namespace Procountor.Migration.Model;

/// <summary>Everything a consumer moving from one version to another needs: the net entries, the releases in between, and (with a project) their code's usages.</summary>
/// <param name="From">The consumer's version.</param>
/// <param name="To">The target version.</param>
/// <param name="FromNamespace">Namespace of the consumer's generated client.</param>
/// <param name="ToNamespace">Namespace of the target version's generated client.</param>
/// <param name="Entries">Net effects, in <c>EntryOrder</c>.</param>
/// <param name="Releases">Each release in the range, oldest first.</param>
/// <param name="AllVersionsNotes">
/// Breaking, spec-visible release-note items of the range that the vendor applied to every version at once: every
/// document carries them, so no pair shows them and no entry can; listed so that nothing is silently left out.
/// </param>
/// <param name="Project">Usages in the consumer's project, when one was given.</param>
public sealed record MigrationReport(
    string From,
    string To,
    string FromNamespace,
    string ToNamespace,
    ImmutableArray<MigrationEntry> Entries,
    ImmutableArray<ReleaseSummary> Releases,
    ImmutableArray<NoteReference> AllVersionsNotes,
    ProjectUsages? Project = null)
{
    /// <summary>
    /// Release-note items of the range whose changes cancel out for this consumer: they are about parts added after
    /// <see cref="From"/> (with a new operation or schema) and changed or removed again before <see cref="To"/>.
    /// </summary>
    public ImmutableArray<NoteReference> CancelledNotes { get; init; } = [];

    public const string VendorReleaseNotesUrl = "https://dev.procountor.com/release-notes/";

    public IEnumerable<MigrationEntry> Breaking => Entries.Where(e => e.IsBreaking);
}

/// <summary>One release of the range, for the timeline.</summary>
/// <param name="Version">The release.</param>
/// <param name="Released">Its month, <c>yyyy-MM</c>, where known.</param>
/// <param name="Breaking">Changes of the pair that ends at this release at WARN or ERR.</param>
/// <param name="NonBreaking">Changes at INFO.</param>
/// <param name="NetEntries">Entries of the report whose net effect happened here.</param>
/// <param name="Notes">Release-note items of this version that entries cite.</param>
public sealed record ReleaseSummary(string Version, string? Released, int Breaking, int NonBreaking, int NetEntries, ImmutableArray<NoteReference> Notes);
