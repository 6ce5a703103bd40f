using System.Text;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Reports;

namespace Procountor.SpecDiff.Formats;

/// <summary>Plain text for a terminal or a log; ANSI colour only when asked (the CLI asks only on a terminal).</summary>
internal static class TextReport
{
    public static string Render(RangeReport report, RenderOptions options)
    {
        var text = new StringBuilder();
        foreach (var pair in report.Pairs)
        {
            var changes = ReportContent.Changes(pair, options.View);
            text.Append(Bold(ReportContent.Title(pair), options)).Append(": ").Append(ReportContent.Counts(changes));
            if (pair.Suppressed.Length > 0)
            {
                text.Append(", ").Append(pair.Suppressed.Length).Append(" suppressed");
            }

            text.Append('\n');
            if (options.View == ReportView.Summary)
            {
                continue;
            }

            if (options.View == ReportView.Changelog)
            {
                foreach (var group in changes.GroupBy(c => c.Operation ?? "(document)").OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    text.Append("  ").Append(group.Key).Append('\n');
                    foreach (var change in group)
                    {
                        text.Append("    ").Append(Level(change.Level, options)).Append(' ').Append(change.Message);
                        Notes(text, change);
                        text.Append('\n');
                    }
                }

                continue;
            }

            foreach (var change in changes)
            {
                text.Append("  ").Append(Level(change.Level, options)).Append(' ').Append(change.RuleId);
                if (change.Operation is not null)
                {
                    text.Append("  ").Append(change.Operation);
                }

                text.Append('\n');
                text.Append("       ").Append(change.Subject).Append('\n');
                text.Append("       ").Append(change.Message).Append('\n');
                text.Append("       base ").Append(ReportContent.Location(change.Base)).Append("  revision ").Append(ReportContent.Location(change.Revision));
                Notes(text, change);
                text.Append('\n');
            }
        }

        foreach (var entry in report.ExpiredIgnores)
        {
            text.Append("expired ignore entry (line ").Append(entry.Line).Append("): ").Append(entry.Rule).Append(' ').Append(entry.Operation ?? "(document)")
                .Append(" expired ").Append(entry.Expires!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        if (report.Pairs.Length > 1)
        {
            text.Append(Bold("total", options)).Append(": ").Append(ReportContent.Counts(report.Pairs.SelectMany(p => ReportContent.Changes(p, options.View)).ToList())).Append('\n');
        }

        return text.ToString();
    }

    private static void Notes(StringBuilder text, Change change)
    {
        if (!change.ReleaseNotes.IsDefaultOrEmpty)
        {
            text.Append("  [notes ").Append(string.Join(", ", change.ReleaseNotes)).Append(']');
        }
    }

    private static string Level(ChangeLevel level, RenderOptions options)
    {
        var name = ReportContent.Level(level).PadRight(4);
        if (!options.Color)
        {
            return name;
        }

        var colour = level switch
        {
            ChangeLevel.Err => "31",
            ChangeLevel.Warn => "33",
            _ => "36",
        };
        return $"\u001b[{colour}m{name}\u001b[0m";
    }

    private static string Bold(string text, RenderOptions options) => options.Color ? $"\u001b[1m{text}\u001b[0m" : text;
}
