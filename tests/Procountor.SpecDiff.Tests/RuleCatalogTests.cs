using System.Security.Cryptography;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Rules;
using Procountor.SpecDiff.Tests.Fixtures;

namespace Procountor.SpecDiff.Tests;

/// <summary>The catalog the rules take their IDs and levels from.</summary>
public sealed class RuleCatalogTests
{
    /// <summary>SHA-256 of shared/specdiff/rule-catalog.tsv as bundled; a fresh clone has no shared/ to compare with.</summary>
    private const string SharedCatalogSha256 = "52bb2cf10af1861bfe512d2a1f02d74cf63265a4f5e07cf3728aa2b46a2f84bd";

    [Fact]
    public void The_bundled_catalog_is_the_shared_one()
    {
        var bundled = File.ReadAllBytes(Path.Combine(RealSpecs.RepoRoot(), "tools", "Procountor.SpecDiff", "Rules", "rule-catalog.tsv"));
        Assert.Equal(SharedCatalogSha256, Convert.ToHexStringLower(SHA256.HashData(bundled)));

        // Where shared/ sits beside the checkout (or beside the folder of worktrees), it must still be the same file.
        var shared = Ancestors(RealSpecs.RepoRoot()).Select(d => Path.Combine(d, "shared", "specdiff", "rule-catalog.tsv")).FirstOrDefault(File.Exists);
        if (shared is not null)
        {
            Assert.Equal(File.ReadAllBytes(shared), bundled);
        }
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
