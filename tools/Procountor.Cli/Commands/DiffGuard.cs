using System.CommandLine;
using Procountor.SpecDiff.Loading;
using Procountor.Specs;

namespace Procountor.Cli.Commands;

/// <summary>Runs a diff command: bad usage and unreadable input become one line on standard error and exit code 2, never a stack trace.</summary>
internal static class DiffGuard
{
    public static int Run(ParseResult result, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is UsageException or SpecLoadException or SpecsException or IOException or UnauthorizedAccessException)
        {
            result.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
            return CliApp.BadInput;
        }
    }
}
