using System.Text;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Reports;

namespace Procountor.SpecDiff.Formats;

/// <summary>GitHub-flavoured Markdown: a section per version pair, a table of changes (or a changelog list).</summary>
internal static class MarkdownReport
{
    public static string Render(RangeReport report, RenderOptions options)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(options.View == ReportView.Changelog ? "API changelog" : options.View == ReportView.Breaking ? "Breaking API changes" : "API changes").Append("\n\n");
        foreach (var pair in report.Pairs)
        {
            var changes = ReportContent.Changes(pair, options.View);
            text.Append("## ").Append(ReportContent.Title(pair)).Append("\n\n");
            text.Append(ReportContent.Counts(changes));
            if (pair.Suppressed.Length > 0)
            {
                text.Append(", ").Append(pair.Suppressed.Length).Append(" suppressed");
            }

            text.Append(".\n\n");
            if (options.View == ReportView.Summary || changes.Count == 0)
            {
                continue;
            }

            if (options.View == ReportView.Changelog)
            {
                foreach (var group in changes.GroupBy(c => c.Operation ?? "(document)").OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    text.Append("### `").Append(group.Key).Append("`\n\n");
                    foreach (var change in group)
                    {
                        text.Append("- **").Append(ReportContent.Level(change.Level)).Append("** ").Append(Escape(change.Message));
                        if (!change.ReleaseNotes.IsDefaultOrEmpty)
                        {
                            text.Append(" (").Append(string.Join(", ", change.ReleaseNotes)).Append(')');
                        }

                        text.Append('\n');
                    }

                    text.Append('\n');
                }

                continue;
            }

            text.Append("| Level | Rule | Operation | Subject | Change | Release notes | Where (revision) |\n");
            text.Append("| --- | --- | --- | --- | --- | --- | --- |\n");
            foreach (var change in changes)
            {
                text.Append("| ").Append(ReportContent.Level(change.Level))
                    .Append(" | `").Append(change.RuleId).Append('`')
                    .Append(" | ").Append(change.Operation is null ? string.Empty : "`" + Escape(change.Operation) + "`")
                    .Append(" | ").Append(Escape(change.Subject))
                    .Append(" | ").Append(Escape(change.Message))
                    .Append(" | ").Append(change.ReleaseNotes.IsDefaultOrEmpty ? string.Empty : string.Join(", ", change.ReleaseNotes))
                    .Append(" | ").Append(Escape(ReportContent.Location(change.Revision ?? change.Base)))
                    .Append(" |\n");
            }

            text.Append('\n');
        }

        foreach (var entry in report.ExpiredIgnores)
        {
            text.Append("> Expired ignore entry (line ").Append(entry.Line).Append("): `").Append(entry.Rule).Append("` ").Append(Escape(entry.Operation ?? "(document)")).Append('\n');
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    public static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
