using System.Text.Json;

namespace Procountor.Cli.Tests;

/// <summary><c>rules</c>: the catalog the diff judges by.</summary>
public sealed class RulesCommandTests
{
    [Fact]
    public void Every_rule_is_listed_with_its_level()
    {
        var run = CliRun.Of("rules");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("request-property-removed", run.Output, StringComparison.Ordinal);
        Assert.Contains("request-property-renamed", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("514 rules\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_listing_marks_our_extensions()
    {
        using var json = JsonDocument.Parse(CliRun.Of("rules", "--format", "json").Output);

        var extensions = json.RootElement.GetProperty("rules").EnumerateArray().Where(r => r.GetProperty("extension").GetBoolean()).Select(r => r.GetProperty("id").GetString()).ToList();

        Assert.Equal(["endpoint-method-changed", "endpoint-path-renamed", "request-parameter-renamed", "request-property-renamed", "response-property-renamed"], extensions);
    }
}
