using System.Collections.Immutable;
using Procountor.SpecDiff.Diff;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Rules;
using Procountor.Specs.ReleaseNotes;

namespace Procountor.SpecDiff.Notes;

/// <summary>
/// Matches changes to release-note items by kind and place: field (<c>Schema.property</c>), parameter, schema, endpoint.
/// A change takes the items of its best match only; an item is reflected when any change matches it.
/// </summary>
public sealed class ReleaseNotesMatcher
{
    private readonly RuleCatalog _catalog;

    public ReleaseNotesMatcher(RuleCatalog? catalog = null)
    {
        _catalog = catalog ?? RuleCatalog.Default;
    }

    /// <summary>Rules about the versioning of the document itself, which no release note describes.</summary>
    public static bool IsDocumentMeta(Change change) => change.RuleId.StartsWith("api-version", StringComparison.Ordinal) || change.RuleId == "api-major-version-not-bumped";

    public NotesConformance Match(IReadOnlyList<Change> changes, IEnumerable<ReleaseNoteItem> items)
    {
        var candidates = items.Where(i => i.SpecVisible && !i.AllVersions).ToImmutableArray();
        var reflected = new HashSet<ReleaseNoteItem>();
        var matched = ImmutableArray.CreateBuilder<NoteMatch>();
        var undocumented = ImmutableArray.CreateBuilder<Change>();
        foreach (var change in changes)
        {
            if (IsDocumentMeta(change))
            {
                continue;
            }

            var kinds = ChangeKinds.Of(change, _catalog);
            var scored = candidates.Select(i => (Item: i, Score: Score(change, kinds, i))).Where(s => s.Score > 0).ToList();
            foreach (var (item, _) in scored)
            {
                reflected.Add(item);
            }

            if (scored.Count == 0)
            {
                undocumented.Add(change);
                continue;
            }

            var best = scored.Max(s => s.Score);
            matched.Add(new NoteMatch(change, scored.Where(s => s.Score == best).Select(s => s.Item).OrderBy(i => i.Id, StringComparer.Ordinal).ToImmutableArray()));
        }

        return new NotesConformance(
            matched.ToImmutable(),
            undocumented.OrderByDescending(c => c.Level).ThenBy(c => c, ChangeOrder.Instance).ToImmutableArray(),
            candidates.Where(i => !reflected.Contains(i)).OrderBy(i => i.Version).ThenBy(i => i.Id, StringComparer.Ordinal).ToImmutableArray(),
            candidates);
    }

    /// <summary>0 when the item does not describe the change; otherwise higher for more specific agreement.</summary>
    public static int Score(Change change, IReadOnlySet<ChangeKind> kinds, ReleaseNoteItem item)
    {
        if (!item.Kinds.Any(kinds.Contains))
        {
            return 0;
        }

        var target = change.Target;
        var endpoints = Names(item.Endpoints, item.Renames, e => e.Contains(' ', StringComparison.Ordinal)).Select(NormalizeOperation).ToHashSet(StringComparer.Ordinal);
        var operations = new List<string>();
        if (change.Operation is { } operation)
        {
            operations.Add(NormalizeOperation(operation));
        }

        if (change.Rename is { } rename && rename.From.Contains(' ', StringComparison.Ordinal))
        {
            operations.Add(NormalizeOperation(rename.From));
        }

        var endpointAgrees = operations.Any(endpoints.Contains);
        var endpointConflicts = endpoints.Count > 0 && operations.Count > 0 && !endpointAgrees;

        var fields = Names(item.Fields, item.Renames, f => f.Contains('.', StringComparison.Ordinal));
        var changeFields = target.Fields.ToList();
        if (change.Rename is { } r && r.From.Contains('.', StringComparison.Ordinal))
        {
            changeFields.Add(r.From);
            changeFields.Add(r.To);
        }

        if (fields.Count > 0 && changeFields.Count > 0)
        {
            return changeFields.Any(fields.Contains) ? 8 + (endpointAgrees ? 1 : 0) : 0;
        }

        var parameters = Names(item.Parameters, item.Renames, p => !p.Contains('.', StringComparison.Ordinal) && !p.Contains(' ', StringComparison.Ordinal));
        if (parameters.Count > 0 && target.Parameter is { } parameter)
        {
            var names = new[] { parameter, change.Rename?.From }.Where(n => n is not null);
            return names.Any(n => parameters.Contains(n!)) && !endpointConflicts ? 6 + (endpointAgrees ? 1 : 0) : 0;
        }

        if (item.Schemas.Length > 0 && !target.Schemas.IsDefaultOrEmpty)
        {
            if (target.Schemas.Any(item.Schemas.Contains))
            {
                return 4 + (endpointAgrees ? 1 : 0);
            }

            if (endpoints.Count == 0)
            {
                return 0;
            }
        }

        // A field-level item also describes its endpoint-level consequences (a body schema swapped, say) there.
        return endpointAgrees ? 2 : 0;
    }

    private static HashSet<string> Names(ImmutableArray<string> names, ImmutableArray<RenamePair> renames, Func<string, bool> isKind)
    {
        var set = new HashSet<string>(names.IsDefault ? [] : names, StringComparer.Ordinal);
        foreach (var rename in renames.IsDefault ? [] : renames)
        {
            if (isKind(rename.From))
            {
                set.Add(rename.From);
            }

            if (isKind(rename.To))
            {
                set.Add(rename.To);
            }
        }

        return set;
    }

    /// <summary><c>get /invoices/{id}</c> and <c>GET /invoices/{invoiceId}</c> name the same operation.</summary>
    public static string NormalizeOperation(string operation)
    {
        var space = operation.IndexOf(' ');
        return space < 0
            ? StructuralDiffer.NormalizePath(operation)
            : operation.Substring(0, space).ToUpperInvariant() + " " + StructuralDiffer.NormalizePath(operation.Substring(space + 1).Trim());
    }
}
