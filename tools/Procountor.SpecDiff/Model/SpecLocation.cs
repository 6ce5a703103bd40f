namespace Procountor.SpecDiff.Model;

/// <summary>A place in one of the two compared documents: file, RFC 6901 pointer, 1-based line and column.</summary>
public sealed record SpecLocation(string File, string Pointer, int Line, int Column);
