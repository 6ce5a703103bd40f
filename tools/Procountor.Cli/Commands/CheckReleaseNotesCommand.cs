using System.CommandLine;
using Procountor.SpecDiff.Formats;

namespace Procountor.Cli.Commands;

/// <summary><c>check-release-notes --from A --to B</c>: do the documents and release-notes.yaml tell the same story?</summary>
internal static class CheckReleaseNotesCommand
{
    public static Command Create()
    {
        var options = new DiffOptions();
        var command = options.Command("check-release-notes", DiffHelp.CheckReleaseNotes, withGate: false);
        command.SetAction(result => DiffGuard.Run(result, () =>
        {
            DiffOptions.Check(result);
            var format = options.Format(result, ReportFormat.Text, ReportFormat.Json, ReportFormat.Yaml, ReportFormat.Markdown);
            var report = options.Compare(result, needsNotes: true);
            options.Write(result, ConformanceRenderer.Render(report, format));
            return ConformanceRenderer.Conforms(report) ? CliApp.Success : CliApp.GateFailed;
        }));
        return command;
    }
}
