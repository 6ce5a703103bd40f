using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Procountor.Migration.Model;
using Procountor.Migration.Naming;
using Procountor.OpenApi.Reading;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Reports;
using Procountor.Specs.ReleaseNotes;

namespace Procountor.Migration.Aggregation;

/// <summary>
/// Tracks → net effects from the range's first document to its last: an element added and removed in between
/// leaves no entry; a chain of renames is one rename; a removal whose release notes (or an earlier deprecation)
/// name a replacement reads as a rename, or as a move when the replacement sits in a nested object.
/// </summary>
internal sealed class NetEffects
{
    private readonly IReadOnlyList<PairReport> _pairs;
    private readonly SymbolNamers _namers;
    private readonly ReleaseNotesDocument? _notes;
    private readonly ImmutableArray<ReleaseNoteItem> _itemsInRange;
    private readonly ImmutableArray<ReleaseNoteItem> _deprecations;

    public NetEffects(IReadOnlyList<PairReport> pairs, SymbolNamers namers, ReleaseNotesDocument? notes)
    {
        _pairs = pairs;
        _namers = namers;
        _notes = notes;
        _itemsInRange = notes is null || pairs[0].Base.Version is not { } from || pairs[^1].Revision.Version is not { } to
            ? []
            : [.. notes.Between(from, to)];
        // A deprecation names the replacement when it happens, which may be before the consumer's version.
        _deprecations = notes is null || pairs[^1].Revision.Version is not { } last
            ? []
            : [.. notes.Items.Where(i => i.Version <= last && i.Kinds.Contains(ChangeKind.PropertyDeprecated))];
    }

    /// <summary>
    /// Ids of release-note items whose changes cancel out over the range (about elements added after the first
    /// document and changed or removed again) and so appear in no entry.
    /// </summary>
    public ImmutableArray<string> Cancelled { get; private set; } = [];

    public ImmutableArray<MigrationEntry> Entries(List<Track> tracks)
    {
        var result = Net(tracks);
        var cited = result.SelectMany(e => e.Notes).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Cancelled = [.. tracks.SelectMany(t => t.Events).SelectMany(e => e.Change.ReleaseNotes).Where(id => !cited.Contains(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        return result;
    }

    private ImmutableArray<MigrationEntry> Net(List<Track> tracks)
    {
        var entries = new List<MigrationEntry>();
        var absorbed = new HashSet<Track>();
        // An element the diff first sees modified may still be new to the consumer: it came with a new operation or
        // schema, which the diff reports as one addition. Only what the first document has is the consumer's.
        tracks = [.. tracks.Where(t => !t.ExistedAtStart || _namers.First.Locate(t.Origin) is not null)];
        var regrouped = new HashSet<Track>();
        entries.AddRange(GroupRenames(tracks, regrouped));
        foreach (var track in tracks.Where(t => t.ExistedAtStart && t.Removed))
        {
            entries.AddRange(Removal(track, tracks, absorbed));
        }

        foreach (var track in tracks)
        {
            if (absorbed.Contains(track) || track.Removed && track.ExistedAtStart)
            {
                continue;
            }

            if (!track.ExistedAtStart && !track.Removed)
            {
                entries.Add(Build(MigrationKind.Added, track, [.. track.Of(EventKind.Added)], from: null, to: ToSymbol(track)));
            }
            else if (track.ExistedAtStart)
            {
                entries.AddRange(Survivor(track, regrouped.Contains(track)));
            }
        }

        return [.. entries.OrderBy(e => e, EntryOrder.Instance)];
    }

    /// <param name="regrouped">The operation's whole group was renamed: <see cref="GroupRenames"/> has said so.</param>
    private IEnumerable<MigrationEntry> Survivor(Track track, bool regrouped)
    {
        var from = FromSymbol(track);
        var to = ToSymbol(track);
        var renames = track.Of(EventKind.Renamed).ToList();
        if (renames.Count > 0 && track.Origin.Key != track.Current.Key)
        {
            var rename = Build(MigrationKind.Renamed, track, [.. renames], from, to);
            yield return rename;
            if (InlineTypeRename(track, rename) is { } typeRename)
            {
                yield return typeRename;
            }
        }

        // A new tag moves the method to another group type: one move, not a tag removal plus a tag addition.
        var moved = from is { Kind: SymbolKind.Method } && to is { Kind: SymbolKind.Method } && from.Type != to.Type;
        var tags = moved ? track.Events.Where(IsTagChange).ToList() : [];
        if (tags.Count > 0 && !regrouped)
        {
            yield return Build(MigrationKind.Moved, track, [.. tags], from, to);
        }

        foreach (var group in track.Events.Where(e => e.Kind is EventKind.Modified or EventKind.Deprecated && !tags.Contains(e)).GroupBy(e => e.Change.RuleId, StringComparer.Ordinal))
        {
            yield return Build(MigrationKind.Changed, track, [.. group], from, to);
        }
    }

    /// <summary>
    /// A tag renamed for every operation it held (22.05's User → Users) renames the client's group: its type and the
    /// client's property for it, both of which consumers write. Groups split or merged are left to the moves of
    /// their operations.
    /// </summary>
    private IEnumerable<MigrationEntry> GroupRenames(List<Track> tracks, HashSet<Track> regrouped)
    {
        var moves = tracks
            .Where(t => t.ExistedAtStart && !t.Removed && t.Origin.Kind == ElementKind.Operation && t.Events.Any(IsTagChange))
            .Select(t => (Track: t, From: _namers.First.GroupOf(t.Origin.Operation!), To: _namers.Last.GroupOf(t.Current.Operation!)))
            .Where(m => m.From is not null && m.To is not null && m.From.Value.Type.Type != m.To.Value.Type.Type)
            .GroupBy(m => m.From!.Value.Type.Type, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in moves)
        {
            var (fromType, fromProperty) = group.First().From!.Value;
            var (toType, toProperty) = group.First().To!.Value;
            if (group.Any(m => m.To!.Value.Type.Type != toType.Type) || _namers.Last.HasGroup(fromType.Type) || _namers.First.HasGroup(toType.Type))
            {
                continue;
            }

            var members = group.Select(m => m.Track).ToList();
            regrouped.UnionWith(members);
            var events = members.SelectMany(t => t.Events.Where(IsTagChange)).OrderBy(e => e.Pair).ToImmutableArray();
            var entry = Build(MigrationKind.Renamed, members[0], events, fromProperty, toProperty, element: $"group {fromProperty.Member} → {toProperty.Member}");
            var whatToDo = Guidance.For(MigrationKind.Renamed, entry.RuleId, fromProperty, toProperty, MigrationArea.Endpoint) + " Its methods keep their names.";
            yield return entry with { Id = Fingerprint("group", fromType.Type, toType.Type), WhatToDo = whatToDo };
            yield return entry with
            {
                Id = Fingerprint("group-type", fromType.Type, toType.Type),
                From = fromType,
                To = toType,
                Element = $"type of group {fromProperty.Member} → {toProperty.Member}",
                WhatToDo = Guidance.For(MigrationKind.Renamed, entry.RuleId, fromType, toType, MigrationArea.Endpoint),
            };
        }
    }

    private static bool IsTagChange(ChangeEvent e) => e.Change.RuleId is "api-tag-added" or "api-tag-removed";

    private IEnumerable<MigrationEntry> Removal(Track track, List<Track> tracks, HashSet<Track> absorbed)
    {
        var from = FromSymbol(track);
        if (track.Origin.Kind == ElementKind.Property && Replacement(track) is { } replacement && _namers.Last.Field(replacement.Pair.To) is { } to)
        {
            var events = track.Events.ToList();
            var notes = new List<string> { replacement.Item.Id };
            var target = _namers.Last.FieldPointer(replacement.Pair.To);
            if (target is not null && tracks.FirstOrDefault(t => !t.ExistedAtStart && !t.Removed && t.Current.Kind == ElementKind.Property && t.Current.Pointer == target) is { } added)
            {
                absorbed.Add(added);
                events.AddRange(added.Events);
            }

            var kind = to.Via is null ? MigrationKind.Renamed : MigrationKind.Moved;
            var entry = Build(kind, track, [.. events.OrderBy(e => e.Pair)], from, to, notes, element: FieldOf(track.Origin) + " → " + replacement.Pair.To, deciding: EventKind.Removed);
            // A move points at the property that now holds the value.
            var holder = target ?? _namers.Last.FieldPointer(string.Join(".", replacement.Pair.To.Split('.').Take(2)));
            yield return holder is null ? entry : entry with { ToLocation = _namers.Last.Locate(new Element(ElementKind.Property, null, holder)) };
            yield break;
        }

        var removal = Build(MigrationKind.Removed, track, [.. track.Events], from, to: null, deciding: EventKind.Removed);
        yield return removal;
        if (track.Origin.Kind == ElementKind.Property && _namers.First.InlineTypeOf(track.Origin.Pointer) is { } type && !_namers.Last.HasType(type.Type))
        {
            yield return removal with
            {
                Id = Fingerprint("type", removal.Id),
                From = type,
                Element = "type of " + removal.Element,
                WhatToDo = Guidance.TypeRemoved(type),
            };
        }
    }

    private MigrationEntry? InlineTypeRename(Track track, MigrationEntry rename)
    {
        if (track.Origin.Kind != ElementKind.Property
            || _namers.First.InlineTypeOf(track.Origin.Pointer) is not { } before
            || _namers.Last.InlineTypeOf(track.Current.Pointer) is not { } after
            || before.Type == after.Type)
        {
            return null;
        }

        return rename with
        {
            Id = Fingerprint("type", rename.Id),
            From = before,
            To = after,
            Element = "type of " + rename.Element,
            WhatToDo = Guidance.For(MigrationKind.Renamed, rename.RuleId, before, after, rename.Area),
        };
    }

    /// <summary>A rename pair of the release notes whose old side is this removed field: in the removal's own items first, then a deprecation up to the target.</summary>
    private (ReleaseNoteItem Item, RenamePair Pair)? Replacement(Track track)
    {
        var field = FieldOf(track.Origin);
        var own = track.Events.SelectMany(e => e.Change.ReleaseNotes).ToHashSet(StringComparer.Ordinal);
        var candidates = _itemsInRange.Where(i => own.Contains(i.Id))
            .Concat(_deprecations);
        foreach (var item in candidates)
        {
            if (item.Renames.FirstOrDefault(r => r.From == field) is { } pair)
            {
                return (item, pair);
            }
        }

        return null;
    }

    private MigrationEntry Build(MigrationKind kind, Track track, ImmutableArray<ChangeEvent> events, CSharpSymbol? from, CSharpSymbol? to, IReadOnlyList<string>? extraNotes = null, string? element = null, EventKind? deciding = null)
    {
        var decisive = events.Where(e => deciding is null || e.Kind == deciding).OrderByDescending(e => e.Change.Level).ThenBy(e => e.Pair).First();
        var steps = events
            .GroupBy(e => (e.Pair, e.Change.RuleId))
            .OrderBy(g => g.Key.Pair).ThenBy(g => g.Key.RuleId, StringComparer.Ordinal)
            .Select(g => Step(g.Key.Pair, [.. g]))
            .ToImmutableArray();
        var noteIds = events.SelectMany(e => e.Change.ReleaseNotes).Concat(extraNotes ?? []).Distinct(StringComparer.Ordinal);
        var area = track.Origin.Kind is ElementKind.Operation or ElementKind.Parameter || track.Origin.Operation is not null ? MigrationArea.Endpoint : MigrationArea.Model;
        element ??= kind == MigrationKind.Renamed ? Describe(track.Origin, events[0]) + " → " + Describe(track.Current, events[^1]) : Describe(track.Current, events[0]);
        return new MigrationEntry(
            Fingerprint(kind.ToString(), track.Origin.Key, track.Current.Key, decisive.Change.RuleId),
            area,
            kind,
            decisive.Change.RuleId,
            decisive.Change.Level,
            element,
            [.. events.Select(e => e.Change.Operation).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            from,
            to,
            track.ExistedAtStart ? _namers.First.Locate(track.Origin) : null,
            track.Removed ? null : _namers.Last.Locate(track.Current),
            steps,
            [.. noteIds.Select(Note).OfType<NoteReference>().OrderBy(n => n.Id, StringComparer.Ordinal)],
            Guidance.For(kind, decisive.Change.RuleId, from, to, area, decisive.Change.Target.Side, decisive.Change.Target.Detail));
    }

    private MigrationStep Step(int pair, IReadOnlyList<ChangeEvent> events)
    {
        var first = events[0].Change;
        return new MigrationStep(
            _pairs[pair].Revision.Label,
            first.RuleId,
            events.Max(e => e.Change.Level),
            first.Message,
            [.. events.SelectMany(e => e.Change.ReleaseNotes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            first.Base,
            first.Revision);
    }

    private NoteReference? Note(string id) =>
        _notes?.Find(id) is { } item ? new NoteReference(item.Id, item.Version.Text, item.Summary, item.Breaking, item.Position.Line) : null;

    /// <summary>The consumer's symbol: named in the first document, or where the element was first seen.</summary>
    private CSharpSymbol? FromSymbol(Track track) =>
        _namers.First.Name(track.Origin) ?? _namers.At(_pairs[track.Events[0].Pair].Base).Name(track.Origin);

    private CSharpSymbol? ToSymbol(Track track) =>
        track.Removed ? null : _namers.Last.Name(track.Current) ?? _namers.At(_pairs[track.Events[^1].Pair].Revision).Name(track.Current);

    private static string Describe(Element element, ChangeEvent e) => element.Kind switch
    {
        ElementKind.Operation => element.Operation!,
        ElementKind.Parameter => $"{element.Operation} {element.ParameterIn} parameter {element.ParameterName}",
        ElementKind.EnumValue when element.Operation is not null => $"{element.Operation} {element.Pointer.Replace(':', ' ')} value {element.Value}",
        ElementKind.EnumValue => $"{FieldOf(element, e)} value {element.Value}",
        ElementKind.Schema => FieldOf(element),
        _ => FieldOf(element, e),
    };

    /// <summary><c>/components/schemas/PaymentInfo/properties/referenceCode</c> → <c>PaymentInfo.referenceCode</c>, as release notes write fields.</summary>
    private static string FieldOf(Element element, ChangeEvent? e = null)
    {
        var segments = JsonPointer.Split(element.Pointer);
        if (segments.Count < 3 || segments[0] != "components" || segments[1] != "schemas")
        {
            return e?.Change.Target.Field ?? e?.Change.Subject ?? element.Pointer;
        }

        var parts = new List<string> { segments[2] };
        for (var i = 3; i < segments.Count - 1; i++)
        {
            if (segments[i] == "properties")
            {
                parts.Add(segments[++i]);
            }
        }

        return string.Join(".", parts);
    }

    internal static string Fingerprint(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u001f", parts)));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
