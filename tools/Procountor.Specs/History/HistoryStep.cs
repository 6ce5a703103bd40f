using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Procountor.OpenApi.Reading;
using Procountor.Specs.Versions;

namespace Procountor.Specs.History;

/// <summary>
/// <c>specs/procountor/history/&lt;version&gt;.yaml</c>: the edits that turn the previous version's document into this one.
/// The newest document is the source; older ones are materialised by undoing the steps newest first.
/// </summary>
public sealed record HistoryStep(VersionId Version, VersionId Previous, ImmutableArray<HistoryEdit> Edits)
{
    /// <summary>The file the step was read from, as messages name it (<c>specs/procountor/history/20.06.yaml</c>).</summary>
    public string File { get; init; } = string.Empty;
}

/// <summary>One forward edit. Each carries what it needs to be undone exactly.</summary>
/// <param name="Note">Id of the release-note item it implements (required).</param>
/// <param name="Op">The operation.</param>
/// <param name="Path">RFC 6901 pointer: the member or item added/removed/replaced, the object whose key is renamed, or the array an item joins or leaves.</param>
/// <param name="Value">add, remove (the removed value), replace (the new value), add-item / remove-item (the item).</param>
/// <param name="Old">replace: the value before.</param>
/// <param name="From">rename: the old key.</param>
/// <param name="To">rename: the new key.</param>
/// <param name="Why">Optional: the reading chosen where the notes are vague.</param>
public sealed record HistoryEdit(
    string Note,
    HistoryOp Op,
    string Path,
    JsonNode? Value,
    JsonNode? Old,
    string? From,
    string? To,
    string? Why)
{
    /// <summary>add-item: where this version's array holds the item (absent: appended); remove-item: where the previous version's array held it (absent: the undo appends it).</summary>
    public int? Index { get; init; }

    /// <summary>Where the edit starts in its history file.</summary>
    public SourcePosition Position { get; init; }
}

/// <summary>Edit operations, written <c>add</c>, <c>remove</c>, <c>replace</c>, <c>rename</c>, <c>add-item</c>, <c>remove-item</c>.</summary>
public enum HistoryOp
{
    Add,
    Remove,
    Replace,
    Rename,
    AddItem,
    RemoveItem,
}
