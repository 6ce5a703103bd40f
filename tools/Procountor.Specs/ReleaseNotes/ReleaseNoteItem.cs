using System.Collections.Immutable;
using Procountor.OpenApi.Reading;
using Procountor.Specs.Versions;

namespace Procountor.Specs.ReleaseNotes;

/// <summary>One bullet of the vendor's release notes, as data.</summary>
/// <param name="Id">Stable id: version, dash, two-digit position of the bullet in that version's notes (<c>23.02-01</c>).</param>
/// <param name="Version">The version whose notes hold the bullet.</param>
/// <param name="Summary">The bullet in our own short words (never the vendor's prose).</param>
/// <param name="Kinds">What the item does to the contract; at least one.</param>
/// <param name="Endpoints"><c>METHOD /path</c> as in the documents (path template names as the newest document spells them).</param>
/// <param name="Schemas">Component schema names touched.</param>
/// <param name="Fields"><c>Schema.property</c> (dotted further for inline objects), new names for renames.</param>
/// <param name="Parameters">Parameter names touched, in the endpoints above.</param>
/// <param name="Renames">For renames: both sides (fields as <c>Schema.property</c>, endpoints as <c>METHOD /path</c>, or parameter names).</param>
/// <param name="SpecVisible">A document shows the change (otherwise behaviour, docs or auth only).</param>
/// <param name="Breaking">Existing clients can break.</param>
/// <param name="AllVersions">The vendor applied it to every API version at once, so every document carries it and no consecutive pair shows it.</param>
/// <param name="Decision">Where the notes are vague: the reading we chose, recorded.</param>
public sealed record ReleaseNoteItem(
    string Id,
    VersionId Version,
    string Summary,
    ImmutableArray<ChangeKind> Kinds,
    ImmutableArray<string> Endpoints,
    ImmutableArray<string> Schemas,
    ImmutableArray<string> Fields,
    ImmutableArray<string> Parameters,
    ImmutableArray<RenamePair> Renames,
    bool SpecVisible,
    bool Breaking,
    bool AllVersions,
    string? Decision)
{
    /// <summary>Where the item starts in <c>release-notes.yaml</c>, for reports that point at the note.</summary>
    public SourcePosition Position { get; init; }
}

/// <summary>The old and new name of something renamed.</summary>
public sealed record RenamePair(string From, string To);
