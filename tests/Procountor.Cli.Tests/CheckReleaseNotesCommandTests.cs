namespace Procountor.Cli.Tests;

/// <summary><c>check-release-notes</c>: do the documents and the notes tell the same story?</summary>
public sealed class CheckReleaseNotesCommandTests
{
    [Fact]
    public void Matching_notes_exit_0_and_list_the_matched_pairs()
    {
        using var tree = new SpecsTree();

        var run = CliRun.Of("check-release-notes", "--from", "19.10", "--to", "19.11", "--specs", tree.Specs);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("matched      19.11-01 ← request-parameter-became-required  GET /widgets  query parameter colour", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undocumented_change_is_listed_and_fails_the_check_only_when_it_breaks()
    {
        using var tree = new SpecsTree();

        var run = CliRun.Of("check-release-notes", "--from", "19.10", "--to", "19.12", "--specs", tree.Specs);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("19.11 → 19.12: 1 undocumented (0 breaking), 0 unreflected, 0 matched", run.Output, StringComparison.Ordinal);
        Assert.Contains("undocumented INFO endpoint-added  GET /gadgets  endpoint", run.Output, StringComparison.Ordinal);

        var breaking = CliRun.Of("check-release-notes", "19.12", "19.10", "--specs", tree.Specs);
        Assert.Equal(1, breaking.ExitCode);
        Assert.Contains("undocumented ERR  api-path-removed-without-deprecation  GET /gadgets", breaking.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_visible_note_that_no_document_shows_is_unreflected()
    {
        using var tree = new SpecsTree("""

              - version: "19.12"
                released: 2019-12
                items:
                  - id: 19.12-01
                    summary: GET /gadgets lists gadgets
                    kinds: [endpoint-added]
                    endpoints: [GET /gadgets]
                    specVisible: true
                    breaking: false
                    allVersions: false
                  - id: 19.12-02
                    summary: DELETE /widgets removes every widget
                    kinds: [endpoint-added]
                    endpoints: [DELETE /widgets]
                    specVisible: true
                    breaking: false
                    allVersions: false
            """);

        var run = CliRun.Of("check-release-notes", "--from", "19.10", "--to", "19.12", "--specs", tree.Specs, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"conforms\": false", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"19.12-02\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_without_versions_cannot_be_checked_against_notes()
    {
        using var tree = new SpecsTree();

        var run = CliRun.Of("check-release-notes", tree.File19_10, tree.File19_11);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: check-release-notes compares versions", run.Error, StringComparison.Ordinal);
    }
}
