using System.CommandLine;
using System.CommandLine.Parsing;
using Procountor.Cli.Commands;

namespace Procountor.Cli;

/// <summary>Builds the command tree. Each command lives in its own file under Commands/.</summary>
public static class CliApp
{
    /// <summary>Exit code for a clean run.</summary>
    public const int Success = 0;

    /// <summary>Exit code when a gate (such as <c>--fail-on</c>) failed.</summary>
    public const int GateFailed = 1;

    /// <summary>Exit code for bad usage or unreadable input.</summary>
    public const int BadInput = 2;

    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Procountor API spec tools: compare OpenAPI documents, gate breaking changes, check release notes, plan version migrations.");
        foreach (var command in Registry())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parseResult = CreateRootCommand().Parse(args);

        // System.CommandLine answers a parse error with the help text and exit code 1, which CI would read as a failed
        // gate. Bad usage is exit code 2 with one line per problem, like every other bad input.
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine($"Run '{CommandPath(parseResult.CommandResult)} --help' for usage.");
            return BadInput;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static string CommandPath(CommandResult command) =>
        command.Parent is CommandResult parent ? CommandPath(parent) + " " + command.Command.Name : "procountor";

    // One line per command; keep the list sorted so that merges stay trivial.
    private static IEnumerable<Command> Registry() =>
    [
        ReportCommands.Breaking(),
        ReportCommands.Changelog(),
        CheckReleaseNotesCommand.Create(),
        ReportCommands.Diff(),
        MigrateCommand.Create(),
        ReportsCommand.Create(),
        RulesCommand.Create(),
        SpecsCommand.Create(),
        ReportCommands.Summary(),
        VersionsCommand.Create(),
    ];
}
