using System.CommandLine;

namespace Procountor.Cli.Commands;

/// <summary>Placeholder proving the plumbing; replaced when specs/procountor/versions.yaml lands.</summary>
internal static class VersionsCommand
{
    public static Command Create()
    {
        var command = new Command("versions", "List the API versions whose documents are bundled in specs/.");
        command.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Output.WriteLine("(no versions yet)");
            return CliApp.Success;
        });
        return command;
    }
}
