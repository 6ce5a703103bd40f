using Procountor.OpenApi.Reading;

namespace Procountor.SpecDiff.Diff;

/// <summary>
/// The structural difference of two schemas, after following <c>$ref</c>s on both sides. The same pair of component
/// schemas is compared once and its diff shared by every place that uses it, so the diff of a document is a graph
/// (cycles included) rather than a tree; <see cref="HasChanges"/> says whether anything below differs.
/// </summary>
public sealed class SchemaDiff
{
    internal SchemaDiff(SpecNode @base, SpecNode revision, string? baseRef, string? revisionRef)
    {
        Base = @base;
        Revision = revision;
        BaseRef = baseRef;
        RevisionRef = revisionRef;
    }

    /// <summary>The base schema (the <c>$ref</c> target where one was followed).</summary>
    public SpecNode Base { get; }

    public SpecNode Revision { get; }

    /// <summary>The <c>$ref</c> that led to <see cref="Base"/>, if any (e.g. <c>#/components/schemas/Invoice</c>).</summary>
    public string? BaseRef { get; }

    public string? RevisionRef { get; }

    /// <summary>Keywords of this schema that differ.</summary>
    public IReadOnlyList<KeywordChange> Keywords => _keywords ?? (IReadOnlyList<KeywordChange>)[];

    /// <summary>Properties added, removed, or changed (in their schema or in being required).</summary>
    public IReadOnlyList<PropertyDiff> Properties => _properties ?? (IReadOnlyList<PropertyDiff>)[];

    /// <summary>Subschemas (items, additionalProperties, allOf/oneOf/anyOf members, not, if/then/else, …) added, removed or changed.</summary>
    public IReadOnlyList<SubschemaDiff> Subschemas => _subschemas ?? (IReadOnlyList<SubschemaDiff>)[];

    /// <summary>True when this schema or anything reachable from it differs.</summary>
    public bool HasChanges { get; internal set; }

    internal bool HasOwnChanges =>
        _keywords is not null
        || (_properties is not null && _properties.Exists(p => p.Action != DiffAction.Modified || p.BaseRequired != p.RevisionRequired))
        || (_subschemas is not null && _subschemas.Exists(s => s.Action != DiffAction.Modified));

    internal IEnumerable<SchemaDiff> Children
    {
        get
        {
            if (_properties is not null)
            {
                foreach (var property in _properties)
                {
                    if (property.Schema is { } schema)
                    {
                        yield return schema;
                    }
                }
            }

            if (_subschemas is not null)
            {
                foreach (var subschema in _subschemas)
                {
                    if (subschema.Schema is { } schema)
                    {
                        yield return schema;
                    }
                }
            }
        }
    }

    private List<KeywordChange>? _keywords;
    private List<PropertyDiff>? _properties;
    private List<SubschemaDiff>? _subschemas;

    internal void Add(KeywordChange change) => (_keywords ??= []).Add(change);

    internal void Add(PropertyDiff property) => (_properties ??= []).Add(property);

    internal void Add(SubschemaDiff subschema) => (_subschemas ??= []).Add(subschema);

    public override string ToString() => $"schema {Base.Pointer} → {Revision.Pointer}";
}

/// <summary>A property of an object schema that differs.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Action"><see cref="DiffAction.Added"/>, <see cref="DiffAction.Removed"/> or <see cref="DiffAction.Modified"/>.</param>
/// <param name="Base">The property's schema in the base (its own node, before <c>$ref</c>), when present.</param>
/// <param name="Revision">The property's schema in the revision, when present.</param>
/// <param name="BaseRequired">Listed in the base parent's <c>required</c>.</param>
/// <param name="RevisionRequired">Listed in the revision parent's <c>required</c>.</param>
/// <param name="Schema">For modified properties: the diff of the two schemas (may have no changes when only requiredness did).</param>
public sealed record PropertyDiff(string Name, DiffAction Action, SpecNode? Base, SpecNode? Revision, bool BaseRequired, bool RevisionRequired, SchemaDiff? Schema);

/// <summary>A subschema keyword that differs.</summary>
/// <param name="Keyword"><c>items</c>, <c>additionalProperties</c>, <c>allOf</c>, <c>oneOf</c>, <c>anyOf</c>, <c>prefixItems</c>, <c>not</c>, <c>if</c>, …</param>
/// <param name="Name">For lists and maps: the member's key (a <c>$ref</c> name, an index, a pattern, a property name); otherwise <c>null</c>.</param>
/// <param name="Action">Added, removed or modified.</param>
/// <param name="Base">The subschema in the base, when present.</param>
/// <param name="Revision">The subschema in the revision, when present.</param>
/// <param name="Schema">For modified subschemas: their diff.</param>
public sealed record SubschemaDiff(string Keyword, string? Name, DiffAction Action, SpecNode? Base, SpecNode? Revision, SchemaDiff? Schema);
