using System.CommandLine;
using System.Text;
using Procountor.Migration;
using Procountor.Migration.Formats;
using Procountor.SpecDiff.Formats;
using Procountor.SpecDiff.Loading;
using Procountor.SpecDiff.Reports;
using Procountor.Specs;

namespace Procountor.Cli.Commands;

/// <summary>
/// <c>procountor reports --out DIR</c>: every report of the bundled history at once — what the main build job
/// publishes. The history is compared once; each file is one view of that comparison.
/// </summary>
internal static class ReportsCommand
{
    public const string Description = "Write every report of the bundled history (oldest to newest document) into a folder: changelog, breaking changes (Markdown, JSON, HTML, SARIF, JUnit), all changes (JSON), release-notes conformance, and the migration report from the oldest to the newest version.";

    public static Command Create()
    {
        var output = new Option<string>("--out", "-o") { Description = "The folder to write into (created when missing).", HelpName = "dir", Required = true };
        var specs = SpecsOptions.Root();
        var command = new Command("reports", Description) { output, specs };
        command.SetAction(result => DiffGuard.Run(result, () =>
        {
            var repository = SpecsOptions.Open(result, specs);
            var documented = repository.Catalog.Documented.ToList();
            if (documented.Count < 2)
            {
                throw new UsageException($"{repository.DisplayPath(SpecsRepository.VersionsFile)} lists fewer than two documents");
            }

            var (first, last) = (documented[0].Id.Text, documented[^1].Id.Text);
            var history = new SpecSources(() => repository).Range(first, last);

            // No --date: rules that depend on today (sunsets, ignore expiry) stay off, so the same specs give the same bytes.
            var report = new SpecDiffEngine(releaseNotes: repository.ReleaseNotes).Compare(history);
            var migration = new MigrationPlanner(MigrationPlanner.ForRepository(repository)).Plan(repository, first, last);

            var directory = Directory.CreateDirectory(result.GetValue(output)!).FullName;
            var files = new (string Name, string Text)[]
            {
                ("changelog.md", ReportRenderer.Render(report, ReportFormat.Markdown, new RenderOptions(ReportView.Changelog))),
                ("changes.json", ReportRenderer.Render(report, ReportFormat.Json, new RenderOptions(ReportView.Diff))),
                ("breaking.md", ReportRenderer.Render(report, ReportFormat.Markdown, new RenderOptions(ReportView.Breaking))),
                ("breaking.json", ReportRenderer.Render(report, ReportFormat.Json, new RenderOptions(ReportView.Breaking))),
                ("breaking.html", ReportRenderer.Render(report, ReportFormat.Html, new RenderOptions(ReportView.Breaking))),
                ("breaking.sarif", ReportRenderer.Render(report, ReportFormat.Sarif, new RenderOptions(ReportView.Breaking))),
                ("breaking.junit.xml", ReportRenderer.Render(report, ReportFormat.Junit, new RenderOptions(ReportView.Breaking))),
                ("summary.md", ReportRenderer.Render(report, ReportFormat.Markdown, new RenderOptions(ReportView.Summary))),
                ("release-notes-conformance.md", ConformanceRenderer.Render(report, ReportFormat.Markdown)),
                ($"migration-{first}-to-{last}.md", MigrationRenderer.Render(migration, MigrationFormat.Markdown)),
                ($"migration-{first}-to-{last}.json", MigrationRenderer.Render(migration, MigrationFormat.Json)),
                ($"migration-{first}-to-{last}.html", MigrationRenderer.Render(migration, MigrationFormat.Html)),
            };

            foreach (var (name, text) in files)
            {
                File.WriteAllText(Path.Combine(directory, name), text, new UTF8Encoding(false));
            }

            var conforms = ConformanceRenderer.Conforms(report);
            result.InvocationConfiguration.Output.WriteLine(
                $"wrote {files.Length} reports of {history.Count} documents ({first} … {last}) to {directory}; release notes {(conforms ? "match the documents" : "DO NOT match the documents: see release-notes-conformance.md")}");
            return conforms ? CliApp.Success : CliApp.GateFailed;
        }));
        return command;
    }
}
