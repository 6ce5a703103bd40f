using Procountor.SpecDiff.Model;

namespace Procountor.Migration.Aggregation;

/// <summary>What a change does to its element's life.</summary>
public enum EventKind
{
    Added,
    Removed,
    Renamed,
    Deprecated,
    Modified,
}

/// <summary>One change of one release, read as an event in the life of an element.</summary>
/// <param name="Pair">Index of the pair (0 = the first consecutive pair of the range).</param>
/// <param name="Kind">Added, removed, renamed, deprecated or modified.</param>
/// <param name="Element">The element as it is before the change.</param>
/// <param name="Renamed">For renames: the element after it.</param>
/// <param name="Change">The judged change.</param>
public sealed record ChangeEvent(int Pair, EventKind Kind, Element Element, Element? Renamed, Change Change);
