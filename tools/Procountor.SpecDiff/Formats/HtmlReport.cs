using System.Net;
using System.Text;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Reports;

namespace Procountor.SpecDiff.Formats;

/// <summary>One self-contained HTML page (inline CSS, no scripts, fonts or links out): a section per pair, a table of changes.</summary>
internal static class HtmlReport
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1d2330;background:#fff}
        h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d8dce4;padding-bottom:.3rem}
        table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #eceef2}
        th{background:#f5f6f8}code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85em}
        .lvl{display:inline-block;min-width:3.2rem;text-align:center;border-radius:.25rem;font-weight:600;font-size:.75rem;padding:.1rem .3rem}
        .ERR{background:#fde2e1;color:#9b1c1c}.WARN{background:#fdf1d6;color:#8a5a00}.INFO{background:#e2eefc;color:#1c4f9b}
        .counts{color:#59606e}.where{color:#59606e;font-size:.8rem}
        """;

    public static string Render(RangeReport report, RenderOptions options)
    {
        var title = options.View switch
        {
            ReportView.Breaking => "Breaking API changes",
            ReportView.Changelog => "API changelog",
            ReportView.Summary => "API change summary",
            _ => "API changes",
        };
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n");
        foreach (var pair in report.Pairs)
        {
            var changes = ReportContent.Changes(pair, options.View);
            html.Append("<section>\n<h2>").Append(E(ReportContent.Title(pair))).Append("</h2>\n<p class=\"counts\">").Append(E(ReportContent.Counts(changes)));
            if (pair.Suppressed.Length > 0)
            {
                html.Append(", ").Append(pair.Suppressed.Length).Append(" suppressed");
            }

            html.Append("</p>\n");
            if (options.View != ReportView.Summary && changes.Count > 0)
            {
                html.Append("<table>\n<thead><tr><th>Level</th><th>Operation</th><th>Change</th><th>Release notes</th></tr></thead>\n<tbody>\n");
                foreach (var change in changes)
                {
                    var level = ReportContent.Level(change.Level);
                    html.Append("<tr id=\"c-").Append(E(change.Fingerprint)).Append("\"><td><span class=\"lvl ").Append(level).Append("\">").Append(level).Append("</span></td>")
                        .Append("<td><code>").Append(E(change.Operation ?? string.Empty)).Append("</code></td>")
                        .Append("<td><code>").Append(E(change.RuleId)).Append("</code><br>").Append(E(change.Subject)).Append("<br>").Append(E(change.Message))
                        .Append("<div class=\"where\">base ").Append(E(ReportContent.Location(change.Base))).Append(" · revision ").Append(E(ReportContent.Location(change.Revision))).Append("</div></td>")
                        .Append("<td>").Append(E(change.ReleaseNotes.IsDefaultOrEmpty ? string.Empty : string.Join(", ", change.ReleaseNotes))).Append("</td></tr>\n");
                }

                html.Append("</tbody>\n</table>\n");
            }

            html.Append("</section>\n");
        }

        foreach (var entry in report.ExpiredIgnores)
        {
            html.Append("<p class=\"counts\">Expired ignore entry (line ").Append(entry.Line).Append("): <code>").Append(E(entry.Rule)).Append("</code> ").Append(E(entry.Operation ?? "(document)")).Append("</p>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
