using Procountor.SpecDiff.Loading;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Reports;
using Procountor.SpecDiff.Rules;

namespace Procountor.SpecDiff.Tests.Fixtures;

/// <summary>Runs the engine on two document texts.</summary>
internal static class Compare
{
    public static IReadOnlyList<Change> Changes(string @base, string revision, RuleOptions? options = null) =>
        Pair(@base, revision, options).Changes;

    public static PairReport Pair(string @base, string revision, RuleOptions? options = null) =>
        new SpecDiffEngine(options).Compare(SpecLoader.LoadText(@base, "base.json"), SpecLoader.LoadText(revision, "revision.json"));
}
