using System.Collections.Immutable;
using Procountor.OpenApi.Reading;
using Procountor.SpecDiff.Model;

namespace Procountor.SpecDiff.Rules;

/// <summary>Where rules put their findings: turns a rule ID and the two nodes into a <see cref="Change"/>.</summary>
public sealed class ChangeCollector
{
    private readonly List<Change> _changes = [];

    public ChangeCollector(RuleCatalog catalog, RuleOptions options, SpecDocument @base, SpecDocument revision)
    {
        Catalog = catalog;
        Options = options;
        Base = @base;
        Revision = revision;
    }

    public SpecDocument Base { get; }

    public SpecDocument Revision { get; }

    public RuleCatalog Catalog { get; }

    public RuleOptions Options { get; }

    public IReadOnlyList<Change> Changes => _changes;

    /// <summary>
    /// Records a change. <paramref name="base"/> and <paramref name="revision"/> are the changed element in each document,
    /// or — where it exists on one side only — its nearest ancestor on the other, so both locations are always useful.
    /// </summary>
    public Change Emit(string ruleId, string? operation, string subject, string detail, SpecNode? @base, SpecNode? revision, ChangeTarget? target = null, string? fingerprintDetail = null)
    {
        var rule = Catalog.Get(ruleId);
        var change = new Change(
            rule.Id,
            rule.Level,
            operation,
            subject,
            rule.Description + ": " + detail,
            Locate(Base.Path, @base),
            Locate(Revision.Path, revision),
            Fingerprint.Compute(rule.Id, operation, subject, fingerprintDetail ?? target?.Detail),
            null,
            ImmutableArray<string>.Empty)
        {
            Target = target ?? ChangeTarget.None,
        };
        _changes.Add(change);
        return change;
    }

    /// <summary>Emits the first of <paramref name="candidates"/> that the catalog has; returns whether one did.</summary>
    public bool EmitFirst(IEnumerable<string> candidates, string? operation, string subject, string detail, SpecNode? @base, SpecNode? revision, ChangeTarget? target = null)
    {
        foreach (var id in candidates)
        {
            if (Catalog.Contains(id))
            {
                Emit(id, operation, subject, detail, @base, revision, target);
                return true;
            }
        }

        return false;
    }

    internal void Add(Change change) => _changes.Add(change);

    internal void RemoveAll(Predicate<Change> match) => _changes.RemoveAll(match);

    public static SpecLocation? Locate(string file, SpecNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var position = node.Key is not null ? node.KeyPosition : node.Position;
        return new SpecLocation(file, node.Pointer, position.Line, position.Column);
    }
}
