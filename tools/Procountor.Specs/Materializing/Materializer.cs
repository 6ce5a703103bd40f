using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Procountor.Specs.Canonical;
using Procountor.Specs.History;
using Procountor.Specs.Loading;
using Procountor.Specs.Versions;

namespace Procountor.Specs.Materializing;

/// <summary>
/// Produces every version's document from the newest one and the history: walking back from the newest, each step's
/// edits are undone last first (every precondition checked), and each version's text is written canonically with
/// <c>info.version</c> and <c>servers</c> set from <c>versions.yaml</c>.
/// </summary>
public static class Materializer
{
    /// <summary>The documents of every documented version, ascending.</summary>
    public static ImmutableArray<MaterializedDocument> Materialize(SpecsRepository specs)
    {
        var catalog = specs.Catalog;
        var documented = catalog.Documented.ToList();
        if (documented.Count == 0)
        {
            throw new SpecsException(specs.DisplayPath(SpecsRepository.VersionsFile), null, "no version has a document");
        }

        var steps = StepsByVersion(specs, documented);
        var newest = documented[^1];
        if (specs.ReadDocument(newest) is not JsonObject { } root || root["info"] is not JsonObject)
        {
            throw new SpecsException(specs.DocumentDisplayPath(newest), null, "the newest document must be an object with an info object");
        }

        var results = new MaterializedDocument[documented.Count];
        for (var i = documented.Count - 1; i >= 0; i--)
        {
            if (i < documented.Count - 1)
            {
                Undo(steps[documented[i + 1].Id], root);
            }

            Stamp(root, documented[i], catalog, specs);
            results[i] = new MaterializedDocument(documented[i], specs.DocumentPath(documented[i]), specs.DocumentDisplayPath(documented[i]), CanonicalJson.Write(root));
        }

        return [.. results];
    }

    /// <summary>The documents whose file is missing or differs from what <see cref="Materialize"/> writes.</summary>
    public static IReadOnlyList<MaterializedDocument> Stale(IEnumerable<MaterializedDocument> documents) =>
        documents.Where(document => !document.IsCurrent()).ToList();

    private static void Undo(HistoryStep step, JsonNode document)
    {
        for (var i = step.Edits.Length - 1; i >= 0; i--)
        {
            var edit = step.Edits[i];
            if (EditUndo.Apply(document, edit) is { } failure)
            {
                throw new SpecsException(step.File, edit.Position, $"edit {i + 1} ({KebabCase<HistoryOp>.Name(edit.Op)} {edit.Path}) does not hold in {step.Version}: {failure}");
            }
        }
    }

    // The history must step exactly once from each documented version to the next.
    private static Dictionary<VersionId, HistoryStep> StepsByVersion(SpecsRepository specs, List<ApiVersion> documented)
    {
        var steps = new Dictionary<VersionId, HistoryStep>();
        foreach (var step in specs.History)
        {
            var index = documented.FindIndex(v => v.Id.CompareTo(step.Version) == 0);
            if (index < 0)
            {
                throw new SpecsException(step.File, null, $"{step.Version} has no document in versions.yaml");
            }

            if (index == 0)
            {
                throw new SpecsException(step.File, null, $"{step.Version} is the oldest document; there is nothing to step from");
            }

            if (documented[index - 1].Id.CompareTo(step.Previous) != 0)
            {
                throw new SpecsException(step.File, null, $"previous is {step.Previous}, but the document before {step.Version} in versions.yaml is {documented[index - 1].Id}");
            }

            steps.Add(step.Version, step);
        }

        foreach (var version in documented.Skip(1))
        {
            if (!steps.ContainsKey(version.Id))
            {
                var previous = documented[documented.IndexOf(version) - 1].Id;
                throw new SpecsException(specs.DisplayPath($"{SpecsRepository.HistoryDirectory}/{version.Id}.yaml"), null, $"missing: {version.Id} has a document, so the edits from {previous} to it must be recorded");
            }
        }

        return steps;
    }

    private static void Stamp(JsonObject document, ApiVersion version, VersionCatalog catalog, SpecsRepository specs)
    {
        var segment = version.PathSegment
            ?? throw new SpecsException(specs.DisplayPath(SpecsRepository.VersionsFile), null, $"{version.Id} has a document but no path segment (only YY.MM versions have one)");
        document["info"]!["version"] = version.Id.Text;
        document["servers"] = new JsonArray([.. catalog.Environments.Select(environment => (JsonNode)new JsonObject
        {
            ["url"] = catalog.BaseUrl(environment.Name, segment),
            ["description"] = environment.Name,
        })]);
    }
}
