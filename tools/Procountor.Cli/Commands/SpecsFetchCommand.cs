using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using Procountor.Specs;
using Procountor.Specs.Canonical;
using Procountor.Specs.Comparing;
using Procountor.Specs.Fetching;
using Procountor.Specs.Versions;

namespace Procountor.Cli.Commands;

/// <summary><c>procountor specs fetch &lt;version&gt;</c>: the vendor's document against the bundled snapshot.</summary>
internal static class SpecsFetchCommand
{
    public static Command Create()
    {
        var version = new Argument<string>("version") { Description = SpecsHelp.FetchVersion };
        var environment = new Option<string>("--environment") { Description = SpecsHelp.Environment, DefaultValueFactory = _ => "production", HelpName = "production|test" };
        var url = new Option<string?>("--url") { Description = SpecsHelp.Url, HelpName = "url" };
        var output = new Option<FileInfo?>("--out") { Description = SpecsHelp.Out, HelpName = "file" };
        var timeout = new Option<double>("--timeout") { Description = SpecsHelp.Timeout, DefaultValueFactory = _ => 30, HelpName = "seconds" };
        var root = SpecsOptions.Root();
        timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is not (> 0 and <= 3600))
            {
                result.AddError("--timeout must be more than 0 and at most 3600 seconds.");
            }
        });

        var command = new Command("fetch", SpecsHelp.Fetch) { version, environment, url, output, timeout, root };
        command.SetAction((parseResult, cancellationToken) => SpecsOptions.Guard(parseResult, async () =>
        {
            var specs = SpecsOptions.Open(parseResult, root);
            var target = FetchTarget.Resolve(specs.Catalog, parseResult.GetValue(version)!, parseResult.GetValue(environment)!, parseResult.GetValue(url), specs.DisplayPath(SpecsRepository.VersionsFile));
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var fetched = await new DocumentDownloader(http, TimeSpan.FromSeconds(parseResult.GetValue(timeout))).DownloadAsync(target.Url, cancellationToken).ConfigureAwait(false);
            var writer = parseResult.InvocationConfiguration.Output;
            await writer.WriteLineAsync($"Fetched {target.Url} ({target.Version}, {target.Environment}).").ConfigureAwait(false);
            if (parseResult.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, CanonicalJson.Write(fetched), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
                await writer.WriteLineAsync($"Wrote the canonical document to {file}.").ConfigureAwait(false);
            }

            await Report(writer, specs, Snapshot(specs, target, fetched), fetched, PointerComparer.Instance).ConfigureAwait(false);
            return CliApp.Success;
        }));
        return command;
    }

    // An alias names whatever version is newest now, so the document's own info.version says which snapshot to compare.
    private static ApiVersion? Snapshot(SpecsRepository specs, FetchTarget target, JsonObject fetched)
    {
        var id = FetchTarget.IsAlias(specs.Catalog, target.Version)
            ? (fetched["info"]?["version"] as JsonValue)?.TryGetValue<string>(out var named) == true ? named : null
            : target.Version;
        return id is null ? null : specs.Catalog.Find(id) is { HasDocument: true } version ? version : null;
    }

    private static async Task Report(TextWriter writer, SpecsRepository specs, ApiVersion? snapshot, JsonObject fetched, IDocumentComparer comparer)
    {
        if (snapshot is null)
        {
            await writer.WriteLineAsync("No bundled document of this version; nothing to compare.").ConfigureAwait(false);
            return;
        }

        var display = specs.DocumentDisplayPath(snapshot);
        var differences = comparer.Compare(specs.ReadDocument(snapshot), fetched);
        if (differences.Count == 0)
        {
            await writer.WriteLineAsync($"Same as {display}.").ConfigureAwait(false);
            return;
        }

        int Count(DifferenceKind kind) => differences.Count(d => d.Kind == kind);
        await writer.WriteLineAsync($"Differs from {display}: {Count(DifferenceKind.Added)} added, {Count(DifferenceKind.Removed)} removed, {Count(DifferenceKind.Changed)} changed.").ConfigureAwait(false);
        foreach (var difference in differences)
        {
            await writer.WriteLineAsync($"  {difference.Kind.ToString().ToLowerInvariant(),-8} {difference.Pointer}").ConfigureAwait(false);
        }
    }
}
