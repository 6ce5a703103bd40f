using System.Text;
using Procountor.Migration.Model;

namespace Procountor.Migration.Formats;

/// <summary>The report as Markdown: what the consumer's code uses first, then every entry by area and severity.</summary>
public static class MarkdownMigrationReport
{
    private const int OperationsShown = 4;

    public static string Render(MigrationReport report)
    {
        var md = new StringBuilder();
        md.Append("# Migrating from ").Append(report.From).Append(" to ").Append(report.To).Append("\n\n");
        md.Append("C# namespaces: `").Append(report.FromNamespace).Append("` → `").Append(report.ToNamespace).Append("`. ");
        var breaking = report.Breaking.ToList();
        md.Append(report.Entries.Length).Append(" net changes, ").Append(breaking.Count).Append(" of them breaking (")
            .Append(ReportFacts.SafeRenames(breaking)).Append(" safe renames, ").Append(ReportFacts.NeedThought(breaking)).Append(" that need thought).\n\n");

        if (report.Project is { } project)
        {
            Project(md, report, project);
        }

        foreach (var area in new[] { MigrationArea.Endpoint, MigrationArea.Model })
        {
            var entries = report.Entries.Where(e => e.Area == area).ToList();
            md.Append("## ").Append(ReportFacts.AreaTitle(area)).Append(" (").Append(entries.Count).Append(")\n\n");
            foreach (var entry in entries)
            {
                Entry(md, entry, report.Project);
            }

            md.Append('\n');
        }

        md.Append("## Releases\n\n| Release | Month | Breaking changes | Other changes | Net entries | Release notes cited |\n|---|---|---:|---:|---:|---|\n");
        foreach (var release in report.Releases)
        {
            md.Append("| ").Append(release.Version).Append(" | ").Append(release.Released ?? "").Append(" | ").Append(release.Breaking)
                .Append(" | ").Append(release.NonBreaking).Append(" | ").Append(release.NetEntries).Append(" | ")
                .Append(string.Join(", ", release.Notes.Select(n => n.Id))).Append(" |\n");
        }

        md.Append("\nCounts per release are the changes between that release's document and the previous one; net entries are what is left from ")
            .Append(report.From).Append(" to ").Append(report.To).Append(" after additions that were removed again and chains of renames collapse.\n");

        if (report.AllVersionsNotes.Length > 0)
        {
            md.Append("\n## Not visible between documents\n\nThe vendor applied these breaking items to every version at once, so every document already carries them and no entry can show them:\n\n");
            foreach (var note in report.AllVersionsNotes)
            {
                md.Append("- ").Append(note.Id).Append(": ").Append(note.Summary).Append('\n');
            }
        }

        if (report.CancelledNotes.Length > 0)
        {
            md.Append("\n## Cancelled out\n\nThese items change parts that arrived after ").Append(report.From).Append(" and changed again before ").Append(report.To)
                .Append(", so your code never saw the old form:\n\n");
            foreach (var note in report.CancelledNotes)
            {
                md.Append("- ").Append(note.Id).Append(": ").Append(note.Summary).Append('\n');
            }
        }

        md.Append("\nRelease notes: ").Append(MigrationReport.VendorReleaseNotesUrl).Append(" (item ids refer to `specs/procountor/release-notes.yaml`).\n");
        return md.ToString();
    }

    private static void Project(StringBuilder md, MigrationReport report, Usages.ProjectUsages project)
    {
        var used = project.UsedEntries(report).ToList();
        md.Append("## Your code: `").Append(project.Project).Append("`\n\n");
        md.Append(project.Usages.Length).Append(" call sites use ").Append(used.Count).Append(" of the changed symbols (namespace `")
            .Append(project.Namespace).Append("`): ")
            .Append(ReportFacts.SafeRenames(used)).Append(" safe renames, ").Append(ReportFacts.NeedThought(used)).Append(" that need thought, ")
            .Append(used.Count(e => !e.IsBreaking)).Append(" non-breaking.\n\n");
        if (used.Count == 0)
        {
            md.Append("Nothing in this project uses a symbol that changes.\n\n");
            return;
        }

        md.Append("| Where | Symbol | Change | Verdict |\n|---|---|---|---|\n");
        foreach (var usage in project.Usages)
        {
            var entry = used.First(e => e.Id == usage.EntryId);
            md.Append("| `").Append(usage.Location).Append("` | ").Append(ReportFacts.Symbols(entry)).Append(" | ")
                .Append(ReportFacts.Level(entry.Level)).Append(' ').Append(ReportFacts.Kebab(entry.Kind)).Append(" in ").Append(entry.Version)
                .Append(" | ").Append(ReportFacts.Verdict(entry) ?? "non-breaking").Append(" |\n");
        }

        md.Append('\n');
    }

    private static void Entry(StringBuilder md, MigrationEntry entry, Usages.ProjectUsages? project)
    {
        md.Append("- **").Append(ReportFacts.Level(entry.Level)).Append("** ").Append(ReportFacts.Kebab(entry.Kind)).Append(" `").Append(entry.RuleId).Append("`: ")
            .Append(ReportFacts.Symbols(entry)).Append('\n');
        md.Append("  - Spec: ").Append(entry.Element);
        if (entry.Operations.Length > 0)
        {
            md.Append("; in ").Append(string.Join(", ", entry.Operations.Take(OperationsShown).Select(o => "`" + o + "`")));
            if (entry.Operations.Length > OperationsShown)
            {
                md.Append(" and ").Append(entry.Operations.Length - OperationsShown).Append(" more");
            }
        }

        md.Append('\n');
        md.Append("  - When: ").Append(string.Join(", ", entry.Steps.Select(s => s.Version).Distinct(StringComparer.Ordinal)));
        foreach (var note in entry.Notes)
        {
            md.Append("; note ").Append(note.Id).Append(" (").Append(note.Summary).Append(')');
        }

        md.Append('\n');
        md.Append("  - What to do: ").Append(entry.WhatToDo).Append('\n');
        if (project is not null)
        {
            foreach (var usage in project.Of(entry))
            {
                md.Append("  - Used at `").Append(usage.Location).Append("`: `").Append(usage.Code.Replace("`", "'", StringComparison.Ordinal)).Append("`\n");
            }
        }
    }
}
