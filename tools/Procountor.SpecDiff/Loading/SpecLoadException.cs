using Procountor.OpenApi.Reading;

namespace Procountor.SpecDiff.Loading;

/// <summary>
/// A document that cannot be compared: unreadable, not JSON/YAML, not OpenAPI, or with a <c>$ref</c> that does not
/// resolve. <see cref="Exception.Message"/> is one line naming the file and, where known, the line and column.
/// </summary>
public sealed class SpecLoadException : Exception
{
    public SpecLoadException(string file, SourcePosition? position, string reason)
        : base(Format(file, position, reason))
    {
        File = file;
        Position = position;
        Reason = reason;
    }

    public string File { get; }

    public SourcePosition? Position { get; }

    public string Reason { get; }

    private static string Format(string file, SourcePosition? position, string reason) =>
        position is { } p ? $"{file}:{p.Line}:{p.Column}: {reason}" : $"{file}: {reason}";
}
