using Procountor.OpenApi.Reading;
using Procountor.Specs.Versions;

namespace Procountor.SpecDiff.Loading;

/// <summary>A document ready to compare, with the name reports use for it.</summary>
/// <param name="Label">The version id when it came from <c>versions.yaml</c>, otherwise the path as given.</param>
/// <param name="Version">The API version, when known.</param>
/// <param name="Document">The read document (tree with positions, <c>$ref</c> resolution).</param>
public sealed record LoadedSpec(string Label, VersionId? Version, SpecDocument Document)
{
    /// <summary>The path reports and SARIF name for the file.</summary>
    public string File => Document.Path;
}
