using System.Collections.Immutable;

namespace Procountor.Specs.Versions;

/// <summary>
/// <c>specs/procountor/versions.yaml</c> as typed data: every version, the environments, and the URL patterns that
/// turn a version into a base URL or a document URL. Versions are kept in ascending order.
/// </summary>
/// <param name="Versions">Every version from 2 onward, ascending.</param>
/// <param name="Environments">The hosts (production, test).</param>
/// <param name="BaseUrlPattern">e.g. <c>{host}/{segment}/api</c>, where segment is <c>v2312</c>, <c>latest</c> or <c>supported</c>.</param>
/// <param name="DocumentUrlPattern">Where the vendor publishes a version's OpenAPI JSON, e.g. <c>{host}/{segment}/api/openapi.json</c>.</param>
public sealed record VersionCatalog(
    ImmutableArray<ApiVersion> Versions,
    ImmutableArray<ApiEnvironment> Environments,
    string BaseUrlPattern,
    string DocumentUrlPattern)
{
    /// <summary>The vendor's support policy, in words and numbers.</summary>
    public SupportPolicy? Policy { get; init; }

    /// <summary>The versions that have a bundled document, ascending.</summary>
    public IEnumerable<ApiVersion> Documented => Versions.Where(v => v.HasDocument);

    public ApiVersion? Find(string id) =>
        VersionId.TryParse(id, out var parsed) ? Versions.FirstOrDefault(v => v.Id.CompareTo(parsed) == 0 && v.Id.Text == parsed.Text) : null;

    /// <summary>The documented versions from <paramref name="from"/> to <paramref name="to"/>, both included, ascending.</summary>
    public IReadOnlyList<ApiVersion> Range(VersionId from, VersionId to) =>
        Documented.Where(v => v.Id >= from && v.Id <= to).ToList();

    /// <summary>The documented version just before <paramref name="id"/>, or <c>null</c> for the first one.</summary>
    public ApiVersion? Previous(VersionId id) => Documented.LastOrDefault(v => v.Id < id);

    public string BaseUrl(string environment, string segment) => Expand(BaseUrlPattern, environment, segment);

    public string DocumentUrl(string environment, string segment) => Expand(DocumentUrlPattern, environment, segment);

    private string Expand(string pattern, string environment, string segment)
    {
        var host = Environments.FirstOrDefault(e => e.Name == environment)
            ?? throw new ArgumentException($"Unknown environment '{environment}'; versions.yaml names {string.Join(", ", Environments.Select(e => e.Name))}.", nameof(environment));
        return pattern.Replace("{host}", host.Host).Replace("{segment}", segment);
    }
}
