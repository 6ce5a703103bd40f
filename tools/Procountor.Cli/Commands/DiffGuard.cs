using System.CommandLine;
using Procountor.Specs;

namespace Procountor.Cli.Commands;

/// <summary>Runs a diff command: bad usage, unreadable input (and, should one happen, a bug) become one line on standard error and exit code 2, never a stack trace.</summary>
internal static class DiffGuard
{
    public static int Run(ParseResult result, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is UsageException or SpecsException or IOException or UnauthorizedAccessException)
        {
            result.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
            return CliApp.BadInput;
        }
        catch (Exception e)
        {
            // A bug of ours still gets one line, not a stack trace; the type says where to look.
            result.InvocationConfiguration.Error.WriteLine($"error: internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}");
            return CliApp.BadInput;
        }
    }
}
