namespace Procountor.OpenApi.Reading;

/// <summary>The tree of a spec, or the first error that stopped reading it.</summary>
public sealed record SpecReadResult(SpecNode? Root, SpecError? Error)
{
    public bool Succeeded => Root is not null;

    /// <summary>The string <c>$ref</c> members, when the reader collected them on the way (see <see cref="SpecDocument.References"/>).</summary>
    internal IReadOnlyList<SpecNode>? References { get; init; }
}
