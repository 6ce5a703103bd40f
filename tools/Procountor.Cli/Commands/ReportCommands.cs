using System.CommandLine;
using Procountor.SpecDiff.Formats;

namespace Procountor.Cli.Commands;

/// <summary><c>diff</c>, <c>breaking</c>, <c>changelog</c> and <c>summary</c>: one report, four views.</summary>
internal static class ReportCommands
{
    public static Command Diff() => Create("diff", DiffHelp.Diff, ReportView.Diff);

    public static Command Breaking() => Create("breaking", DiffHelp.Breaking, ReportView.Breaking);

    public static Command Changelog() => Create("changelog", DiffHelp.Changelog, ReportView.Changelog);

    public static Command Summary() => Create("summary", DiffHelp.Summary, ReportView.Summary, ReportFormat.Text, ReportFormat.Json, ReportFormat.Yaml, ReportFormat.Markdown, ReportFormat.Html);

    private static Command Create(string name, string description, ReportView view, params ReportFormat[] formats)
    {
        var options = new DiffOptions();
        var command = options.Command(name, description);
        command.SetAction(result => DiffGuard.Run(result, () =>
        {
            DiffOptions.Check(result);
            var format = options.Format(result, formats);
            var failOn = options.FailOn(result);
            var color = options.Color(result, result.InvocationConfiguration.Output) && format == ReportFormat.Text;
            var report = options.Compare(result);
            options.Write(result, ReportRenderer.Render(report, format, new RenderOptions(view, color)));
            foreach (var entry in report.ExpiredIgnores)
            {
                result.InvocationConfiguration.Error.WriteLine($"warning: {options.IgnoreFile(result)}:{entry.Line}: ignore entry for {entry.Rule} {entry.Operation ?? "(document)"} expired on {entry.Expires:yyyy-MM-dd}; it no longer suppresses anything");
            }

            return failOn is { } level && report.Fails(level) ? CliApp.GateFailed : CliApp.Success;
        }));
        return command;
    }
}
