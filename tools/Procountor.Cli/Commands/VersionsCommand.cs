using System.CommandLine;
using Procountor.Specs.Versions;

namespace Procountor.Cli.Commands;

/// <summary><c>procountor versions</c>: the table of <c>versions.yaml</c>.</summary>
internal static class VersionsCommand
{
    private static readonly string[] Header = ["version", "released", "segment", "spec", "document", "lifecycle"];

    public static Command Create()
    {
        var root = SpecsOptions.Root();
        var command = new Command("versions", SpecsHelp.Versions) { root };
        command.SetAction(parseResult => SpecsOptions.Guard(parseResult, () =>
        {
            var rows = SpecsOptions.Open(parseResult, root).Catalog.Versions.Select(Row).Prepend(Header).ToList();
            var widths = Enumerable.Range(0, Header.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
            foreach (var row in rows)
            {
                parseResult.InvocationConfiguration.Output.WriteLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
            }

            return CliApp.Success;
        }));
        return command;
    }

    private static string[] Row(ApiVersion version) =>
    [
        version.Id.Text,
        version.Released,
        version.PathSegment ?? "-",
        version.SpecFormat,
        version.Document ?? "-",
        Lifecycle(version.Lifecycle),
    ];

    private static string Lifecycle(VersionLifecycle lifecycle) => (lifecycle.SupportedFrom, lifecycle.SupportedUntil) switch
    {
        (null, null) => lifecycle.Channel,
        (var from, var until) => $"{lifecycle.Channel} {from ?? "?"}..{until ?? "?"}",
    };
}
