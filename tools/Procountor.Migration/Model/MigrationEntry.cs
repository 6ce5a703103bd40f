using System.Collections.Immutable;
using Procountor.SpecDiff.Model;

namespace Procountor.Migration.Model;

/// <summary>Where in the API an entry belongs: what a client calls, or what it sends and receives.</summary>
public enum MigrationArea
{
    /// <summary>Operations and their parameters: client methods.</summary>
    Endpoint,

    /// <summary>Schemas, their properties and enum values: model types.</summary>
    Model,
}

/// <summary>The net effect an entry describes, from the consumer's version to the target version.</summary>
public enum MigrationKind
{
    /// <summary>Gone in the target version, with nothing that replaces it under another name.</summary>
    Removed,

    /// <summary>The same thing under another name (renames in a chain collapse into one).</summary>
    Renamed,

    /// <summary>The same data somewhere else: a field moved into a nested object.</summary>
    Moved,

    /// <summary>Still there, but different (type, nullability, constraints, values, lifecycle).</summary>
    Changed,

    /// <summary>New in the target version.</summary>
    Added,
}

/// <summary>
/// One net effect between the consumer's version and the target version, in terms of the C# they wrote.
/// </summary>
/// <param name="Id">Stable identity of the entry (same in every run and format).</param>
/// <param name="Area">Endpoint or model.</param>
/// <param name="Kind">What happened, net.</param>
/// <param name="RuleId">The rule of the step that decides the entry (the most severe one).</param>
/// <param name="Level">The most severe level of the entry's steps.</param>
/// <param name="Element">The spec element as people write it: <c>PaymentInfo.referenceCode</c>, <c>PUT /invoices/pay</c>, <c>GET /products query limit</c>.</param>
/// <param name="Operations">Operations where the change shows (<c>METHOD /path</c>, sorted).</param>
/// <param name="From">The consumer's symbol (in the from-version's namespace), or <c>null</c> for additions.</param>
/// <param name="To">The symbol in the target version, or <c>null</c> for removals.</param>
/// <param name="FromLocation">The element in the from-version's document.</param>
/// <param name="ToLocation">The element in the target version's document.</param>
/// <param name="Steps">What happened, release by release (oldest first).</param>
/// <param name="Notes">The release-note items of the steps (and of a deprecation that named the replacement), by id.</param>
/// <param name="WhatToDo">One or two sentences for the consumer.</param>
public sealed record MigrationEntry(
    string Id,
    MigrationArea Area,
    MigrationKind Kind,
    string RuleId,
    ChangeLevel Level,
    string Element,
    ImmutableArray<string> Operations,
    CSharpSymbol? From,
    CSharpSymbol? To,
    SpecLocation? FromLocation,
    SpecLocation? ToLocation,
    ImmutableArray<MigrationStep> Steps,
    ImmutableArray<NoteReference> Notes,
    string WhatToDo)
{
    public bool IsBreaking => Level >= ChangeLevel.Warn;

    /// <summary>The release where the net effect happened (the last step).</summary>
    public string Version => Steps[^1].Version;

    /// <summary>
    /// True when the C# change is mechanical: the same member under another name (the code fix applies it). Moves,
    /// removals and changes need a person.
    /// </summary>
    public bool IsSafeRename => Kind == MigrationKind.Renamed && From is not null && To is not null && From.Kind == To.Kind && From.Kind != SymbolKind.Method;

    /// <summary>True when the consumer's C# keeps compiling unchanged (the symbol keeps its name).</summary>
    public bool KeepsCSharp => From is not null && To is not null && From.SameCodeAs(To) && Kind is MigrationKind.Renamed or MigrationKind.Moved;
}

/// <summary>One release's part of an entry.</summary>
/// <param name="Version">The release (the newer document of the pair).</param>
/// <param name="RuleId">Rule of the change.</param>
/// <param name="Level">Its level.</param>
/// <param name="Message">The diff's sentence.</param>
/// <param name="Notes">Ids of the release-note items it matches.</param>
/// <param name="Base">The element in the pair's older document.</param>
/// <param name="Revision">The element in the pair's newer document.</param>
public sealed record MigrationStep(string Version, string RuleId, ChangeLevel Level, string Message, ImmutableArray<string> Notes, SpecLocation? Base, SpecLocation? Revision);

/// <summary>A release-note item an entry cites.</summary>
/// <param name="Id"><c>20.06-02</c>.</param>
/// <param name="Version">Its version.</param>
/// <param name="Summary">Our short words for the vendor's bullet.</param>
/// <param name="Breaking">The notes call it breaking.</param>
/// <param name="Line">Its line in <c>release-notes.yaml</c>.</param>
public sealed record NoteReference(string Id, string Version, string Summary, bool Breaking, int Line);
