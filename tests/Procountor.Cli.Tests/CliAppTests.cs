namespace Procountor.Cli.Tests;

/// <summary>The command line as a whole: help, and bad usage as exit code 2 rather than System.CommandLine's 1.</summary>
public sealed class CliAppTests
{
    [Fact]
    public void An_unknown_command_is_bad_usage_with_one_line_per_problem()
    {
        var run = CliRun.Of("bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: Unrecognized command or argument 'bogus'.", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("Run 'procountor --help' for usage.\n", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_missing_option_value_names_the_command_to_ask_for_help()
    {
        var run = CliRun.Of("specs", "fetch");

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith("Run 'procountor specs fetch --help' for usage.\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_every_command_and_exits_0()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "breaking", "changelog", "check-release-notes", "diff", "migrate", "reports", "rules", "specs", "summary", "versions" })
        {
            Assert.Contains("  " + command, run.Output, StringComparison.Ordinal);
        }
    }
}
