using System.CommandLine;
using Procountor.Specs;

namespace Procountor.Cli.Commands;

/// <summary>What every spec-data command shares: the <c>--specs</c> option and how a failure becomes exit code 2.</summary>
internal static class SpecsOptions
{
    public static Option<DirectoryInfo?> Root() => new("--specs") { Description = SpecsHelp.SpecsRoot, HelpName = "dir" };

    public static SpecsRepository Open(ParseResult parseResult, Option<DirectoryInfo?> root) =>
        parseResult.GetValue(root) is { } directory ? SpecsRepository.Open(directory.FullName) : SpecsRepository.Discover(Environment.CurrentDirectory);

    /// <summary>Runs <paramref name="action"/>; a <see cref="SpecsException"/> (or a file that cannot be written) becomes one line on stderr and exit code 2.</summary>
    public static async Task<int> Guard(ParseResult parseResult, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (SpecsException e)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return CliApp.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return CliApp.BadInput;
        }
    }

    public static int Guard(ParseResult parseResult, Func<int> action) =>
        Guard(parseResult, () => Task.FromResult(action())).GetAwaiter().GetResult();
}
