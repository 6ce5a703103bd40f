using System.Collections.Immutable;
using Procountor.OpenApi.Reading;
using Procountor.Specs.Loading;

namespace Procountor.Specs.Versions;

/// <summary>Reads <c>versions.yaml</c> strictly (see <c>specs/FORMATS.md</c>).</summary>
public static class VersionCatalogLoader
{
    private static readonly string[] SpecFormats = ["openapi-3.0.1", "swagger-2.0", "none"];
    private static readonly string[] Channels = ["numbered", "supported"];

    public static VersionCatalog Load(string path, string displayPath) => Parse(SpecsFiles.ReadText(path, displayPath), displayPath);

    /// <param name="yaml">The file's text.</param>
    /// <param name="file">The file as messages name it.</param>
    public static VersionCatalog Parse(string yaml, string file)
    {
        var root = YamlObject.Open(file, YamlFile.Read(yaml, file), "versions.yaml", "baseUrlPattern", "documentUrlPattern", "environments", "policy", "versions");
        var baseUrlPattern = Pattern(root, "baseUrlPattern");
        var documentUrlPattern = Pattern(root, "documentUrlPattern");
        return new VersionCatalog(ReadVersions(root), ReadEnvironments(root), baseUrlPattern, documentUrlPattern)
        {
            Policy = ReadPolicy(YamlObject.Open(file, root.Required("policy"), "policy", "summary", "supportedEveryMonths", "supportedForMonths", "aliases")),
        };
    }

    private static string Pattern(YamlObject root, string key)
    {
        var pattern = root.String(key);
        return pattern.Contains("{host}", StringComparison.Ordinal) && pattern.Contains("{segment}", StringComparison.Ordinal)
            ? pattern
            : throw root.Error(root.Required(key), $"'{key}' must contain {{host}} and {{segment}}");
    }

    private static ImmutableArray<ApiEnvironment> ReadEnvironments(YamlObject root)
    {
        var environments = ImmutableArray.CreateBuilder<ApiEnvironment>();
        foreach (var node in NonEmpty(root, "environments"))
        {
            var entry = YamlObject.Open(root.File, node, "environment", "name", "host");
            var name = entry.String("name");
            var host = entry.String("host");
            if (!Uri.TryCreate(host, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.PathAndQuery != "/" || host.EndsWith('/'))
            {
                throw entry.Error(entry.Required("host"), $"'host' must be a scheme and host without a path or trailing slash, such as https://api.procountor.com, not '{host}'");
            }

            if (environments.Any(e => e.Name == name))
            {
                throw entry.Error(entry.Required("name"), $"duplicate environment '{name}'");
            }

            environments.Add(new ApiEnvironment(name, host));
        }

        return environments.ToImmutable();
    }

    private static SupportPolicy ReadPolicy(YamlObject policy)
    {
        var aliases = policy.Strings("aliases");
        if (aliases.IsEmpty)
        {
            throw policy.Error(policy.Required("aliases"), "'aliases' must name at least one path segment");
        }

        return new SupportPolicy(policy.String("summary"), policy.Integer("supportedEveryMonths", 1), policy.Integer("supportedForMonths", 1), aliases);
    }

    private static ImmutableArray<ApiVersion> ReadVersions(YamlObject root)
    {
        var versions = ImmutableArray.CreateBuilder<ApiVersion>();
        var documents = new Dictionary<string, VersionId>(StringComparer.Ordinal);
        foreach (var node in NonEmpty(root, "versions"))
        {
            var entry = YamlObject.Open(root.File, node, "version entry", "id", "released", "specFormat", "document", "lifecycle");
            var id = entry.Version("id");
            if (versions.Count > 0 && id <= versions[^1].Id)
            {
                throw entry.Error(entry.Required("id"), id.CompareTo(versions[^1].Id) == 0
                    ? $"duplicate version {id}"
                    : $"version {id} comes after {versions[^1].Id}; list versions in ascending order");
            }

            var released = entry.Month("released");
            if (versions.Count > 0 && string.CompareOrdinal(released, versions[^1].Released) < 0)
            {
                throw entry.Error(entry.Required("released"), $"{id} is released {released}, before {versions[^1].Id} ({versions[^1].Released})");
            }

            var specFormat = OneOf(entry, "specFormat", SpecFormats);
            var document = Document(entry, id, specFormat, documents);
            versions.Add(new ApiVersion(id, released, document, specFormat, ReadLifecycle(YamlObject.Open(root.File, entry.Required("lifecycle"), "lifecycle", "channel", "supportedFrom", "supportedUntil"))));
        }

        return versions.ToImmutable();
    }

    private static string? Document(YamlObject entry, VersionId id, string specFormat, Dictionary<string, VersionId> documents)
    {
        if (entry.OptionalString("document") is not { } document)
        {
            return null;
        }

        var at = entry.Required("document");
        if (specFormat == "none")
        {
            throw entry.Error(at, $"{id} has specFormat none, so it can have no document");
        }

        if (document.StartsWith('/') || document.Contains('\\') || document.Split('/').Any(part => part is "" or "." or "..") || !document.EndsWith(".json", StringComparison.Ordinal))
        {
            throw entry.Error(at, $"'document' must be a .json path relative to specs/procountor/ (such as {id}/openapi.json), not '{document}'");
        }

        if (!documents.TryAdd(document, id))
        {
            throw entry.Error(at, $"{document} is already the document of {documents[document]}");
        }

        return document;
    }

    private static VersionLifecycle ReadLifecycle(YamlObject lifecycle)
    {
        var channel = OneOf(lifecycle, "channel", Channels);
        var from = lifecycle.OptionalMonth("supportedFrom");
        var until = lifecycle.OptionalMonth("supportedUntil");
        if (from is not null && until is not null && string.CompareOrdinal(from, until) > 0)
        {
            throw lifecycle.Error(lifecycle.Required("supportedUntil"), $"supportedUntil {until} is before supportedFrom {from}");
        }

        return new VersionLifecycle(channel, from, until);
    }

    private static string OneOf(YamlObject entry, string key, string[] allowed)
    {
        var value = entry.String(key);
        return Array.IndexOf(allowed, value) >= 0 ? value : throw entry.Error(entry.Required(key), $"'{key}' must be one of {string.Join(", ", allowed)}, not '{value}'");
    }

    private static IReadOnlyList<SpecNode> NonEmpty(YamlObject root, string key)
    {
        var items = root.RequiredList(key);
        return items.Count > 0 ? items : throw root.Error(root.Required(key), $"'{key}' must list at least one entry");
    }
}
