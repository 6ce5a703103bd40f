using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Rules;
using Procountor.SpecDiff.Tests.Fixtures;

namespace Procountor.SpecDiff.Tests;

/// <summary>The catalog the rules take their IDs and levels from.</summary>
public sealed class RuleCatalogTests
{
    [Fact]
    public void The_bundled_catalog_is_the_shared_one()
    {
        // shared/ sits beside the checkout (CI, /work/main) or beside the folder of worktrees.
        var shared = Ancestors(RealSpecs.RepoRoot()).Select(d => Path.Combine(d, "shared", "specdiff", "rule-catalog.tsv")).FirstOrDefault(File.Exists);
        var bundled = Path.Combine(RealSpecs.RepoRoot(), "tools", "Procountor.SpecDiff", "Rules", "rule-catalog.tsv");
        Assert.True(shared is not null, "shared/specdiff/rule-catalog.tsv is expected beside the repository");

        Assert.Equal(File.ReadAllText(shared), File.ReadAllText(bundled));
    }

    [Fact]
    public void Every_shared_rule_keeps_its_level_and_our_extensions_say_so()
    {
        var rules = RuleCatalog.Default.Rules;

        Assert.Equal(509, rules.Count(r => !r.IsExtension));
        Assert.Equal(5, rules.Count(r => r.IsExtension));
        Assert.Equal(ChangeLevel.Err, RuleCatalog.Default.Get("request-property-became-required").Level);
        Assert.Equal(ChangeLevel.Warn, RuleCatalog.Default.Get("request-property-removed").Level);
        Assert.Equal(ChangeLevel.Info, RuleCatalog.Default.Get("endpoint-added").Level);
        Assert.All(rules.Where(r => r.IsExtension), r => Assert.Equal("rename", r.Kind));
    }

    private static IEnumerable<string> Ancestors(string directory)
    {
        for (var parent = Directory.GetParent(directory); parent is not null; parent = parent.Parent)
        {
            yield return parent.FullName;
        }
    }

    [Fact]
    public void An_unknown_rule_id_is_a_bug_not_a_silent_skip() =>
        Assert.Throws<InvalidOperationException>(() => RuleCatalog.Default.Get("no-such-rule"));
}
