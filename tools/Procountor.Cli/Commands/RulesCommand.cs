using System.CommandLine;
using Procountor.SpecDiff.Formats;
using Procountor.SpecDiff.Rules;

namespace Procountor.Cli.Commands;

/// <summary><c>procountor rules</c>: the catalog the diff judges by.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var options = new DiffOptions();
        var command = new Command("rules", DiffHelp.Rules) { options.FormatOption };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result => DiffGuard.Run(result, () =>
        {
            DiffOptions.Check(result);
            var format = options.Format(result, ReportFormat.Text, ReportFormat.Json, ReportFormat.Markdown);
            result.InvocationConfiguration.Output.Write(RuleListRenderer.Render(RuleCatalog.Default.Rules, format));
            return CliApp.Success;
        }));
        return command;
    }
}
