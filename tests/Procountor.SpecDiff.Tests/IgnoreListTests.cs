using Procountor.Specs;
using Procountor.SpecDiff.Ignoring;
using Procountor.SpecDiff.Loading;
using Procountor.SpecDiff.Reports;
using Procountor.SpecDiff.Rules;
using Procountor.SpecDiff.Tests.Fixtures;

namespace Procountor.SpecDiff.Tests;

/// <summary>The ignore file suppresses known changes by rule and operation, until it expires.</summary>
public sealed class IgnoreListTests
{
    private static readonly string Before = Docs.Parameter("""{"type":"integer"}""");
    private static readonly string After = Docs.Parameter("""{"type":"integer"}""", required: true);

    private static RangeReport Run(string ignore, string today)
    {
        var engine = new SpecDiffEngine(new RuleOptions { Date = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture) }, ignore: IgnoreList.Parse(ignore, "ignore.yaml"));
        return engine.Compare([SpecLoader.LoadText(Before, "a.json"), SpecLoader.LoadText(After, "b.json")]);
    }

    private const string Entry = """
        ignore:
          - rule: request-parameter-became-required
            operation: get /things
            reason: announced to every integrator in 23.02
            expires: 2024-06-30
        """;

    [Fact]
    public void A_matching_entry_suppresses_the_change_and_says_why()
    {
        var report = Run(Entry, "2024-01-01");

        Assert.DoesNotContain(report.Changes, c => c.RuleId == "request-parameter-became-required");
        var suppressed = Assert.Single(report.Pairs.Single().Suppressed);
        Assert.Equal("announced to every integrator in 23.02", suppressed.Entry.Reason);
        Assert.False(report.Fails(Model.ChangeLevel.Err));
    }

    [Fact]
    public void An_expired_entry_stops_suppressing_and_is_reported()
    {
        var report = Run(Entry, "2024-07-01");

        Assert.Contains(report.Changes, c => c.RuleId == "request-parameter-became-required");
        Assert.Equal(2, Assert.Single(report.ExpiredIgnores).Line);
    }

    [Fact]
    public void An_entry_for_another_operation_suppresses_nothing()
    {
        var report = Run(Entry.Replace("get /things", "get /other", StringComparison.Ordinal), "2024-01-01");

        Assert.Contains(report.Changes, c => c.RuleId == "request-parameter-became-required");
    }

    [Theory]
    [InlineData("ignore:\n  - rule: no-such-rule\n    operation: GET /x\n    reason: r\n", "ignore.yaml:2:11: unknown rule 'no-such-rule'")]
    [InlineData("ignore:\n  - rule: endpoint-added\n    operation: GET /x\n", "ignore.yaml:2:5: the ignore entry needs a 'reason'")]
    [InlineData("ignore:\n  - rule: endpoint-added\n    reason: r\n    expires: soon\n", "ignore.yaml:4:14: expires must be a date")]
    [InlineData("ignore:\n  - rule: endpoint-added\n    reason: r\n    until: 2024-01-01\n", "ignore.yaml:4:5: unknown key 'until'")]
    [InlineData("rules: []\n", "ignore.yaml:1:1: an ignore file is an object with an 'ignore' list")]
    public void A_bad_ignore_file_is_one_line_naming_file_and_position(string text, string message)
    {
        var error = Assert.Throws<SpecsException>(() => IgnoreList.Parse(text, "ignore.yaml"));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
