namespace Procountor.OpenApi.Reading;

/// <summary>A 1-based line and column in a spec file (columns count UTF-16 code units).</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
