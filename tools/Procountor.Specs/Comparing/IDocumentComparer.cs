using System.Text.Json.Nodes;

namespace Procountor.Specs.Comparing;

/// <summary>
/// Says how one document differs from another. <see cref="PointerComparer"/> lists JSON pointers; the structural
/// diff engine of <c>Procountor.SpecDiff</c> can stand behind the same interface.
/// </summary>
public interface IDocumentComparer
{
    /// <summary>The differences from <paramref name="old"/> to <paramref name="new"/>, sorted; empty when equal.</summary>
    IReadOnlyList<DocumentDifference> Compare(JsonNode? old, JsonNode? @new);
}
