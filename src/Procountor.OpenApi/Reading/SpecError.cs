namespace Procountor.OpenApi.Reading;

/// <summary>Why a spec could not be read, and where.</summary>
public sealed record SpecError(string Message, SourcePosition Position)
{
    public override string ToString() => $"({Position.Line},{Position.Column}): {Message}";
}
