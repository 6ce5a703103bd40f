using Procountor.SpecDiff.Rules;
using Procountor.SpecDiff.Tests.Fixtures;

namespace Procountor.SpecDiff.Tests;

/// <summary>Each rule, on its own tiny pair of documents: it fires with its ID, level and operation — and only in its direction.</summary>
public sealed class RuleFixtureTests
{
    public static TheoryData<string> Fixtures() => RuleFixtures.Names();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_rule_fires_with_its_id_level_and_operation(string name)
    {
        var fixture = RuleFixtures.ByName[name];

        var changes = Compare.Changes(fixture.Base, fixture.Revision, fixture.Options);

        var change = Assert.Single(changes, c => c.RuleId == fixture.Id);
        Assert.Equal(RuleCatalog.Default.Get(fixture.Id).Level, change.Level);
        Assert.Equal(fixture.Operation, change.Operation);
        Assert.NotNull(change.Base);
        Assert.NotNull(change.Revision);
        Assert.StartsWith(RuleCatalog.Default.Get(fixture.Id).Description, change.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_rule_does_not_fire_in_the_other_direction(string name)
    {
        var fixture = RuleFixtures.ByName[name];
        if (fixture.Symmetric)
        {
            // A value changed from a to b is also changed from b to a.
            Assert.Contains(Compare.Changes(fixture.Revision, fixture.Base, fixture.Options), c => c.RuleId == fixture.Id);
            return;
        }

        Assert.DoesNotContain(Compare.Changes(fixture.Revision, fixture.Base, fixture.Options), c => c.RuleId == fixture.Id);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_document_compared_with_itself_has_no_changes(string name)
    {
        var fixture = RuleFixtures.ByName[name];

        Assert.Empty(Compare.Changes(fixture.Revision, fixture.Revision, fixture.Options));
    }

    [Fact]
    public void Every_rule_of_the_catalog_has_a_fixture()
    {
        var covered = RuleFixtures.ByName.Values.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);

        var missing = RuleCatalog.Default.Rules.Select(r => r.Id).Where(id => !covered.Contains(id)).ToList();

        Assert.True(missing.Count == 0, "Rules without a fixture: " + string.Join(", ", missing));
    }
}
