namespace Procountor.Cli.Tests;

/// <summary><c>diff</c>, <c>breaking</c>, <c>changelog</c>, <c>summary</c>: inputs, formats and exit codes.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly SpecsTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Two_files_are_compared_and_a_clean_run_exits_0()
    {
        var run = CliRun.Of("diff", _tree.File19_10, _tree.File19_11);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ERR  request-parameter-became-required  GET /widgets", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Theory]
    [InlineData("ERR", 1)]
    [InlineData("WARN", 1)]
    [InlineData("err", 1)]
    public void Fail_on_sets_exit_code_1_when_the_gate_fails(string level, int exitCode) =>
        Assert.Equal(exitCode, CliRun.Of("breaking", _tree.File19_10, _tree.File19_11, "--fail-on", level).ExitCode);

    [Fact]
    public void Fail_on_err_passes_when_only_information_changed() =>
        Assert.Equal(0, CliRun.Of("diff", "19.11", "19.12", "--specs", _tree.Specs, "--fail-on", "ERR").ExitCode);

    [Fact]
    public void Version_ids_resolve_through_versions_yaml_and_a_range_walks_every_pair()
    {
        var run = CliRun.Of("summary", "--from", "19.10", "--to", "19.12", "--specs", _tree.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "19.10 → 19.11: 1 error, 0 warnings, 1 info\n19.11 → 19.12: 0 errors, 0 warnings, 1 info\ntotal: 1 error, 0 warnings, 2 info\n",
            run.Output);
    }

    [Fact]
    public void Changes_name_the_release_note_items_they_match()
    {
        var run = CliRun.Of("diff", "19.10", "19.11", "--specs", _tree.Specs, "--format", "markdown");

        Assert.Contains("| 19.11-01 |", run.Output, StringComparison.Ordinal);
        Assert.Contains("specs/procountor/19.11/openapi.json:1:", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("yaml")]
    [InlineData("markdown")]
    [InlineData("html")]
    [InlineData("sarif")]
    [InlineData("junit")]
    public void Every_format_is_written_to_the_output_file(string format)
    {
        var output = Path.Combine(_tree.Root, "report." + format);

        var run = CliRun.Of("diff", _tree.File19_10, _tree.File19_11, "-f", format, "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("request-parameter-became-required", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Changelog_groups_changes_by_endpoint()
    {
        var run = CliRun.Of("changelog", "--from", "19.10", "--to", "19.12", "--specs", _tree.Specs);

        Assert.Contains("  GET /widgets\n    ERR  query parameter colour — Request parameter: switched from optional to required", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_byte_identical_across_runs() =>
        Assert.Equal(
            CliRun.Of("diff", "--from", "19.10", "--to", "19.12", "--specs", _tree.Specs, "-f", "sarif").Output,
            CliRun.Of("diff", "--from", "19.10", "--to", "19.12", "--specs", _tree.Specs, "-f", "sarif").Output);

    [Fact]
    public void An_ignore_entry_suppresses_a_known_change_until_it_expires()
    {
        var ignore = _tree.Add("ignore.yaml", """
            ignore:
              - rule: request-parameter-became-required
                operation: GET /widgets
                reason: announced in 19.11
                expires: 2030-01-01
            """);

        Assert.Equal(0, CliRun.Of("breaking", _tree.File19_10, _tree.File19_11, "--fail-on", "ERR", "--ignore", ignore, "--date", "2024-01-01").ExitCode);

        var expired = CliRun.Of("breaking", _tree.File19_10, _tree.File19_11, "--fail-on", "ERR", "--ignore", ignore, "--date", "2030-01-02");
        Assert.Equal(1, expired.ExitCode);
        Assert.Contains("ignore.yaml:2: ignore entry for request-parameter-became-required GET /widgets expired on 2030-01-01", expired.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stability_levels_are_an_option()
    {
        var before = _tree.Add("before.json", """{"openapi":"3.0.1","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"x-stability-level":"gold","responses":{"200":{"description":"ok"}}}}}}""");
        var after = _tree.Add("after.json", """{"openapi":"3.0.1","info":{"title":"t","version":"1"},"paths":{"/a":{"get":{"x-stability-level":"silver","responses":{"200":{"description":"ok"}}}}}}""");

        Assert.Contains("api-invalid-stability-level", CliRun.Of("diff", before, after).Output, StringComparison.Ordinal);
        Assert.Contains("api-stability-decreased", CliRun.Of("diff", before, after, "--stability-levels", "bronze, silver, gold").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff", "a.json")]
    [InlineData("diff", "a.json", "b.json", "c.json")]
    [InlineData("diff", "a.json", "b.json", "--format", "pdf")]
    [InlineData("diff", "a.json", "b.json", "--fail-on", "INFO")]
    [InlineData("diff", "a.json", "b.json", "--no-such-option")]
    [InlineData("diff", "a.json", "b.json", "--date", "tomorrow")]
    [InlineData("diff", "--from", "19.10")]
    [InlineData("summary", "a.json", "b.json", "-f", "sarif")]
    [InlineData("rules", "--format", "xml")]
    [InlineData("diff", "a.json", "b.json", "--format")]
    [InlineData("diff", "a.json", "b.json", "--specs")]
    public void Bad_usage_is_one_line_and_exit_code_2(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void An_unreadable_document_is_named_with_line_and_column_and_no_stack_trace()
    {
        var broken = _tree.Add("broken.json", "{\"openapi\": \"3.0.1\",\n  \"paths\": {\"/a\": }\n}");

        var run = CliRun.Of("diff", _tree.File19_10, broken);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {broken}:2:19: Unexpected '}}'; expected a value.\n", run.Error);
    }

    [Fact]
    public void A_document_that_is_not_openapi_is_bad_input()
    {
        var other = _tree.Add("other.yaml", "name: not a spec\n");

        var run = CliRun.Of("diff", _tree.File19_10, other);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {other}:1:1: not an OpenAPI document: no 'openapi' version field\n", run.Error);
    }

    [Fact]
    public void A_missing_file_or_unknown_version_is_bad_input()
    {
        Assert.Equal("error: nothing.json: file not found\n", CliRun.Of("diff", _tree.File19_10, "nothing.json").Error);

        var unknown = CliRun.Of("diff", "19.10", "18.01", "--specs", _tree.Specs);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("error: specs/procountor/versions.yaml: '18.01' is neither a file nor a version in versions.yaml\n", unknown.Error);
    }
}
