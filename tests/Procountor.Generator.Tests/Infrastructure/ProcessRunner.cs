using System.Diagnostics;

namespace Procountor.Generator.Tests.Infrastructure;

/// <summary>Runs a command to completion, capturing its output; fails the test with the output when it fails.</summary>
public static class ProcessRunner
{
    public static async Task<string> RunAsync(string fileName, string arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            // A grandchild that outlives the command (a build server) can hold the output pipes open: the timeout
            // covers reading them to the end, not only the exit.
            await process.WaitForExitAsync(cancel.Token);
            await Task.WhenAll(output, error).WaitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {arguments} did not finish within {timeout}.\n{Finished(output)}\n{Finished(error)}");
        }

        var text = await output + await error;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {arguments} exited with {process.ExitCode}:\n{text}");
        }

        return text;
    }

    private static string Finished(Task<string> read) => read.IsCompletedSuccessfully ? read.Result : "(output still open)";
}
