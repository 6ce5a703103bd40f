using System.CommandLine;

namespace Procountor.Cli.Commands;

/// <summary><c>procountor specs</c>: the commands that maintain <c>specs/procountor/</c>.</summary>
internal static class SpecsCommand
{
    public static Command Create()
    {
        var command = new Command("specs", SpecsHelp.Specs);
        command.Subcommands.Add(SpecsMaterializeCommand.Create());
        command.Subcommands.Add(SpecsFetchCommand.Create());
        return command;
    }
}
