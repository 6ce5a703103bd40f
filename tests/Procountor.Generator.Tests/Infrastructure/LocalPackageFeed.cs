namespace Procountor.Generator.Tests.Infrastructure;

/// <summary>
/// A folder of freshly packed packages and the <c>nuget.config</c> of a consumer that restores from it, with the
/// machine's package cache for everything else (tests have no network). Shared with the SDK's packaging test.
/// </summary>
public static class LocalPackageFeed
{
    /// <summary>Packs each project of the repository (as built by this test run, <c>--no-build</c>) into <paramref name="feed"/> at <paramref name="version"/>.</summary>
    public static async Task PackAsync(string repositoryRoot, string feed, string version, TimeSpan timeout, params string[] projects)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
        foreach (var project in projects)
        {
            // --no-build: pack what this test run was built from, without touching the repository's outputs.
            await ProcessRunner.RunAsync("dotnet", $"pack \"{Path.Combine(repositoryRoot, project)}\" --no-build --disable-build-servers -c {configuration} -o \"{feed}\" -p:Version={version}", feed, timeout);
        }
    }

    /// <summary>Writes the consumer's <c>nuget.config</c>: the feed first, then the machine's global packages folder.</summary>
    public static void WriteNuGetConfig(string consumerDirectory, string feed)
    {
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(consumerDirectory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="feed" value="{feed}" />
                <add key="machine" value="{globalPackages}" />
              </packageSources>
            </configuration>
            """);
    }
}
