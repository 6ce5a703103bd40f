using System.Text.Json;
using System.Xml.Linq;
using Json.Schema;
using Procountor.SpecDiff.Formats;
using Procountor.SpecDiff.Ignoring;
using Procountor.SpecDiff.Loading;
using Procountor.SpecDiff.Reports;
using Procountor.SpecDiff.Rules;
using Procountor.SpecDiff.Tests.Fixtures;
using Procountor.OpenApi.Reading;
using Procountor.SpecDiff.Diff;

namespace Procountor.SpecDiff.Tests;

/// <summary>What every format promises beyond its snapshot: valid against its schema, parseable, self-contained.</summary>
public sealed class FormatTests
{
    private static readonly Lazy<RangeReport> History = new(() => RealSpecs.Instance.Engine().Compare(RealSpecs.Instance.Documents));

    // A schema registers its $id globally, so it is built once.
    private static readonly Lazy<JsonSchema> ReportSchema = new(() => JsonSchema.FromText(ReportRenderer.ReportSchema()));

    /// <summary>A small report with every optional part: a rename, a suppressed change and an expired ignore entry.</summary>
    private static RangeReport Small()
    {
        var before = Docs.RequestBody("""{"type":"object","properties":{"referenceCode":{"type":"string"},"note":{"type":"string","maxLength":10}}}""");
        var after = Docs.RequestBody("""{"type":"object","properties":{"bankReferenceCode":{"type":"string"},"note":{"type":"string","maxLength":5}}}""");
        var ignore = IgnoreList.Parse("""
            ignore:
              - { rule: request-property-max-length-decreased, operation: POST /things, reason: known }
              - { rule: endpoint-added, operation: GET /x, reason: old, expires: 2020-01-01 }
            """, "ignore.yaml");
        return new SpecDiffEngine(new RuleOptions { Date = new DateOnly(2024, 1, 1) }, ignore: ignore)
            .Compare([SpecLoader.LoadText(before, "a.json"), SpecLoader.LoadText(after, "b.json")]);
    }

    public static TheoryData<ReportView> Views() => [ReportView.Diff, ReportView.Breaking, ReportView.Changelog, ReportView.Summary];

    [Theory]
    [MemberData(nameof(Views))]
    public void The_json_report_follows_its_documented_schema(ReportView view)
    {
        var schema = ReportSchema.Value;

        foreach (var report in new[] { Small(), History.Value })
        {
            using var json = JsonDocument.Parse(ReportRenderer.Render(report, ReportFormat.Json, new RenderOptions(view)));
            var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

            Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10)));
        }
    }

    [Fact]
    public void The_schema_rejects_what_the_report_never_writes()
    {
        var text = ReportRenderer.Render(Small(), ReportFormat.Json).Replace("\"level\": \"WARN\"", "\"level\": \"SEVERE\"", StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);

        Assert.False(ReportSchema.Value.Evaluate(json.RootElement, new EvaluationOptions()).IsValid);
    }

    [Fact]
    public void The_yaml_report_is_the_json_report_in_yaml()
    {
        var report = Small();
        var json = SpecReader.Read(ReportRenderer.Render(report, ReportFormat.Json), SpecFormat.Json).Root!;
        var yaml = SpecReader.Read(ReportRenderer.Render(report, ReportFormat.Yaml), SpecFormat.Yaml).Root!;

        Assert.Equal(SpecValues.ToJson(json), SpecValues.ToJson(yaml));
    }

    [Fact]
    public void Sarif_has_the_shape_sarif_2_1_0_requires()
    {
        using var sarif = JsonDocument.Parse(ReportRenderer.Render(History.Value, ReportFormat.Sarif));
        var root = sarif.RootElement;

        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(SarifReport.SchemaUri, root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("name").GetString()));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString()));
        });
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(History.Value.Changes.Count(), results.Count);
        Assert.All(results, result =>
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "none", "note", "warning", "error" });
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var location = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.StartsWith("specs/procountor/", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.True(location.GetProperty("region").GetProperty("startColumn").GetInt32() >= 1);
            Assert.Matches("^[0-9a-f]{16}(-[0-9]+)?$", result.GetProperty("partialFingerprints").GetProperty("procountorChange/v1").GetString());
        });
    }

    [Fact]
    public void Sarif_points_at_the_spec_line_of_the_change()
    {
        var report = Small();
        using var sarif = JsonDocument.Parse(ReportRenderer.Render(report, ReportFormat.Sarif));
        var change = report.Changes.First();

        var region = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");

        Assert.Equal(change.Revision!.Line, region.GetProperty("startLine").GetInt32());
        Assert.Equal(change.Revision.Column, region.GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Junit_parses_and_fails_exactly_the_breaking_changes()
    {
        var xml = XDocument.Parse(ReportRenderer.Render(History.Value, ReportFormat.Junit));

        var suites = xml.Root!.Elements("testsuite").ToList();
        Assert.Equal("testsuites", xml.Root.Name.LocalName);
        Assert.Equal(History.Value.Pairs.Length, suites.Count);
        Assert.Equal(History.Value.Changes.Count(c => c.IsBreaking), xml.Descendants("failure").Count());
        Assert.Equal(History.Value.Changes.Count(), xml.Descendants("testcase").Count());
        Assert.Equal(History.Value.Changes.Count(c => c.IsBreaking), (int)xml.Root.Attribute("failures")!);
    }

    [Fact]
    public void Html_is_one_self_contained_page()
    {
        var html = ReportRenderer.Render(Small(), ReportFormat.Html);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("request-property-renamed", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_has_colour_only_when_asked()
    {
        var report = Small();

        Assert.DoesNotContain('\u001b', ReportRenderer.Render(report, ReportFormat.Text));
        Assert.Contains("\u001b[31mERR", ReportRenderer.Render(report, ReportFormat.Text, new RenderOptions(Color: true)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_breaking_view_shows_warnings_and_errors_only()
    {
        var text = ReportRenderer.Render(History.Value, ReportFormat.Json, new RenderOptions(ReportView.Breaking));

        using var json = JsonDocument.Parse(text);
        var levels = json.RootElement.GetProperty("pairs").EnumerateArray().SelectMany(p => p.GetProperty("changes").EnumerateArray()).Select(c => c.GetProperty("level").GetString()).Distinct().Order();
        Assert.Equal(["ERR", "WARN"], levels);
    }

    [Fact]
    public void Reports_name_suppressed_changes_and_expired_ignore_entries()
    {
        var report = Small();

        Assert.Contains("1 suppressed", ReportRenderer.Render(report, ReportFormat.Text), StringComparison.Ordinal);
        Assert.Contains("expired ignore entry (line 3)", ReportRenderer.Render(report, ReportFormat.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprints_do_not_move_with_lines_and_are_the_same_in_every_format()
    {
        var before = Docs.RequestBody("""{"type":"object","properties":{"note":{"type":"string","maxLength":10}}}""");
        var after = Docs.RequestBody("""{"type":"object","properties":{"note":{"type":"string","maxLength":5}}}""");
        var reformatted = JsonSerializer.Serialize(JsonSerializer.Deserialize<JsonElement>(after), new JsonSerializerOptions { WriteIndented = true });

        var compact = Compare.Pair(before, after).Changes.Single(c => c.RuleId == "request-property-max-length-decreased");
        var indented = Compare.Pair(before, "\n\n" + reformatted).Changes.Single(c => c.RuleId == "request-property-max-length-decreased");

        Assert.NotEqual(compact.Revision!.Line, indented.Revision!.Line);
        Assert.Equal(compact.Fingerprint, indented.Fingerprint);
        var report = new RangeReport([Compare.Pair(before, after)], []);
        foreach (var format in new[] { ReportFormat.Json, ReportFormat.Yaml, ReportFormat.Html, ReportFormat.Sarif, ReportFormat.Junit })
        {
            Assert.Contains(compact.Fingerprint, ReportRenderer.Render(report, format), StringComparison.Ordinal);
        }
    }
}
