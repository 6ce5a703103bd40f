namespace Procountor.Specs.Comparing;

/// <summary>One place where two documents differ.</summary>
/// <param name="Kind">Whether the place is only in the new document, only in the old one, or holds another value.</param>
/// <param name="Pointer">RFC 6901 pointer to the place.</param>
public sealed record DocumentDifference(DifferenceKind Kind, string Pointer);

public enum DifferenceKind
{
    Added,
    Removed,
    Changed,
}
