using Procountor.SpecDiff.Diff;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Renames;

namespace Procountor.SpecDiff.Rules;

/// <summary>Judges a structural diff: every rule over it, in a fixed order, giving the changes of one pair.</summary>
public static class RuleEngine
{
    public static IReadOnlyList<Change> Judge(DocumentDiff diff, RuleOptions? options = null, RuleCatalog? catalog = null)
    {
        var sink = new ChangeCollector(catalog ?? RuleCatalog.Default, options ?? new RuleOptions(), diff.Base, diff.Revision);
        DocumentRules.Judge(sink, diff);
        foreach (var path in diff.Paths)
        {
            OperationRules.Judge(sink, path);
        }

        RenameDetector.Apply(sink);
        DocumentRules.JudgeVersion(sink);
        return sink.Changes;
    }
}
