using System.Text;
using Procountor.OpenApi.Reading;

namespace Procountor.SpecDiff.Diff;

/// <summary>
/// Computes the <see cref="DocumentDiff"/> of two documents: a pure function of the two trees. Knows nothing of what
/// breaks; the rules judge the result.
/// </summary>
public static class StructuralDiffer
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    private static readonly string[] OperationKeywords = ["operationId", "deprecated", "x-sunset", "x-stability-level"];

    private static readonly string[] ParameterKeywords = ["required", "deprecated", "x-sunset", "allowEmptyValue", "style", "explode", "x-stability-level"];

    private static readonly string[] HeaderKeywords = ["required", "deprecated"];

    public static DocumentDiff Compare(SpecDocument @base, SpecDocument revision)
    {
        var unchanged = new UnchangedComponents(@base, revision);
        var context = new Context(@base, revision, new SchemaDiffer(@base, revision, unchanged), unchanged);
        var b = @base.Root;
        var r = revision.Root;

        var info = new List<KeywordChange>();
        if (SchemaDiffer.Change("version", b["info"]?["version"], r["info"]?["version"]) is { } version)
        {
            info.Add(version);
        }

        var servers = SchemaDiffer.ItemChanges("servers", ServerUrls(b), ServerUrls(r), perItem: true).ToList();
        var security = CompareSecurity(b["security"], r["security"]);
        var schemes = CompareSecuritySchemes(b["components"]?["securitySchemes"], r["components"]?["securitySchemes"]);
        var schemas = CompareNames(b["components"]?["schemas"], r["components"]?["schemas"]);
        var webhooks = CompareNames(b["webhooks"], r["webhooks"]);

        // Operations hold schema diffs whose HasChanges is known only once every schema has been compared.
        var paths = ComparePaths(context, b["paths"], r["paths"]);
        context.Schemas.Finish();
        var kept = paths.Select(p => p with { Operations = p.Operations.Where(HasChanges).ToList() })
            .Where(p => p.Action != DiffAction.Modified || p.Operations.Count > 0)
            .ToList();
        return new DocumentDiff(@base, revision, info, servers, security, schemes, schemas, webhooks, kept);
    }

    /// <summary><c>/invoices/{invoiceId}</c> → <c>/invoices/{}</c>: parameter names do not make a path different.</summary>
    public static string NormalizePath(string path)
    {
        if (path.IndexOf('{') < 0)
        {
            return path;
        }

        var builder = new StringBuilder(path.Length);
        var inside = false;
        foreach (var c in path)
        {
            if (c == '{')
            {
                inside = true;
                builder.Append("{}");
            }
            else if (c == '}')
            {
                inside = false;
            }
            else if (!inside)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static List<PathDiff> ComparePaths(Context context, SpecNode? b, SpecNode? r)
    {
        var before = Index(b);
        var after = Index(r);
        var result = new List<PathDiff>();
        foreach (var key in before.Keys.Union(after.Keys).OrderBy(k => k, StringComparer.Ordinal))
        {
            before.TryGetValue(key, out var x);
            after.TryGetValue(key, out var y);
            if (x is null || y is null)
            {
                var node = x ?? y!;
                var operations = Methods.Where(node.ContainsKey)
                    .Select(m => OneSided(m, x is null ? null : x.Key, y?.Key, x?[m], y?[m]))
                    .ToList();
                result.Add(new PathDiff(x?.Key, y?.Key, x is null ? DiffAction.Added : DiffAction.Removed, x, y, operations));
                continue;
            }

            if (context.Unchanged.AreSame(x, y))
            {
                continue;
            }

            var ops = new List<OperationDiff>();
            foreach (var method in Methods)
            {
                var xo = x[method];
                var yo = y[method];
                if (xo is null && yo is null)
                {
                    continue;
                }

                // An operation of equal text may still differ through its path item's parameters.
                if (xo is not null && yo is not null && context.Unchanged.AreSame(xo, yo) && (x["parameters"] is null) == (y["parameters"] is null)
                    && (x["parameters"] is null || context.Unchanged.AreSame(x["parameters"]!, y["parameters"]!)))
                {
                    continue;
                }

                ops.Add(xo is null || yo is null
                    ? OneSided(method, x.Key, y.Key, xo, yo)
                    : CompareOperation(context, method, x, y, xo, yo));
            }

            result.Add(new PathDiff(x.Key, y.Key, DiffAction.Modified, x, y, ops));
        }

        return result;
    }

    private static Dictionary<string, SpecNode> Index(SpecNode? paths)
    {
        var index = new Dictionary<string, SpecNode>(StringComparer.Ordinal);
        if (paths is { IsObject: true })
        {
            foreach (var item in paths.Children)
            {
                if (item.IsObject)
                {
                    index.TryAdd(NormalizePath(item.Key!), item);
                }
            }
        }

        return index;
    }

    private static OperationDiff OneSided(string method, string? basePath, string? revisionPath, SpecNode? b, SpecNode? r) =>
        new(method, b is null ? null : basePath, r is null ? null : revisionPath, b is null ? DiffAction.Added : DiffAction.Removed, b, r, [], [], null, [], []);

    private static bool HasChanges(OperationDiff operation) =>
        operation.Action != DiffAction.Modified
        || operation.Keywords.Count > 0
        || operation.Security.Count > 0
        || operation.Parameters.Any(p => p.Action != DiffAction.Modified || p.Keywords.Count > 0 || p.Schema is { HasChanges: true })
        || operation.RequestBody is { } body && HasChanges(body)
        || operation.Responses.Any(HasChanges);

    private static bool HasChanges(RequestBodyDiff body) =>
        body.Action != DiffAction.Modified || body.Keywords.Count > 0 || body.Content.Any(HasChanges);

    private static bool HasChanges(MediaTypeDiff media) =>
        media.Action != DiffAction.Modified || media.SchemaAction is not null || media.Schema is { HasChanges: true };

    private static bool HasChanges(ResponseDiff response) =>
        response.Action != DiffAction.Modified
        || response.Headers.Any(h => h.Action != DiffAction.Modified || h.Keywords.Count > 0 || h.Schema is { HasChanges: true })
        || response.Content.Any(HasChanges);

    private static OperationDiff CompareOperation(Context context, string method, SpecNode basePath, SpecNode revisionPath, SpecNode b, SpecNode r)
    {
        var keywords = new List<KeywordChange>();
        foreach (var keyword in OperationKeywords)
        {
            if (SchemaDiffer.Change(keyword, b[keyword], r[keyword]) is { } change)
            {
                keywords.Add(change);
            }
        }

        keywords.AddRange(SchemaDiffer.ItemChanges("tags", b["tags"], r["tags"], perItem: true));

        var parameters = CompareParameters(context, basePath, revisionPath, b, r);
        var body = CompareRequestBody(context, b["requestBody"], r["requestBody"]);
        var responses = CompareResponses(context, b["responses"], r["responses"]);
        var security = b.ContainsKey("security") || r.ContainsKey("security")
            ? CompareSecurity(b["security"], r["security"])
            : [];
        return new OperationDiff(method, basePath.Key, revisionPath.Key, DiffAction.Modified, b, r, keywords, parameters, body, responses, security);
    }

    private static List<ParameterDiff> CompareParameters(Context context, SpecNode basePath, SpecNode revisionPath, SpecNode b, SpecNode r)
    {
        var before = EffectiveParameters(context.Base, basePath, b);
        var after = EffectiveParameters(context.Revision, revisionPath, r);
        var result = new List<ParameterDiff>();
        foreach (var key in before.Keys.Union(after.Keys).OrderBy(k => k, StringComparer.Ordinal))
        {
            before.TryGetValue(key, out var x);
            after.TryGetValue(key, out var y);
            var named = y.Node ?? x.Node!;
            var name = named.GetString("name") ?? string.Empty;
            var location = named.GetString("in") ?? string.Empty;
            if (x.Node is null || y.Node is null)
            {
                var pathLevel = x.Node is null ? y.PathLevel : x.PathLevel;
                result.Add(new ParameterDiff(name, location, x.Node is null ? DiffAction.Added : DiffAction.Removed, x.Node, y.Node, [], null, pathLevel));
                continue;
            }

            var keywords = new List<KeywordChange>();
            foreach (var keyword in ParameterKeywords)
            {
                if (SchemaDiffer.Change(keyword, x.Node[keyword], y.Node[keyword]) is { } change)
                {
                    keywords.Add(change);
                }
            }

            var schema = CompareOptionalSchema(context, ParameterSchema(x.Node), ParameterSchema(y.Node), keywords);
            var baseName = x.Node.GetString("name");
            result.Add(new ParameterDiff(name, location, DiffAction.Modified, x.Node, y.Node, keywords, schema, false, baseName == name ? null : baseName));
        }

        return result;
    }

    /// <summary>
    /// Parameters of an operation merged with those of its path item (the operation's win). Keyed by location and name,
    /// except path parameters named in the template, which are keyed by position so that a renamed template variable
    /// is the same parameter.
    /// </summary>
    private static Dictionary<string, (SpecNode? Node, bool PathLevel)> EffectiveParameters(SpecDocument document, SpecNode pathItem, SpecNode operation)
    {
        var variables = TemplateVariables(pathItem.Key!);
        var result = new Dictionary<string, (SpecNode? Node, bool PathLevel)>(StringComparer.Ordinal);
        foreach (var (list, pathLevel) in new[] { (pathItem["parameters"], true), (operation["parameters"], false) })
        {
            if (list is not { IsArray: true })
            {
                continue;
            }

            foreach (var item in list.Children)
            {
                var parameter = document.Dereference(item) ?? item;
                var name = parameter.GetString("name") ?? string.Empty;
                var location = parameter.GetString("in") ?? string.Empty;
                var position = location == "path" ? variables.IndexOf(name) : -1;
                var key = position >= 0
                    ? "path#" + position.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : location + ":" + name;
                result[key] = (parameter, pathLevel);
            }
        }

        return result;
    }

    private static List<string> TemplateVariables(string path)
    {
        var names = new List<string>();
        var start = -1;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '{')
            {
                start = i + 1;
            }
            else if (path[i] == '}' && start >= 0)
            {
                names.Add(path.Substring(start, i - start));
                start = -1;
            }
        }

        return names;
    }

    private static SpecNode? ParameterSchema(SpecNode parameter)
    {
        if (parameter["schema"] is { } schema)
        {
            return schema;
        }

        // A parameter may describe its value through content instead (one media type).
        return parameter["content"] is { IsObject: true, Count: > 0 } content ? content[0]["schema"] : null;
    }

    private static SchemaDiff? CompareOptionalSchema(Context context, SpecNode? b, SpecNode? r, List<KeywordChange> keywords)
    {
        if (b is not null && r is not null)
        {
            return context.Schemas.Compare(b, r);
        }

        if (SchemaDiffer.Change("schema", b, r) is { } change)
        {
            keywords.Add(change);
        }

        return null;
    }

    private static RequestBodyDiff? CompareRequestBody(Context context, SpecNode? b, SpecNode? r)
    {
        if (b is null && r is null)
        {
            return null;
        }

        b = b is null ? null : context.Base.Dereference(b) ?? b;
        r = r is null ? null : context.Revision.Dereference(r) ?? r;
        if (b is null || r is null)
        {
            return new RequestBodyDiff(b is null ? DiffAction.Added : DiffAction.Removed, b, r, [], []);
        }

        var keywords = new List<KeywordChange>();
        if (SchemaDiffer.Change("required", b["required"], r["required"]) is { } required)
        {
            keywords.Add(required);
        }

        return new RequestBodyDiff(DiffAction.Modified, b, r, keywords, CompareContent(context, b["content"], r["content"]));
    }

    private static List<MediaTypeDiff> CompareContent(Context context, SpecNode? b, SpecNode? r)
    {
        var result = new List<MediaTypeDiff>();
        foreach (var mediaType in SchemaDiffer.Keys(b, r))
        {
            var x = b?[mediaType];
            var y = r?[mediaType];
            if (x is null || y is null)
            {
                result.Add(new MediaTypeDiff(mediaType, x is null ? DiffAction.Added : DiffAction.Removed, x, y, null, null));
                continue;
            }

            var xs = x["schema"];
            var ys = y["schema"];
            DiffAction? schemaAction = (xs, ys) switch
            {
                (null, not null) => DiffAction.Added,
                (not null, null) => DiffAction.Removed,
                _ => null,
            };
            var schema = xs is not null && ys is not null ? context.Schemas.Compare(xs, ys) : null;
            result.Add(new MediaTypeDiff(mediaType, DiffAction.Modified, x, y, schemaAction, schema));
        }

        return result;
    }

    private static List<ResponseDiff> CompareResponses(Context context, SpecNode? b, SpecNode? r)
    {
        var result = new List<ResponseDiff>();
        foreach (var status in SchemaDiffer.Keys(b, r))
        {
            if (status.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            var x = b?[status] is { } bx ? context.Base.Dereference(bx) ?? bx : null;
            var y = r?[status] is { } ry ? context.Revision.Dereference(ry) ?? ry : null;
            if (x is null || y is null)
            {
                result.Add(new ResponseDiff(status, x is null ? DiffAction.Added : DiffAction.Removed, x, y, [], []));
                continue;
            }

            result.Add(new ResponseDiff(status, DiffAction.Modified, x, y, CompareHeaders(context, x["headers"], y["headers"]), CompareContent(context, x["content"], y["content"])));
        }

        return result;
    }

    private static List<HeaderDiff> CompareHeaders(Context context, SpecNode? b, SpecNode? r)
    {
        var result = new List<HeaderDiff>();
        foreach (var name in SchemaDiffer.Keys(b, r))
        {
            var x = b?[name] is { } bx ? context.Base.Dereference(bx) ?? bx : null;
            var y = r?[name] is { } ry ? context.Revision.Dereference(ry) ?? ry : null;
            if (x is null || y is null)
            {
                result.Add(new HeaderDiff(name, x is null ? DiffAction.Added : DiffAction.Removed, x, y, [], null));
                continue;
            }

            var keywords = new List<KeywordChange>();
            foreach (var keyword in HeaderKeywords)
            {
                if (SchemaDiffer.Change(keyword, x[keyword], y[keyword]) is { } change)
                {
                    keywords.Add(change);
                }
            }

            var schema = CompareOptionalSchema(context, ParameterSchema(x), ParameterSchema(y), keywords);
            result.Add(new HeaderDiff(name, DiffAction.Modified, x, y, keywords, schema));
        }

        return result;
    }

    private static SpecNode? ServerUrls(SpecNode root)
    {
        if (root["servers"] is not { IsArray: true } servers)
        {
            return null;
        }

        var urls = servers.Children.Select(s => s["url"]).Where(u => u is not null).ToArray();
        return urls.Length == 0 ? null : SpecNode.Array(urls.Select(u => SpecNode.Scalar(SpecNodeKind.String, u!.Text!, u.Position)).ToArray(), servers.Position);
    }

    private static List<SecurityRequirementDiff> CompareSecurity(SpecNode? b, SpecNode? r)
    {
        var before = Requirements(b);
        var after = Requirements(r);
        var result = new List<SecurityRequirementDiff>();
        foreach (var name in before.Keys.Union(after.Keys).OrderBy(k => k, StringComparer.Ordinal))
        {
            before.TryGetValue(name, out var x);
            after.TryGetValue(name, out var y);
            if (x is null || y is null)
            {
                result.Add(new SecurityRequirementDiff(name, x is null ? DiffAction.Added : DiffAction.Removed, x, y, [], []));
                continue;
            }

            var scopesBefore = Scopes(x);
            var scopesAfter = Scopes(y);
            var added = scopesAfter.Except(scopesBefore).ToList();
            var removed = scopesBefore.Except(scopesAfter).ToList();
            if (added.Count > 0 || removed.Count > 0)
            {
                result.Add(new SecurityRequirementDiff(name, DiffAction.Modified, x, y, added, removed));
            }
        }

        return result;
    }

    private static Dictionary<string, SpecNode> Requirements(SpecNode? list)
    {
        var result = new Dictionary<string, SpecNode>(StringComparer.Ordinal);
        if (list is { IsArray: true })
        {
            foreach (var requirement in list.Children.Where(c => c.IsObject))
            {
                var name = string.Join("+", requirement.Children.Select(c => c.Key!).OrderBy(k => k, StringComparer.Ordinal));
                result.TryAdd(name, requirement);
            }
        }

        return result;
    }

    private static SortedSet<string> Scopes(SpecNode requirement)
    {
        var scopes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var scheme in requirement.Children)
        {
            foreach (var scope in scheme.Children)
            {
                scopes.Add(scheme.Key + ":" + scope.Text);
            }
        }

        return scopes;
    }

    private static List<SecuritySchemeDiff> CompareSecuritySchemes(SpecNode? b, SpecNode? r)
    {
        var result = new List<SecuritySchemeDiff>();
        foreach (var name in SchemaDiffer.Keys(b, r))
        {
            var x = b?[name];
            var y = r?[name];
            if (x is null || y is null)
            {
                result.Add(new SecuritySchemeDiff(name, x is null ? DiffAction.Added : DiffAction.Removed, x, y, [], [], [], []));
                continue;
            }

            var keywords = new List<KeywordChange>();
            if (SchemaDiffer.Change("type", x["type"], y["type"]) is { } type)
            {
                keywords.Add(type);
            }

            var added = new List<string>();
            var removed = new List<string>();
            var changed = new List<string>();
            var flowsBefore = x["flows"];
            var flowsAfter = y["flows"];
            foreach (var flow in SchemaDiffer.Keys(flowsBefore, flowsAfter))
            {
                var fx = flowsBefore?[flow];
                var fy = flowsAfter?[flow];
                foreach (var keyword in new[] { "authorizationUrl", "tokenUrl" })
                {
                    if (fx is not null && fy is not null && SchemaDiffer.Change(flow + "." + keyword, fx[keyword], fy[keyword]) is { } change)
                    {
                        keywords.Add(change);
                    }
                }

                foreach (var scope in SchemaDiffer.Keys(fx?["scopes"], fy?["scopes"]))
                {
                    var sx = fx?["scopes"]?[scope];
                    var sy = fy?["scopes"]?[scope];
                    var label = flow + ":" + scope;
                    if (sx is null)
                    {
                        added.Add(label);
                    }
                    else if (sy is null)
                    {
                        removed.Add(label);
                    }
                    else if (!SpecValues.DeepEquals(sx, sy))
                    {
                        changed.Add(label);
                    }
                }
            }

            if (keywords.Count > 0 || added.Count > 0 || removed.Count > 0 || changed.Count > 0)
            {
                result.Add(new SecuritySchemeDiff(name, DiffAction.Modified, x, y, keywords, added, removed, changed));
            }
        }

        return result;
    }

    private static List<NamedDiff> CompareNames(SpecNode? b, SpecNode? r)
    {
        var result = new List<NamedDiff>();
        foreach (var name in SchemaDiffer.Keys(b, r))
        {
            var x = b?[name];
            var y = r?[name];
            if (x is null || y is null)
            {
                result.Add(new NamedDiff(name, x is null ? DiffAction.Added : DiffAction.Removed, x, y));
            }
        }

        return result;
    }

    private sealed record Context(SpecDocument Base, SpecDocument Revision, SchemaDiffer Schemas, UnchangedComponents Unchanged);
}
