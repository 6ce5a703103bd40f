using Procountor.Specs.Versions;

namespace Procountor.Specs.Fetching;

/// <summary>Which published document to download: a version (or an alias such as <c>latest</c>) in one environment.</summary>
/// <param name="Version">The version as asked for: <c>23.12</c>, <c>latest</c>, <c>supported</c>.</param>
/// <param name="Environment"><c>production</c> or <c>test</c>.</param>
/// <param name="Url">Where the document is published.</param>
public sealed record FetchTarget(string Version, string Environment, Uri Url)
{
    /// <summary>
    /// Resolves <paramref name="version"/> through the URL pattern of <c>versions.yaml</c>, unless <paramref name="url"/>
    /// is given. Any YY.MM version has a segment (<c>v2312</c>), also one newer than the catalog; aliases come from its policy.
    /// </summary>
    public static FetchTarget Resolve(VersionCatalog catalog, string version, string environment, string? url, string catalogFile)
    {
        var segment = Segment(catalog, version, catalogFile);
        if (catalog.Environments.All(e => e.Name != environment))
        {
            throw new SpecsException(catalogFile, null, $"no environment '{environment}' (there are {string.Join(", ", catalog.Environments.Select(e => e.Name))})");
        }

        var address = url ?? catalog.DocumentUrl(environment, segment);
        return Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? new FetchTarget(version, environment, uri)
            : throw new SpecsException(address, null, "not an http or https URL");
    }

    /// <summary>True for <c>latest</c>, <c>supported</c> and any other alias the policy names.</summary>
    public static bool IsAlias(VersionCatalog catalog, string version) =>
        catalog.Policy?.Aliases.Contains(version) ?? version is "latest" or "supported";

    private static string Segment(VersionCatalog catalog, string version, string catalogFile)
    {
        if (IsAlias(catalog, version))
        {
            return version;
        }

        return VersionId.TryParse(version, out var id) && id.PathSegment is { } segment && id.Text == version
            ? segment
            : throw new SpecsException(catalogFile, null, $"'{version}' is not a YY.MM version or an alias ({string.Join(", ", catalog.Policy?.Aliases ?? ["latest", "supported"])}); only those are published as OpenAPI JSON");
    }
}
