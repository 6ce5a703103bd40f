using System.Runtime.CompilerServices;
using Procountor.OpenApi.Reading;

namespace Procountor.SpecDiff.Diff;

/// <summary>
/// Compares schemas deep through <c>$ref</c>. Each pair of resolved schema nodes is compared once: the result is
/// remembered before descending, so shared components cost one comparison and <c>$ref</c> cycles end at the
/// remembered (still incomplete) diff instead of recursing forever.
/// </summary>
internal sealed class SchemaDiffer
{
    private static readonly string[] NumericKeywords =
    [
        "maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "maxLength", "minLength", "maxItems", "minItems",
        "maxProperties", "minProperties", "multipleOf", "minContains", "maxContains",
    ];

    private static readonly string[] ScalarKeywords =
    [
        "format", "pattern", "nullable", "readOnly", "writeOnly", "deprecated", "default", "const", "uniqueItems",
        "x-stability-level", "x-sunset", "contentMediaType", "contentEncoding",
    ];

    private static readonly string[] SingleSubschemas =
    [
        "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
        "unevaluatedItems", "unevaluatedProperties", "contentSchema",
    ];

    private static readonly string[] ListSubschemas = ["allOf", "oneOf", "anyOf", "prefixItems"];

    private static readonly string[] MapSubschemas = ["patternProperties", "dependentSchemas"];

    private readonly SpecDocument _base;
    private readonly SpecDocument _revision;
    private readonly Dictionary<(SpecNode, SpecNode), SchemaDiff> _compared = new(PairComparer.Instance);
    private readonly List<SchemaDiff> _all = [];

    private readonly UnchangedComponents _unchanged;

    public SchemaDiffer(SpecDocument @base, SpecDocument revision, UnchangedComponents unchanged)
    {
        _base = @base;
        _revision = revision;
        _unchanged = unchanged;
    }

    /// <summary>Compares two schema nodes (either may be a <c>$ref</c>).</summary>
    public SchemaDiff Compare(SpecNode baseSchema, SpecNode revisionSchema)
    {
        var (b, bRef) = Resolve(_base, baseSchema);
        var (r, rRef) = Resolve(_revision, revisionSchema);
        if (_compared.TryGetValue((b, r), out var known))
        {
            return known;
        }

        var diff = new SchemaDiff(b, r, bRef, rRef);
        _compared.Add((b, r), diff);
        if (bRef is not null && bRef == rRef && _unchanged.IsUnchanged(bRef))
        {
            return diff;
        }

        _all.Add(diff);
        if (b.IsObject && r.IsObject)
        {
            CompareObjects(diff, b, r);
        }
        else if (!SpecValues.DeepEquals(b, r))
        {
            diff.Add(new KeywordChange("schema", DiffAction.Modified, b, r));
        }

        return diff;
    }

    /// <summary>
    /// Marks every diff from which a change is reachable. Run once after all comparisons: a diff in a cycle learns
    /// of changes below its partner only when the whole cycle has been compared.
    /// </summary>
    public void Finish()
    {
        foreach (var diff in _all)
        {
            diff.HasChanges = diff.HasOwnChanges;
        }

        // Diffs are created parents first, so walking backwards settles most of the graph in one pass.
        bool changed;
        do
        {
            changed = false;
            for (var i = _all.Count - 1; i >= 0; i--)
            {
                var diff = _all[i];
                if (diff.HasChanges)
                {
                    continue;
                }

                foreach (var child in diff.Children)
                {
                    if (child.HasChanges)
                    {
                        diff.HasChanges = true;
                        changed = true;
                        break;
                    }
                }
            }
        }
        while (changed);
    }

    internal static (SpecNode Node, string? Ref) Resolve(SpecDocument document, SpecNode node)
    {
        if (node.Kind != SpecNodeKind.Object || node.GetString("$ref") is not { } reference)
        {
            return (node, null);
        }

        return (document.Dereference(node) ?? node, reference);
    }

    private void CompareObjects(SchemaDiff diff, SpecNode b, SpecNode r)
    {
        CompareType(diff, b["type"], r["type"]);
        foreach (var keyword in NumericKeywords)
        {
            CompareNumber(diff, keyword, b[keyword], r[keyword]);
        }

        foreach (var keyword in ScalarKeywords)
        {
            CompareScalar(diff, keyword, b[keyword], r[keyword]);
        }

        CompareItems(diff, "enum", b["enum"], r["enum"]);
        CompareItems(diff, "x-extensible-enum", b["x-extensible-enum"], r["x-extensible-enum"]);
        CompareDiscriminator(diff, b["discriminator"], r["discriminator"]);
        CompareDependentRequired(diff, b["dependentRequired"], r["dependentRequired"]);
        CompareProperties(diff, b, r);
        foreach (var keyword in SingleSubschemas)
        {
            CompareSingle(diff, keyword, b[keyword], r[keyword]);
        }

        foreach (var keyword in ListSubschemas)
        {
            CompareList(diff, keyword, b[keyword], r[keyword]);
        }

        foreach (var keyword in MapSubschemas)
        {
            CompareMap(diff, keyword, b[keyword], r[keyword]);
        }
    }

    private static void CompareType(SchemaDiff diff, SpecNode? b, SpecNode? r)
    {
        if (b is { IsArray: true } || r is { IsArray: true })
        {
            // OAS 3.1 type lists: one change per type gained or lost.
            CompareItems(diff, "type", b, r);
            return;
        }

        CompareScalar(diff, "type", b, r);
    }

    internal static void CompareScalar(SchemaDiff diff, string keyword, SpecNode? b, SpecNode? r)
    {
        if (Change(keyword, b, r) is { } change)
        {
            diff.Add(change);
        }
    }

    /// <summary>A keyword change for a scalar (or any value compared as a whole), or <c>null</c> when equal.</summary>
    internal static KeywordChange? Change(string keyword, SpecNode? b, SpecNode? r)
    {
        if (b is null && r is null)
        {
            return null;
        }

        if (b is null)
        {
            return new KeywordChange(keyword, DiffAction.Added, null, r);
        }

        if (r is null)
        {
            return new KeywordChange(keyword, DiffAction.Removed, b, null);
        }

        return SpecValues.DeepEquals(b, r) ? null : new KeywordChange(keyword, DiffAction.Modified, b, r);
    }

    private static void CompareNumber(SchemaDiff diff, string keyword, SpecNode? b, SpecNode? r)
    {
        if (b is not null && r is not null && b.AsDecimal() is { } x && r.AsDecimal() is { } y)
        {
            if (x != y)
            {
                diff.Add(new KeywordChange(keyword, y > x ? DiffAction.Increased : DiffAction.Decreased, b, r));
            }

            return;
        }

        CompareScalar(diff, keyword, b, r);
    }

    /// <summary>One change per item gained or lost by a list keyword; a list appearing or vanishing is one keyword change.</summary>
    internal static void CompareItems(SchemaDiff diff, string keyword, SpecNode? b, SpecNode? r)
    {
        foreach (var change in ItemChanges(keyword, b, r))
        {
            diff.Add(change);
        }
    }

    /// <param name="perItem">A list appearing or vanishing counts as each of its items added or removed.</param>
    internal static IEnumerable<KeywordChange> ItemChanges(string keyword, SpecNode? b, SpecNode? r, bool perItem = false)
    {
        if (b is null && r is null)
        {
            yield break;
        }

        if ((b is null || r is null) && !perItem)
        {
            yield return new KeywordChange(keyword, b is null ? DiffAction.Added : DiffAction.Removed, b, r);
            yield break;
        }

        var before = b is null ? [] : ItemTexts(b);
        var after = r is null ? [] : ItemTexts(r);
        foreach (var (text, node) in before)
        {
            if (!after.ContainsKey(text))
            {
                yield return new KeywordChange(keyword, DiffAction.Removed, node, r, text);
            }
        }

        foreach (var (text, node) in after)
        {
            if (!before.ContainsKey(text))
            {
                yield return new KeywordChange(keyword, DiffAction.Added, b, node, text);
            }
        }
    }

    private static Dictionary<string, SpecNode> ItemTexts(SpecNode list)
    {
        var texts = new Dictionary<string, SpecNode>(StringComparer.Ordinal);
        if (list.IsArray)
        {
            foreach (var item in list.Children)
            {
                texts.TryAdd(item.Kind == SpecNodeKind.String ? item.Text! : SpecValues.ToJson(item), item);
            }
        }
        else
        {
            texts.TryAdd(list.Kind == SpecNodeKind.String ? list.Text! : SpecValues.ToJson(list), list);
        }

        return texts;
    }

    private static void CompareDiscriminator(SchemaDiff diff, SpecNode? b, SpecNode? r)
    {
        if (b is null || r is null)
        {
            CompareScalar(diff, "discriminator", b, r);
            return;
        }

        CompareScalar(diff, "discriminator.propertyName", b["propertyName"], r["propertyName"]);
        CompareMapEntries(diff, "discriminator.mapping", b["mapping"], r["mapping"]);
    }

    private static void CompareDependentRequired(SchemaDiff diff, SpecNode? b, SpecNode? r) =>
        CompareMapEntries(diff, "dependentRequired", b, r);

    /// <summary>Entries of a map of values: one change per key added, removed or with a different value.</summary>
    private static void CompareMapEntries(SchemaDiff diff, string keyword, SpecNode? b, SpecNode? r)
    {
        foreach (var key in Keys(b, r))
        {
            var before = b?[key];
            var after = r?[key];
            if (Change(keyword, before, after) is { } change)
            {
                diff.Add(change with { Item = key });
            }
        }
    }

    private void CompareProperties(SchemaDiff diff, SpecNode b, SpecNode r)
    {
        var before = b["properties"];
        var after = r["properties"];
        var requiredBefore = b["required"];
        var requiredAfter = r["required"];
        if (before is null && after is null)
        {
            return;
        }

        foreach (var name in Keys(before, after))
        {
            var x = before?[name];
            var y = after?[name];
            var wasRequired = Contains(requiredBefore, name);
            var isRequired = Contains(requiredAfter, name);
            if (x is null)
            {
                diff.Add(new PropertyDiff(name, DiffAction.Added, null, y, wasRequired, isRequired, null));
            }
            else if (y is null)
            {
                diff.Add(new PropertyDiff(name, DiffAction.Removed, x, null, wasRequired, isRequired, null));
            }
            else
            {
                diff.Add(new PropertyDiff(name, DiffAction.Modified, x, y, wasRequired, isRequired, Compare(x, y)));
            }
        }
    }

    private void CompareSingle(SchemaDiff diff, string keyword, SpecNode? b, SpecNode? r)
    {
        if (b is null && r is null)
        {
            return;
        }

        // additionalProperties: true/false is a flag, not a schema.
        if (b is { Kind: SpecNodeKind.Boolean } || r is { Kind: SpecNodeKind.Boolean })
        {
            CompareScalar(diff, keyword, b, r);
            return;
        }

        if (b is null || r is null)
        {
            diff.Add(new SubschemaDiff(keyword, null, b is null ? DiffAction.Added : DiffAction.Removed, b, r, null));
            return;
        }

        diff.Add(new SubschemaDiff(keyword, null, DiffAction.Modified, b, r, Compare(b, r)));
    }

    private void CompareMap(SchemaDiff diff, string keyword, SpecNode? b, SpecNode? r)
    {
        foreach (var key in Keys(b, r))
        {
            var x = b?[key];
            var y = r?[key];
            if (x is null || y is null)
            {
                diff.Add(new SubschemaDiff(keyword, key, x is null ? DiffAction.Added : DiffAction.Removed, x, y, null));
            }
            else
            {
                diff.Add(new SubschemaDiff(keyword, key, DiffAction.Modified, x, y, Compare(x, y)));
            }
        }
    }

    /// <summary>
    /// Members of allOf/oneOf/anyOf pair up by <c>$ref</c>, then by equal content, then in order; prefixItems by position.
    /// </summary>
    private void CompareList(SchemaDiff diff, string keyword, SpecNode? b, SpecNode? r)
    {
        if (b is null && r is null)
        {
            return;
        }

        var before = b is { IsArray: true } ? b.Children : [];
        var after = r is { IsArray: true } ? r.Children : [];
        var pairedAfter = new bool[after.Count];
        var pairs = new (SpecNode? Base, SpecNode? Revision)[before.Count];
        if (keyword == "prefixItems")
        {
            for (var i = 0; i < before.Count; i++)
            {
                pairs[i] = (before[i], i < after.Count ? after[i] : null);
                if (i < after.Count)
                {
                    pairedAfter[i] = true;
                }
            }
        }
        else
        {
            for (var i = 0; i < before.Count; i++)
            {
                pairs[i] = (before[i], null);
            }

            Pair(pairs, after, pairedAfter, (x, y) => x.GetString("$ref") is { } rx && rx == y.GetString("$ref"));
            Pair(pairs, after, pairedAfter, (x, y) => x.GetString("$ref") is null && y.GetString("$ref") is null && SpecValues.DeepEquals(x, y));
            Pair(pairs, after, pairedAfter, (x, y) => x.GetString("$ref") is null && y.GetString("$ref") is null);
        }

        for (var i = 0; i < pairs.Length; i++)
        {
            var (x, y) = pairs[i];
            var name = MemberName(x!, i);
            if (y is null)
            {
                diff.Add(new SubschemaDiff(keyword, name, DiffAction.Removed, x, null, null));
            }
            else
            {
                diff.Add(new SubschemaDiff(keyword, MemberName(y, y.Index), DiffAction.Modified, x, y, Compare(x!, y)));
            }
        }

        for (var j = 0; j < after.Count; j++)
        {
            if (!pairedAfter[j])
            {
                diff.Add(new SubschemaDiff(keyword, MemberName(after[j], j), DiffAction.Added, null, after[j], null));
            }
        }
    }

    private static void Pair((SpecNode? Base, SpecNode? Revision)[] pairs, IReadOnlyList<SpecNode> after, bool[] pairedAfter, Func<SpecNode, SpecNode, bool> match)
    {
        for (var i = 0; i < pairs.Length; i++)
        {
            if (pairs[i].Revision is not null)
            {
                continue;
            }

            for (var j = 0; j < after.Count; j++)
            {
                if (!pairedAfter[j] && match(pairs[i].Base!, after[j]))
                {
                    pairs[i] = (pairs[i].Base, after[j]);
                    pairedAfter[j] = true;
                    break;
                }
            }
        }
    }

    /// <summary>A member's name in reports: its component name when it is a <c>$ref</c>, else its position.</summary>
    internal static string MemberName(SpecNode member, int index) =>
        member.GetString("$ref") is { } reference ? reference.Substring(reference.LastIndexOf('/') + 1) : "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool Contains(SpecNode? list, string name)
    {
        if (list is not { IsArray: true })
        {
            return false;
        }

        foreach (var item in list.Children)
        {
            if (item.Text == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keys of two objects, ordinal order, each once.</summary>
    internal static IEnumerable<string> Keys(SpecNode? b, SpecNode? r)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        if (b is { IsObject: true })
        {
            foreach (var member in b.Children)
            {
                keys.Add(member.Key!);
            }
        }

        if (r is { IsObject: true })
        {
            foreach (var member in r.Children)
            {
                keys.Add(member.Key!);
            }
        }

        return keys;
    }

    private sealed class PairComparer : IEqualityComparer<(SpecNode, SpecNode)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((SpecNode, SpecNode) x, (SpecNode, SpecNode) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((SpecNode, SpecNode) pair) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Item1), RuntimeHelpers.GetHashCode(pair.Item2));
    }
}
