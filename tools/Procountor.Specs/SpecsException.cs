using Procountor.OpenApi.Reading;

namespace Procountor.Specs;

/// <summary>
/// Why a spec file (or a fetched document) could not be used, as one line that names the file and, where known, the
/// position: <c>specs/procountor/history/20.06.yaml:12:5: edit 3 (rename at /components/...): ...</c>.
/// </summary>
public sealed class SpecsException : Exception
{
    public SpecsException(string file, SourcePosition? position, string detail)
        : base(position is { } at ? $"{file}:{at.Line}:{at.Column}: {detail}" : $"{file}: {detail}")
    {
        File = file;
        Position = position;
        Detail = detail;
    }

    /// <summary>The file as messages name it (relative to the repository root), or the URL of a fetched document.</summary>
    public string File { get; }

    public SourcePosition? Position { get; }

    /// <summary>The message without the file and position.</summary>
    public string Detail { get; }
}
