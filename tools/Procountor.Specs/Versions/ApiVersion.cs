namespace Procountor.Specs.Versions;

/// <summary>One entry of <c>specs/procountor/versions.yaml</c>.</summary>
/// <param name="Id">The version as the vendor names it.</param>
/// <param name="Released">Release month, <c>yyyy-MM</c>.</param>
/// <param name="Document">Path of the bundled document relative to <c>specs/procountor/</c>, or <c>null</c> (pre-OpenAPI versions).</param>
/// <param name="SpecFormat"><c>openapi-3.0.1</c>, <c>swagger-2.0</c> or <c>none</c>: what the vendor published for this version.</param>
/// <param name="Lifecycle">Where the version stands under the vendor's support policy.</param>
public sealed record ApiVersion(VersionId Id, string Released, string? Document, string SpecFormat, VersionLifecycle Lifecycle)
{
    public string? PathSegment => Id.PathSegment;

    public bool HasDocument => Document is not null;
}

/// <summary>The vendor's policy applied to one version.</summary>
/// <param name="Channel"><c>numbered</c> (monthly, no extended support) or <c>supported</c> (the quarterly release that the <c>supported</c> alias moves to).</param>
/// <param name="SupportedFrom">First month (<c>yyyy-MM</c>) the <c>supported</c> alias points at it, or <c>null</c>.</param>
/// <param name="SupportedUntil">Last month it is available under the support policy, or <c>null</c>.</param>
public sealed record VersionLifecycle(string Channel, string? SupportedFrom, string? SupportedUntil);

/// <summary>A host of the API: <c>production</c> or <c>test</c>, with the URL patterns of <c>versions.yaml</c>.</summary>
/// <param name="Name"><c>production</c>, <c>test</c>, …</param>
/// <param name="Host">Scheme and host, e.g. <c>https://api.procountor.com</c>.</param>
public sealed record ApiEnvironment(string Name, string Host);
