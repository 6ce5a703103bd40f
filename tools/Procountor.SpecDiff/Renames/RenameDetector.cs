using System.Collections.Immutable;
using Procountor.OpenApi.Reading;
using Procountor.SpecDiff.Diff;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Rules;

namespace Procountor.SpecDiff.Renames;

/// <summary>
/// Turns a removal plus a look-alike addition at the same place into a rename that names both sides, so reports read
/// like the release notes (<c>referenceCode</c> → <c>bankReferenceCode</c>, <c>limit</c> → <c>size</c>,
/// <c>PUT /a/metadata</c> → <c>PUT /a/{id}/metadata</c>, <c>PUT</c> → <c>PATCH</c>). The removal keeps its standard
/// ID (so gates and ignore files keep working) and learns the rename; the addition becomes the rename change.
/// </summary>
/// <remarks>
/// Look-alike means: the same place (parent schema, operation, or path/method), the same type, and either the only
/// candidate pair there or names alike enough (<see cref="NameSimilarity"/>).
/// </remarks>
internal static class RenameDetector
{
    private const double SimilarEnough = 0.5;

    private static readonly HashSet<string> PropertyRemovals = new(StringComparer.Ordinal)
    {
        "request-property-removed", "response-optional-property-removed", "response-required-property-removed",
        "response-optional-write-only-property-removed", "response-required-write-only-property-removed",
    };

    private static readonly HashSet<string> PropertyAdditions = new(StringComparer.Ordinal)
    {
        "new-required-request-property", "new-required-request-property-with-default", "new-optional-request-property",
        "response-optional-property-added", "response-required-property-added",
        "response-optional-write-only-property-added", "response-required-write-only-property-added",
    };

    private static readonly HashSet<string> ParameterRemovals = new(StringComparer.Ordinal)
    {
        "request-parameter-removed", "request-parameter-removed-with-deprecation", "request-parameter-removed-before-sunset", "request-parameter-sunset-parse",
    };

    private static readonly HashSet<string> ParameterAdditions = new(StringComparer.Ordinal)
    {
        "new-required-request-parameter", "new-optional-request-parameter", "new-request-path-parameter",
        "new-required-request-default-parameter-to-existing-path", "new-optional-request-default-parameter-to-existing-path",
    };

    private static readonly HashSet<string> EndpointRemovals = new(StringComparer.Ordinal)
    {
        "api-removed-without-deprecation", "api-removed-with-deprecation", "api-removed-before-sunset", "api-deprecated-sunset-parse",
        "api-path-removed-without-deprecation", "api-path-removed-with-deprecation", "api-path-removed-before-sunset", "api-path-sunset-parse",
    };

    public static void Apply(ChangeCollector sink)
    {
        var changes = sink.Changes.ToList();
        var replaced = new Dictionary<Change, Change>();
        var dropped = new HashSet<Change>();
        var renames = new List<Change>();

        void Pair(Change removal, Change addition, string ruleId, string from, string to, string message, ChangeTarget target)
        {
            var rename = new RenameInfo(from, to);
            var rule = sink.Catalog.Get(ruleId);
            renames.Add(new Change(
                rule.Id,
                rule.Level,
                addition.Operation,
                addition.Subject,
                rule.Description + ": " + message,
                removal.Base,
                addition.Revision,
                Fingerprint.Compute(rule.Id, addition.Operation, addition.Subject, from),
                rename,
                ImmutableArray<string>.Empty)
            {
                Target = target,
            });
            replaced[removal] = removal with { Rename = rename };
            dropped.Add(addition);
        }

        PairProperties(sink, changes, Pair);
        PairParameters(sink, changes, Pair);
        PairEndpoints(sink, changes, Pair);
        if (renames.Count == 0)
        {
            return;
        }

        sink.RemoveAll(_ => true);
        foreach (var change in changes)
        {
            if (!dropped.Contains(change))
            {
                sink.Add(replaced.GetValueOrDefault(change, change));
            }
        }

        foreach (var rename in renames)
        {
            sink.Add(rename);
        }
    }

    private delegate void Pairing(Change removal, Change addition, string ruleId, string from, string to, string message, ChangeTarget target);

    private static void PairProperties(ChangeCollector sink, List<Change> changes, Pairing pair)
    {
        var groups = changes
            .Where(c => (PropertyRemovals.Contains(c.RuleId) || PropertyAdditions.Contains(c.RuleId)) && c.Target.PropertyPath is not null)
            .GroupBy(c => (c.Operation, Prefix(c), Parent(c.Target.PropertyPath!)))
            .OrderBy(g => g.Key.Operation + "|" + g.Key.Item2 + "|" + g.Key.Item3, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var removals = group.Where(c => PropertyRemovals.Contains(c.RuleId)).ToList();
            var additions = group.Where(c => PropertyAdditions.Contains(c.RuleId)).ToList();
            Match(removals, additions, c => Leaf(c.Target.PropertyPath!), (r, a) => SameType(sink.Base, Node(sink.Base, r.Base), sink.Revision, Node(sink.Revision, a.Revision)), (removal, addition) =>
            {
                var from = removal.Target.Field ?? removal.Target.PropertyPath!;
                var to = addition.Target.Field ?? addition.Target.PropertyPath!;
                var id = addition.Target.Side == ChangeSide.Request ? "request-property-renamed" : "response-property-renamed";
                var target = addition.Target with
                {
                    Fields = addition.Target.Fields.AddRange(removal.Target.Fields),
                    Detail = Leaf(removal.Target.PropertyPath!),
                };
                pair(removal, addition, id, from, to, $"{Leaf(removal.Target.PropertyPath!)} → {Leaf(addition.Target.PropertyPath!)}", target);
            });
        }
    }

    private static void PairParameters(ChangeCollector sink, List<Change> changes, Pairing pair)
    {
        var groups = changes
            .Where(c => ParameterRemovals.Contains(c.RuleId) || ParameterAdditions.Contains(c.RuleId))
            .GroupBy(c => c.Operation ?? string.Empty)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var removals = group.Where(c => ParameterRemovals.Contains(c.RuleId)).ToList();
            var additions = group.Where(c => ParameterAdditions.Contains(c.RuleId)).ToList();
            Match(removals, additions, c => c.Target.Parameter!, (r, a) => SameParameterType(sink, r, a), (removal, addition) =>
            {
                var target = addition.Target with { Detail = removal.Target.ParameterIn + ":" + removal.Target.Parameter };
                pair(removal, addition, "request-parameter-renamed", removal.Target.Parameter!, addition.Target.Parameter!,
                    $"{removal.Target.ParameterIn} parameter {removal.Target.Parameter} → {addition.Target.ParameterIn} parameter {addition.Target.Parameter}", target);
            });
        }
    }

    private static void PairEndpoints(ChangeCollector sink, List<Change> changes, Pairing pair)
    {
        var removals = changes.Where(c => EndpointRemovals.Contains(c.RuleId)).ToList();
        var additions = changes.Where(c => c.RuleId == "endpoint-added").ToList();
        if (removals.Count == 0 || additions.Count == 0)
        {
            return;
        }

        // Same path, another method first (PUT → PATCH); then the same method under a look-alike path.
        var taken = new HashSet<Change>();
        foreach (var samePath in new[] { true, false })
        {
            foreach (var removal in removals.Where(r => !taken.Contains(r)).OrderBy(r => r.Operation, StringComparer.Ordinal))
            {
                var (method, path) = Split(removal.Operation!);
                var candidates = additions
                    .Where(a => !taken.Contains(a))
                    .Where(a =>
                    {
                        var (m, p) = Split(a.Operation!);
                        return samePath
                            ? StructuralDiffer.NormalizePath(p) == StructuralDiffer.NormalizePath(path) && m != method
                            : m == method && PathsAlike(path, p) is not PathLikeness.None;
                    })
                    .ToList();

                // A literal segment swapped for another is a different resource unless the operation does the same thing.
                if (!samePath)
                {
                    candidates = candidates
                        .Where(a => PathsAlike(path, Split(a.Operation!).Path) == PathLikeness.Moved || LookAlike(Node(sink.Base, removal.Base), Node(sink.Revision, a.Revision)))
                        .ToList();
                }

                // Several candidates: only one doing the same thing (operationId, body, summary) will do.
                if (candidates.Count > 1)
                {
                    candidates = candidates.Where(a => LookAlike(Node(sink.Base, removal.Base), Node(sink.Revision, a.Revision))).ToList();
                }

                if (candidates.Count != 1)
                {
                    continue;
                }

                var addition = candidates[0];
                taken.Add(removal);
                taken.Add(addition);
                pair(removal, addition, samePath ? "endpoint-method-changed" : "endpoint-path-renamed", removal.Operation!, addition.Operation!,
                    $"{removal.Operation} → {addition.Operation}", ChangeTarget.None with { Detail = removal.Operation });
            }
        }
    }

    /// <summary>Pairs removals with additions: the only pair of the same type, or else the most alike names.</summary>
    private static void Match(List<Change> removals, List<Change> additions, Func<Change, string> name, Func<Change, Change, bool> sameType, Action<Change, Change> paired)
    {
        if (removals.Count == 0 || additions.Count == 0)
        {
            return;
        }

        var candidates = new List<(Change Removal, Change Addition, double Score)>();
        foreach (var removal in removals)
        {
            foreach (var addition in additions)
            {
                if (sameType(removal, addition))
                {
                    candidates.Add((removal, addition, NameSimilarity.Score(name(removal), name(addition))));
                }
            }
        }

        var used = new HashSet<Change>();
        var ordered = candidates
            .OrderByDescending(c => c.Score)
            .ThenBy(c => name(c.Removal), StringComparer.Ordinal)
            .ThenBy(c => name(c.Addition), StringComparer.Ordinal)
            .ToList();
        foreach (var (removal, addition, score) in ordered)
        {
            if (score >= SimilarEnough && !used.Contains(removal) && !used.Contains(addition))
            {
                used.Add(removal);
                used.Add(addition);
                paired(removal, addition);
            }
        }

        // Whatever is left pairs up when it is the only same-typed pair left at that place.
        var left = ordered.Where(c => !used.Contains(c.Removal) && !used.Contains(c.Addition)).ToList();
        if (left.Count == 1)
        {
            paired(left[0].Removal, left[0].Addition);
        }
    }

    private static bool SameType(SpecDocument baseDocument, SpecNode? before, SpecDocument revisionDocument, SpecNode? after)
    {
        if (before is null || after is null)
        {
            return false;
        }

        var x = baseDocument.Dereference(before) ?? before;
        var y = revisionDocument.Dereference(after) ?? after;
        if (before.GetString("$ref") is { } a && after.GetString("$ref") is { } b)
        {
            return a == b || (x.GetString("type") == y.GetString("type"));
        }

        return x.GetString("type") == y.GetString("type") && x.GetString("format") == y.GetString("format");
    }

    private static bool SameParameterType(ChangeCollector sink, Change removal, Change addition)
    {
        var before = Node(sink.Base, removal.Base);
        var after = Node(sink.Revision, addition.Revision);
        return SameType(sink.Base, before?["schema"], sink.Revision, after?["schema"]);
    }

    /// <summary>Operations that do the same thing: the same operationId, request body, success response or summary.</summary>
    private static bool LookAlike(SpecNode? before, SpecNode? after)
    {
        if (before is null || after is null)
        {
            return false;
        }

        var x = Signature(before);
        var y = Signature(after);
        return x.Overlaps(y);
    }

    private static HashSet<string> Signature(SpecNode operation)
    {
        var parts = new HashSet<string>(StringComparer.Ordinal);
        if (operation.GetString("operationId") is { } id)
        {
            parts.Add("id:" + id);
        }

        if (operation.GetString("summary") is { } summary)
        {
            parts.Add("summary:" + summary);
        }

        foreach (var media in operation["requestBody"]?["content"]?.Children ?? [])
        {
            if (media["schema"]?.GetString("$ref") is { } reference)
            {
                parts.Add("body:" + reference);
            }
        }

        return parts;
    }

    private enum PathLikeness
    {
        None,

        /// <summary>The same segments reordered, or one segment inserted or dropped (<c>/a/x</c> → <c>/a/{id}/x</c>).</summary>
        Moved,

        /// <summary>One segment replaced by another (<c>/a/x</c> → <c>/a/y</c>).</summary>
        Replaced,
    }

    private static PathLikeness PathsAlike(string a, string b)
    {
        var x = StructuralDiffer.NormalizePath(a).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var y = StructuralDiffer.NormalizePath(b).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (x.Length == 0 || y.Length == 0 || x[0] != y[0])
        {
            return PathLikeness.None;
        }

        if (x.Order(StringComparer.Ordinal).SequenceEqual(y.Order(StringComparer.Ordinal)))
        {
            return PathLikeness.Moved;
        }

        return NameSimilarity.Levenshtein(x, y) != 1 ? PathLikeness.None
            : x.Length != y.Length ? PathLikeness.Moved
            : PathLikeness.Replaced;
    }

    private static (string Method, string Path) Split(string operation)
    {
        var space = operation.IndexOf(' ');
        return (operation.Substring(0, space), operation.Substring(space + 1));
    }

    private static SpecNode? Node(SpecDocument document, SpecLocation? location) =>
        location is null ? null : document.Root.Resolve(location.Pointer);

    private static string Prefix(Change change)
    {
        var colon = change.Subject.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? change.Subject : change.Subject.Substring(0, colon);
    }

    private static string Parent(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path.Substring(0, slash);
    }

    private static string Leaf(string path) => path.Substring(path.LastIndexOf('/') + 1);
}
