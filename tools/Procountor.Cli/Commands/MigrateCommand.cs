using System.CommandLine;
using Procountor.Migration;
using Procountor.Migration.Formats;
using Procountor.Migration.Model;
using Procountor.Migration.Naming;
using Procountor.Migration.Table;
using Procountor.Migration.Usages;
using Procountor.Specs;

namespace Procountor.Cli.Commands;

/// <summary>
/// <c>procountor migrate --from A --to B [--project X.csproj]</c>: what a consumer must change, in terms of their C#;
/// <c>procountor migrate --table</c>: the data the migration analyzer ships with.
/// </summary>
internal static class MigrateCommand
{
    public const string Description = "Plan a move between versions: the net changes from --from to --to as the C# symbols of the generated client, with release notes and what to do; with --project, the places in your code that use them.";

    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "The version your code is written against, such as 22.06.", HelpName = "version" };
        var to = new Option<string?>("--to") { Description = "The version you are moving to, such as 23.12.", HelpName = "version" };
        var project = new Option<string?>("--project") { Description = "A .csproj to scan (loaded with Roslyn): lists every usage of a changed symbol, file:line.", HelpName = "file" };
        var format = new Option<string?>("--format", "-f") { Description = "Output format: markdown (default), json, html.", HelpName = "format" };
        var output = new Option<string?>("--out", "-o") { Description = "Write the report to this file instead of standard output.", HelpName = "file" };
        var configuration = new Option<string?>("--configuration", "-c") { Description = "With --project: the build configuration to load it in (its generator and references must be built in it).", HelpName = "name" };
        var table = new Option<bool>("--table") { Description = "Write the migration analyzer's table (every version's renamed and removed symbols) instead of a report." };
        var specs = SpecsOptions.Root();
        var command = new Command("migrate", Description) { from, to, project, configuration, format, output, table, specs };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result => DiffGuard.Run(result, () =>
        {
            DiffOptions.Check(result);
            var repository = SpecsOptions.Open(result, specs);
            string text;
            if (result.GetValue(table))
            {
                if (result.GetValue(from) is not null || result.GetValue(to) is not null || result.GetValue(project) is not null || result.GetValue(format) is not null)
                {
                    throw new UsageException("--table takes no --from, --to, --project or --format: it covers every version");
                }

                text = MigrationTableBuilder.Build(repository).Write();
            }
            else
            {
                var first = result.GetValue(from) ?? throw new UsageException("give --from and --to (or --table)");
                var last = result.GetValue(to) ?? throw new UsageException("give --from and --to (or --table)");
                var kind = Format(result.GetValue(format));
                text = MigrationRenderer.Render(Report(repository, first, last, result.GetValue(project), result.GetValue(configuration)), kind);
            }

            if (result.GetValue(output) is { } path)
            {
                File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
            }
            else
            {
                result.InvocationConfiguration.Output.Write(text);
            }

            return CliApp.Success;
        }));
        return command;
    }

    private static MigrationReport Report(SpecsRepository repository, string from, string to, string? projectPath, string? configuration)
    {
        if (projectPath is null)
        {
            return new MigrationPlanner(MigrationPlanner.ForRepository(repository)).Plan(repository, from, to);
        }

        if (!File.Exists(projectPath))
        {
            throw new UsageException($"{projectPath}: project file not found");
        }

        ProjectScanner consumer;
        try
        {
            consumer = ProjectScanner.Open(projectPath, from, configuration);
        }
        catch (ProjectLoadException e)
        {
            throw new UsageException(e.Message);
        }

        var report = new MigrationPlanner(MigrationPlanner.ForRepository(repository, new SymbolNamespaces(Consumer: consumer.Namespace))).Plan(repository, from, to);
        return report with { Project = consumer.Find(report) };
    }

    private static MigrationFormat Format(string? text) => (text ?? "markdown").ToLowerInvariant() switch
    {
        "markdown" or "md" => MigrationFormat.Markdown,
        "json" => MigrationFormat.Json,
        "html" => MigrationFormat.Html,
        var other => throw new UsageException($"unknown format '{other}'; expected markdown, json, html"),
    };
}
