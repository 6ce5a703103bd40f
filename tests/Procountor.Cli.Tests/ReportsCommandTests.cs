namespace Procountor.Cli.Tests;

/// <summary><c>reports</c>: the main job's view of the whole history, one folder of files.</summary>
public sealed class ReportsCommandTests
{
    private static readonly string[] ExpectedFiles =
    [
        "breaking.html", "breaking.json", "breaking.junit.xml", "breaking.md", "breaking.sarif", "changelog.md", "changes.json",
        "migration-19.10-to-19.12.html", "migration-19.10-to-19.12.json", "migration-19.10-to-19.12.md",
        "release-notes-conformance.md", "summary.md",
    ];

    [Fact]
    public void Every_report_of_the_history_is_written_and_an_undocumented_change_fails_the_run()
    {
        using var tree = new SpecsTree();
        var folder = Path.Combine(tree.Root, "reports");

        var run = CliRun.Of("reports", "--out", folder, "--specs", tree.Specs);

        // 19.12 adds an endpoint the notes do not mention: informational, so the notes still conform.
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("wrote 12 reports of 3 documents (19.10 … 19.12)", run.Output, StringComparison.Ordinal);
        Assert.Equal(ExpectedFiles, Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("GET /gadgets", File.ReadAllText(Path.Combine(folder, "changelog.md")), StringComparison.Ordinal);
        Assert.Contains("query parameter colour", File.ReadAllText(Path.Combine(folder, "breaking.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_runs_write_the_same_bytes()
    {
        using var tree = new SpecsTree();
        var first = Path.Combine(tree.Root, "first");
        var second = Path.Combine(tree.Root, "second");

        CliRun.Of("reports", "--out", first, "--specs", tree.Specs);
        CliRun.Of("reports", "--out", second, "--specs", tree.Specs);

        foreach (var name in ExpectedFiles)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, name)), File.ReadAllBytes(Path.Combine(second, name)));
        }
    }

    [Fact]
    public void Without_an_output_folder_it_is_bad_usage()
    {
        var run = CliRun.Of("reports");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }
}
