using Procountor.OpenApi.Reading;

namespace Procountor.SpecDiff.Diff;

/// <summary>
/// What differs between two documents, structurally: no judgement of what breaks (that is the rules' job).
/// Only elements that differ appear; lists are in a deterministic order (paths, methods and names ordinal).
/// </summary>
public sealed record DocumentDiff(
    SpecDocument Base,
    SpecDocument Revision,
    IReadOnlyList<KeywordChange> Info,
    IReadOnlyList<KeywordChange> Servers,
    IReadOnlyList<SecurityRequirementDiff> Security,
    IReadOnlyList<SecuritySchemeDiff> SecuritySchemes,
    IReadOnlyList<NamedDiff> Schemas,
    IReadOnlyList<NamedDiff> Webhooks,
    IReadOnlyList<PathDiff> Paths)
{
    public bool IsEmpty => Info.Count == 0 && Servers.Count == 0 && Security.Count == 0 && SecuritySchemes.Count == 0
        && Schemas.Count == 0 && Webhooks.Count == 0 && Paths.Count == 0;
}

/// <summary>A named element (component schema, webhook) that was added or removed.</summary>
public sealed record NamedDiff(string Name, DiffAction Action, SpecNode? Base, SpecNode? Revision);

/// <summary>A path item: matched by its template with parameter names ignored (<c>/invoices/{id}</c> = <c>/invoices/{invoiceId}</c>).</summary>
/// <param name="BasePath">The template as the base spells it, when present.</param>
/// <param name="RevisionPath">The template as the revision spells it, when present.</param>
public sealed record PathDiff(
    string? BasePath,
    string? RevisionPath,
    DiffAction Action,
    SpecNode? Base,
    SpecNode? Revision,
    IReadOnlyList<OperationDiff> Operations)
{
    /// <summary>The template as the newest side spells it.</summary>
    public string Path => RevisionPath ?? BasePath!;
}

/// <summary>One operation (method of a path item).</summary>
public sealed record OperationDiff(
    string Method,
    string? BasePath,
    string? RevisionPath,
    DiffAction Action,
    SpecNode? Base,
    SpecNode? Revision,
    IReadOnlyList<KeywordChange> Keywords,
    IReadOnlyList<ParameterDiff> Parameters,
    RequestBodyDiff? RequestBody,
    IReadOnlyList<ResponseDiff> Responses,
    IReadOnlyList<SecurityRequirementDiff> Security)
{
    public string Path => RevisionPath ?? BasePath!;

    /// <summary><c>METHOD /path</c>, the path as the newest side spells it.</summary>
    public string Operation => Method.ToUpperInvariant() + " " + Path;
}

/// <summary>A parameter, matched by location and name (path parameters by position in the template).</summary>
/// <param name="Name">The name in the revision when present, else in the base.</param>
/// <param name="In"><c>path</c>, <c>query</c>, <c>header</c> or <c>cookie</c>.</param>
/// <param name="Base">The parameter object (after <c>$ref</c>) in the base, when present.</param>
/// <param name="Revision">The parameter object in the revision, when present.</param>
/// <param name="PathLevel">The added or removed parameter is declared on the path item (applies to all its operations).</param>
/// <param name="BaseName">The name in the base (differs from <see cref="Name"/> for a renamed path parameter).</param>
public sealed record ParameterDiff(
    string Name,
    string In,
    DiffAction Action,
    SpecNode? Base,
    SpecNode? Revision,
    IReadOnlyList<KeywordChange> Keywords,
    SchemaDiff? Schema,
    bool PathLevel,
    string? BaseName = null);

/// <summary>The request body of an operation.</summary>
public sealed record RequestBodyDiff(
    DiffAction Action,
    SpecNode? Base,
    SpecNode? Revision,
    IReadOnlyList<KeywordChange> Keywords,
    IReadOnlyList<MediaTypeDiff> Content);

/// <summary>One media type of a content map (request body or response).</summary>
/// <param name="SchemaAction">Added or removed when only one side declares a schema; otherwise <c>null</c>.</param>
public sealed record MediaTypeDiff(
    string MediaType,
    DiffAction Action,
    SpecNode? Base,
    SpecNode? Revision,
    DiffAction? SchemaAction,
    SchemaDiff? Schema);

/// <summary>One response of an operation, by status code (<c>200</c>, <c>4XX</c>, <c>default</c>).</summary>
public sealed record ResponseDiff(
    string Status,
    DiffAction Action,
    SpecNode? Base,
    SpecNode? Revision,
    IReadOnlyList<HeaderDiff> Headers,
    IReadOnlyList<MediaTypeDiff> Content);

/// <summary>A response header.</summary>
public sealed record HeaderDiff(
    string Name,
    DiffAction Action,
    SpecNode? Base,
    SpecNode? Revision,
    IReadOnlyList<KeywordChange> Keywords,
    SchemaDiff? Schema);

/// <summary>A security requirement (an entry of a <c>security</c> list), named by its schemes joined with <c>+</c>.</summary>
/// <param name="Name">Scheme names of the requirement, sorted and joined (<c>""</c> for the empty, anonymous requirement).</param>
/// <param name="ScopesAdded">Scopes only the revision asks for (per scheme, <c>scheme:scope</c>).</param>
/// <param name="ScopesRemoved">Scopes only the base asks for.</param>
public sealed record SecurityRequirementDiff(
    string Name,
    DiffAction Action,
    SpecNode? Base,
    SpecNode? Revision,
    IReadOnlyList<string> ScopesAdded,
    IReadOnlyList<string> ScopesRemoved);

/// <summary>A <c>components/securitySchemes</c> entry.</summary>
/// <param name="Keywords">Changed keywords: <c>type</c>, and per flow <c>authorizationUrl</c>/<c>tokenUrl</c> (keyword <c>flow.keyword</c>).</param>
/// <param name="ScopesAdded">OAuth scopes added (<c>flow:scope</c>).</param>
/// <param name="ScopesRemoved">OAuth scopes removed.</param>
/// <param name="ScopesChanged">OAuth scopes whose description changed.</param>
public sealed record SecuritySchemeDiff(
    string Name,
    DiffAction Action,
    SpecNode? Base,
    SpecNode? Revision,
    IReadOnlyList<KeywordChange> Keywords,
    IReadOnlyList<string> ScopesAdded,
    IReadOnlyList<string> ScopesRemoved,
    IReadOnlyList<string> ScopesChanged);
