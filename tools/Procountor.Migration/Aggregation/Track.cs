namespace Procountor.Migration.Aggregation;

/// <summary>The life of one element over a range of releases: where it started, what it is called now, what happened.</summary>
internal sealed class Track(Element origin, bool existedAtStart)
{
    public Element Origin { get; } = origin;

    public Element Current { get; set; } = origin;

    /// <summary>The element is in the range's first document (it was not added in between).</summary>
    public bool ExistedAtStart { get; } = existedAtStart;

    /// <summary>The element is gone from the range's last document.</summary>
    public bool Removed { get; set; }

    public List<ChangeEvent> Events { get; } = [];

    public IEnumerable<ChangeEvent> Of(EventKind kind) => Events.Where(e => e.Kind == kind);
}
