using System.Collections.Immutable;
using Procountor.SpecDiff.Diff;
using Procountor.SpecDiff.Model;

namespace Procountor.SpecDiff.Rules;

/// <summary>Where a schema is used: this decides the direction of every judgement and the rule family's prefix.</summary>
internal enum SchemaRoot
{
    RequestBody,
    ResponseBody,
    Parameter,
    HeaderParameter,
    ResponseHeader,
}

/// <summary>
/// The position of a schema under judgement: the root it hangs from (request body, parameter, …), the property path
/// below it, the component schemas passed on the way, and the flags of the property it describes.
/// </summary>
internal sealed record SchemaPlace(
    SchemaRoot Root,
    string? Operation,
    string SubjectPrefix,
    ChangeTarget Context,
    ImmutableList<string> Segments,
    ImmutableList<(string Schema, int At)> Anchors,
    bool IsRoot,
    bool Required,
    bool ReadOnly,
    bool WriteOnly)
{
    public static SchemaPlace Create(SchemaRoot root, string? operation, string subjectPrefix, ChangeTarget context) =>
        new(root, operation, subjectPrefix, context, [], [], true, false, false, false);

    public bool IsRequestSide => Root is SchemaRoot.RequestBody or SchemaRoot.Parameter or SchemaRoot.HeaderParameter;

    public string Side => IsRequestSide ? "request" : "response";

    /// <summary>Rule ID prefixes for this place, most specific first (e.g. the readOnly variant before the plain one).</summary>
    public IReadOnlyList<string> Prefixes => (Root, IsRoot) switch
    {
        (SchemaRoot.RequestBody, true) => ["request-body"],
        (SchemaRoot.RequestBody, false) => ReadOnly ? ["request-read-only-property", "request-property"] : ["request-property"],
        (SchemaRoot.ResponseBody, true) => ["response-body", "response-mediatype"],
        (SchemaRoot.ResponseBody, false) => WriteOnly ? ["response-write-only-property", "response-property"] : ["response-property"],
        (SchemaRoot.Parameter, true) or (SchemaRoot.HeaderParameter, true) => ["request-parameter"],
        (SchemaRoot.Parameter, false) => ["request-parameter-property"],
        (SchemaRoot.HeaderParameter, false) => ["request-header-property", "request-parameter-property"],
        (SchemaRoot.ResponseHeader, true) => ["response-header"],
        _ => [],
    };

    /// <summary>Candidate rule IDs: every prefix with every suffix, prefix-major.</summary>
    public IEnumerable<string> Ids(params string[] suffixes)
    {
        foreach (var prefix in Prefixes)
        {
            foreach (var suffix in suffixes)
            {
                yield return prefix + "-" + suffix;
            }
        }
    }

    public string Path => Segments.Count == 0 ? string.Empty : string.Join("/", Segments).Replace("/[]", "[]", StringComparison.Ordinal);

    public string Subject => Segments.Count == 0 ? SubjectPrefix : SubjectPrefix + ": " + Path;

    /// <summary>The place of a property (or another named child) below this one.</summary>
    public SchemaPlace Child(string segment, bool required, bool readOnly, bool writeOnly) =>
        this with { Segments = Segments.Add(segment), IsRoot = false, Required = required, ReadOnly = readOnly, WriteOnly = writeOnly };

    /// <summary>Notes the component schema a diff came from (through <c>$ref</c>).</summary>
    public SchemaPlace Enter(SchemaDiff diff)
    {
        var name = ComponentName(diff.RevisionRef) ?? ComponentName(diff.BaseRef);
        return name is null || (Anchors.Count > 0 && Anchors[^1].Schema == name && Anchors[^1].At == Segments.Count)
            ? this
            : this with { Anchors = Anchors.Add((name, Segments.Count)) };
    }

    public ChangeTarget Target(string? detail = null)
    {
        var schemas = ImmutableArray.CreateBuilder<string>();
        var fields = ImmutableArray.CreateBuilder<string>();
        for (var i = Anchors.Count - 1; i >= 0; i--)
        {
            var (schema, at) = Anchors[i];
            if (!schemas.Contains(schema))
            {
                schemas.Add(schema);
            }

            var rest = Segments.Skip(at).Where(s => s != "[]").ToList();
            if (rest.Count > 0)
            {
                fields.Add(schema + "." + string.Join(".", rest));
            }
        }

        return Context with
        {
            Schemas = schemas.ToImmutable(),
            Fields = fields.ToImmutable(),
            PropertyPath = Segments.Count == 0 ? null : Path,
            Detail = detail,
        };
    }

    private static string? ComponentName(string? reference) =>
        reference is not null && reference.StartsWith("#/components/schemas/", StringComparison.Ordinal)
            ? OpenApi.Reading.JsonPointer.Unescape(reference.Substring("#/components/schemas/".Length))
            : null;
}
