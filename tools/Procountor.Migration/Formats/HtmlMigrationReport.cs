using System.Globalization;
using System.Net;
using System.Text;
using Procountor.Migration.Model;
using Procountor.SpecDiff.Model;

namespace Procountor.Migration.Formats;

/// <summary>
/// The report as one self-contained page: a timeline of the releases (inline SVG, breaking and other changes per
/// release), filters by area and severity (a few lines of inline script), and every entry with its C# symbols, what
/// to do and links to its release notes. No external scripts, fonts or styles.
/// </summary>
public static class HtmlMigrationReport
{
    private const string Style = """
        :root{--ink:#1d2330;--muted:#5b6475;--line:#e3e7ee;--bg:#f6f8fb;--err:#c62828;--warn:#d9822b;--info:#3b7dd8;--ok:#2e7d32}
        *{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:var(--bg)}
        header{background:#18233a;color:#fff;padding:28px 40px}header h1{margin:0 0 6px;font-size:26px}header p{margin:0;color:#c8d2e6}header code{background:#2a3753;color:#fff}
        main{max-width:1180px;margin:0 auto;padding:24px 40px 60px}
        .cards{display:flex;gap:14px;flex-wrap:wrap;margin:-44px 0 22px}.card{background:#fff;border-radius:10px;padding:14px 18px;min-width:150px;box-shadow:0 2px 8px rgba(20,30,60,.08)}
        .card b{display:block;font-size:26px}.card span{color:var(--muted);font-size:13px}
        section{background:#fff;border-radius:10px;padding:18px 22px;margin-bottom:18px;box-shadow:0 1px 4px rgba(20,30,60,.06)}
        h2{font-size:18px;margin:0 0 12px}svg text{font:11px system-ui,sans-serif;fill:var(--muted)}
        .filters{display:flex;gap:8px;flex-wrap:wrap;margin-bottom:12px}.filters button{border:1px solid var(--line);background:#fff;border-radius:20px;padding:5px 14px;cursor:pointer;font:inherit}
        .filters button.on{background:#18233a;color:#fff;border-color:#18233a}
        .entry{border-left:4px solid var(--info);padding:10px 14px;margin:10px 0;background:#fbfcfe;border-radius:0 8px 8px 0}
        .entry.err{border-color:var(--err)}.entry.warn{border-color:var(--warn)}
        .entry .head{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}.badge{font-size:11px;font-weight:700;padding:1px 7px;border-radius:4px;color:#fff;background:var(--info)}
        .badge.err{background:var(--err)}.badge.warn{background:var(--warn)}.kind{font-weight:600}.rule{color:var(--muted);font-size:13px}
        code{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eef2f8;padding:1px 5px;border-radius:4px}
        .symbols{margin:6px 0}.arrow{color:var(--muted);padding:0 6px}.meta{color:var(--muted);font-size:13px}.todo{margin-top:4px}
        .notes a{color:#2456a6}.usage{font-size:13px;margin-top:4px}.usage code{background:#fff3e0}
        table{border-collapse:collapse;width:100%;font-size:14px}td,th{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;overflow-wrap:anywhere}
        .hidden{display:none}
        """;

    private const string Script = """
        (function(){
          var area='all',level='all';
          function apply(){document.querySelectorAll('.entry').forEach(function(e){
            var show=(area==='all'||e.dataset.area===area)&&(level==='all'||(level==='breaking'?e.dataset.breaking==='true':e.dataset.breaking!=='true'));
            e.classList.toggle('hidden',!show);});}
          document.querySelectorAll('.filters button').forEach(function(b){b.addEventListener('click',function(){
            var group=b.dataset.group;document.querySelectorAll('.filters button[data-group="'+group+'"]').forEach(function(o){o.classList.remove('on');});
            b.classList.add('on');if(group==='area'){area=b.dataset.value;}else{level=b.dataset.value;}apply();});});
        })();
        """;

    public static string Render(MigrationReport report)
    {
        var html = new StringBuilder();
        var breaking = report.Breaking.ToList();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>Migrating from ").Append(E(report.From)).Append(" to ").Append(E(report.To)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>Migrating from ").Append(E(report.From)).Append(" to ").Append(E(report.To)).Append("</h1><p><code>")
            .Append(E(report.FromNamespace)).Append("</code> → <code>").Append(E(report.ToNamespace)).Append("</code></p></header>\n<main>\n");
        html.Append("<div class=\"cards\">");
        Card(html, breaking.Count, "breaking changes");
        Card(html, ReportFacts.SafeRenames(breaking), "safe renames");
        Card(html, ReportFacts.NeedThought(breaking), "need thought");
        Card(html, report.Entries.Length - breaking.Count, "other changes");
        if (report.Project is { } project)
        {
            Card(html, project.Usages.Length, "call sites in your code");
        }

        html.Append("</div>\n");
        Timeline(html, report);
        if (report.Project is { } used)
        {
            Project(html, report, used);
        }

        html.Append("<section><h2>Changes</h2>\n<div class=\"filters\">");
        Filter(html, "area", "all", "All areas", on: true);
        Filter(html, "area", "endpoint", "Endpoints", on: false);
        Filter(html, "area", "model", "Models", on: false);
        Filter(html, "level", "all", "Any severity", on: true);
        Filter(html, "level", "breaking", "Breaking", on: false);
        Filter(html, "level", "other", "Non-breaking", on: false);
        html.Append("</div>\n");
        foreach (var entry in report.Entries)
        {
            Entry(html, entry, report.Project);
        }

        html.Append("</section>\n");
        Notes(html, "Not visible between documents", "The vendor applied these breaking items to every version at once; every document carries them, so no entry can show them.", report.AllVersionsNotes);
        Notes(html, "Cancelled out", $"These items change parts that arrived after {report.From} and changed again before {report.To}.", report.CancelledNotes);
        html.Append("<p class=\"meta\">Release notes: <a href=\"").Append(E(MigrationReport.VendorReleaseNotesUrl)).Append("\">")
            .Append(E(MigrationReport.VendorReleaseNotesUrl)).Append("</a>; item ids refer to <code>specs/procountor/release-notes.yaml</code>.</p>\n");
        html.Append("</main>\n<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Card(StringBuilder html, int value, string label) =>
        html.Append("<div class=\"card\"><b>").Append(value.ToString(CultureInfo.InvariantCulture)).Append("</b><span>").Append(E(label)).Append("</span></div>");

    private static void Filter(StringBuilder html, string group, string value, string label, bool on) =>
        html.Append("<button type=\"button\" data-group=\"").Append(group).Append("\" data-value=\"").Append(value).Append('"').Append(on ? " class=\"on\"" : string.Empty).Append('>').Append(E(label)).Append("</button>");

    /// <summary>One column per release: breaking changes stacked on the other changes, on a square-root scale so a big release does not flatten the rest.</summary>
    private static void Timeline(StringBuilder html, MigrationReport report)
    {
        const int height = 160, top = 14, column = 24, left = 30;
        var releases = report.Releases;
        var width = left + releases.Length * column + 10;
        var max = Math.Max(1, releases.Select(r => r.Breaking + r.NonBreaking).DefaultIfEmpty(0).Max());
        double Scale(int count) => Math.Sqrt(count) / Math.Sqrt(max) * (height - top);
        html.Append("<section><h2>Releases</h2>\n<svg role=\"img\" aria-label=\"Breaking and other changes per release\" viewBox=\"0 0 ")
            .Append(width.ToString(CultureInfo.InvariantCulture)).Append(' ').Append((height + 52).ToString(CultureInfo.InvariantCulture)).Append("\" width=\"100%\">\n");
        html.Append("<line x1=\"").Append(left).Append("\" y1=\"").Append(height).Append("\" x2=\"").Append(width - 6).Append("\" y2=\"").Append(height).Append("\" stroke=\"#c9d1de\"/>\n");
        for (var i = 0; i < releases.Length; i++)
        {
            var release = releases[i];
            var x = left + i * column + 4;
            var other = Scale(release.Breaking + release.NonBreaking);
            var broken = release.Breaking + release.NonBreaking == 0 ? 0 : other * release.Breaking / (release.Breaking + release.NonBreaking);
            html.Append("<g><title>").Append(E(release.Version)).Append(": ").Append(release.Breaking).Append(" breaking, ").Append(release.NonBreaking)
                .Append(" other; ").Append(release.NetEntries).Append(" net entries").Append(release.Notes.Length > 0 ? "; notes " + string.Join(", ", release.Notes.Select(n => n.Id)) : string.Empty).Append("</title>");
            Bar(html, x, height - other, other - broken, "#9fc0ec");
            Bar(html, x, height - broken, broken, "#c62828");
            if (release.NetEntries > 0)
            {
                html.Append("<circle cx=\"").Append(F(x + 8)).Append("\" cy=\"").Append(F(height + 8)).Append("\" r=\"3\" fill=\"#18233a\"/>");
            }

            html.Append("<text x=\"").Append(F(x + 8)).Append("\" y=\"").Append(F(height + 22)).Append("\" transform=\"rotate(60 ").Append(F(x + 8)).Append(' ').Append(F(height + 22)).Append(")\">")
                .Append(E(release.Version)).Append("</text></g>\n");
        }

        html.Append("</svg>\n<p class=\"meta\"><span style=\"color:#c62828\">■</span> breaking changes &nbsp; <span style=\"color:#9fc0ec\">■</span> other changes (per release, square-root scale) &nbsp; ● a net entry of this report happened here</p></section>\n");
    }

    private static void Bar(StringBuilder html, double x, double y, double h, string colour)
    {
        if (h <= 0)
        {
            return;
        }

        html.Append("<rect x=\"").Append(F(x)).Append("\" y=\"").Append(F(y)).Append("\" width=\"16\" height=\"").Append(F(h)).Append("\" rx=\"2\" fill=\"").Append(colour).Append("\"/>");
    }

    private static void Project(StringBuilder html, MigrationReport report, Usages.ProjectUsages project)
    {
        var used = project.UsedEntries(report).ToList();
        html.Append("<section><h2>Your code: <code>").Append(E(project.Project)).Append("</code></h2>\n<p>").Append(project.Usages.Length).Append(" call sites use ")
            .Append(used.Count).Append(" changed symbols: ").Append(ReportFacts.SafeRenames(used)).Append(" safe renames, ").Append(ReportFacts.NeedThought(used)).Append(" that need thought.</p>\n");
        if (project.Usages.Length > 0)
        {
            html.Append("<table><tr><th>Where</th><th>Symbol</th><th>Change</th><th>Verdict</th></tr>\n");
            foreach (var usage in project.Usages)
            {
                var entry = used.First(e => e.Id == usage.EntryId);
                html.Append("<tr><td><code>").Append(E(usage.Location)).Append("</code></td><td>").Append(LocalSymbols(entry)).Append("</td><td><a href=\"#e-").Append(entry.Id).Append("\">")
                    .Append(ReportFacts.Level(entry.Level)).Append(' ').Append(ReportFacts.Kebab(entry.Kind)).Append(" in ").Append(E(entry.Version)).Append("</a></td><td>")
                    .Append(E(ReportFacts.Verdict(entry) ?? "non-breaking")).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        html.Append("</section>\n");
    }

    private static void Entry(StringBuilder html, MigrationEntry entry, Usages.ProjectUsages? project)
    {
        var level = ReportFacts.Level(entry.Level).ToLowerInvariant();
        html.Append("<div class=\"entry ").Append(level).Append("\" id=\"e-").Append(entry.Id).Append("\" data-area=\"").Append(ReportFacts.Kebab(entry.Area))
            .Append("\" data-breaking=\"").Append(entry.IsBreaking ? "true" : "false").Append("\">\n<div class=\"head\"><span class=\"badge ").Append(level).Append("\">")
            .Append(ReportFacts.Level(entry.Level)).Append("</span><span class=\"kind\">").Append(ReportFacts.Kebab(entry.Kind)).Append("</span><span class=\"rule\">")
            .Append(E(entry.RuleId)).Append(" · ").Append(E(entry.Element)).Append("</span></div>\n");
        html.Append("<div class=\"symbols\">").Append(Symbols(entry)).Append("</div>\n");
        html.Append("<div class=\"meta\">").Append(E(string.Join(", ", entry.Steps.Select(s => s.Version).Distinct(StringComparer.Ordinal))));
        if (entry.Operations.Length > 0)
        {
            html.Append(" · ").Append(E(string.Join(", ", entry.Operations.Take(6)))).Append(entry.Operations.Length > 6 ? $" and {entry.Operations.Length - 6} more" : string.Empty);
        }

        html.Append("</div>\n<div class=\"todo\">").Append(Inline(entry.WhatToDo)).Append("</div>\n");
        if (entry.Notes.Length > 0)
        {
            html.Append("<div class=\"notes meta\">");
            foreach (var note in entry.Notes)
            {
                html.Append("<a href=\"").Append(E(MigrationReport.VendorReleaseNotesUrl)).Append("\" title=\"The vendor's release notes, version ").Append(E(note.Version))
                    .Append("\">").Append(E(note.Id)).Append("</a> ").Append(E(note.Summary)).Append(" (release-notes.yaml line ").Append(note.Line).Append(")<br>");
            }

            html.Append("</div>\n");
        }

        if (project is not null)
        {
            foreach (var usage in project.Of(entry))
            {
                html.Append("<div class=\"usage\">Used at <code>").Append(E(usage.Location)).Append("</code>: <code>").Append(E(usage.Code)).Append("</code></div>\n");
            }
        }

        html.Append("</div>\n");
    }

    private static string Symbols(MigrationEntry entry) => (entry.From, entry.To) switch
    {
        ({ } from, { } to) => $"<code>{E(from.Display)}</code><span class=\"arrow\">→</span><code>{E(to.Display)}</code>",
        ({ } from, null) => $"<code>{E(from.Display)}</code><span class=\"arrow\">→</span>removed",
        (null, { } to) => $"new <code>{E(to.Display)}</code>",
        _ => "no C# symbol",
    };

    /// <summary>The symbols without their namespace (the project's table names it once above).</summary>
    private static string LocalSymbols(MigrationEntry entry) => (entry.From, entry.To) switch
    {
        ({ } from, { } to) => $"<code>{E(from.Local)}</code><span class=\"arrow\">→</span><code>{E(to.Local)}</code>",
        ({ } from, null) => $"<code>{E(from.Local)}</code><span class=\"arrow\">→</span>removed",
        _ => Symbols(entry),
    };

    /// <summary>Backticks in the what-to-do text become code spans.</summary>
    private static string Inline(string text)
    {
        var parts = text.Split('`');
        var html = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            html.Append(i % 2 == 1 ? "<code>" + E(parts[i]) + "</code>" : E(parts[i]));
        }

        return html.ToString();
    }

    private static void Notes(StringBuilder html, string title, string text, IReadOnlyList<NoteReference> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        html.Append("<section><h2>").Append(E(title)).Append("</h2><p class=\"meta\">").Append(E(text)).Append("</p><ul>");
        foreach (var note in notes)
        {
            html.Append("<li><a href=\"").Append(E(MigrationReport.VendorReleaseNotesUrl)).Append("\">").Append(E(note.Id)).Append("</a> ").Append(E(note.Summary)).Append("</li>");
        }

        html.Append("</ul></section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
