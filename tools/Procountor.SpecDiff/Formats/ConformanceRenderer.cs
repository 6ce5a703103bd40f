using System.Text;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Reports;
using Procountor.Specs.ReleaseNotes;

namespace Procountor.SpecDiff.Formats;

/// <summary>
/// The release-notes conformance report: per pair, undocumented changes (breaking first), unreflected spec-visible
/// items, and matched pairs. Text, JSON, YAML and Markdown.
/// </summary>
public static class ConformanceRenderer
{
    public static bool Conforms(RangeReport report) => report.Pairs.All(p => p.Notes.Conforms);

    public static string Render(RangeReport report, ReportFormat format, RenderOptions? options = null)
    {
        options ??= new RenderOptions();
        return format switch
        {
            ReportFormat.Json => Structured(report, new JsonStructuredWriter()),
            ReportFormat.Yaml => Structured(report, new YamlStructuredWriter()),
            ReportFormat.Markdown => Markdown(report),
            ReportFormat.Text => Text(report),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "check-release-notes writes text, json, yaml or markdown"),
        };
    }

    private static string Text(RangeReport report)
    {
        var text = new StringBuilder();
        foreach (var pair in report.Pairs)
        {
            var notes = pair.Notes;
            text.Append(ReportContent.Title(pair)).Append(": ")
                .Append(notes.Undocumented.Length).Append(" undocumented (").Append(notes.Undocumented.Count(c => c.IsBreaking)).Append(" breaking), ")
                .Append(notes.Unreflected.Length).Append(" unreflected, ")
                .Append(notes.Matched.Length).Append(" matched\n");
            foreach (var change in notes.Undocumented)
            {
                text.Append("  undocumented ").Append(ReportContent.Level(change.Level).PadRight(4)).Append(' ').Append(change.RuleId).Append("  ")
                    .Append(change.Operation ?? "(document)").Append("  ").Append(change.Subject).Append('\n');
            }

            foreach (var item in notes.Unreflected)
            {
                text.Append("  unreflected  ").Append(item.Id).Append("  ").Append(item.Summary).Append("  [").Append(string.Join(", ", item.Kinds.Select(Kebab))).Append("]\n");
            }

            foreach (var match in notes.Matched)
            {
                text.Append("  matched      ").Append(string.Join(", ", match.Items.Select(i => i.Id))).Append(" ← ").Append(match.Change.RuleId).Append("  ")
                    .Append(match.Change.Operation ?? "(document)").Append("  ").Append(match.Change.Subject).Append('\n');
            }
        }

        text.Append(Conforms(report) ? "The release notes describe every breaking change, and every spec-visible item shows in the documents.\n" : "The release notes and the documents disagree.\n");
        return text.ToString();
    }

    private static string Markdown(RangeReport report)
    {
        var text = new StringBuilder("# Release-notes conformance\n\n");
        foreach (var pair in report.Pairs)
        {
            var notes = pair.Notes;
            text.Append("## ").Append(ReportContent.Title(pair)).Append("\n\n")
                .Append(notes.Undocumented.Length).Append(" undocumented, ").Append(notes.Unreflected.Length).Append(" unreflected, ").Append(notes.Matched.Length).Append(" matched.\n\n");
            if (notes.Undocumented.Length > 0)
            {
                text.Append("### Undocumented changes\n\n| Level | Rule | Operation | Subject |\n| --- | --- | --- | --- |\n");
                foreach (var change in notes.Undocumented)
                {
                    text.Append("| ").Append(ReportContent.Level(change.Level)).Append(" | `").Append(change.RuleId).Append("` | ")
                        .Append(MarkdownReport.Escape(change.Operation ?? string.Empty)).Append(" | ").Append(MarkdownReport.Escape(change.Subject)).Append(" |\n");
                }

                text.Append('\n');
            }

            if (notes.Unreflected.Length > 0)
            {
                text.Append("### Unreflected release-note items\n\n");
                foreach (var item in notes.Unreflected)
                {
                    text.Append("- `").Append(item.Id).Append("` ").Append(MarkdownReport.Escape(item.Summary)).Append('\n');
                }

                text.Append('\n');
            }

            if (notes.Matched.Length > 0)
            {
                text.Append("### Matched\n\n| Notes | Rule | Operation | Subject |\n| --- | --- | --- | --- |\n");
                foreach (var match in notes.Matched)
                {
                    text.Append("| ").Append(string.Join(", ", match.Items.Select(i => i.Id))).Append(" | `").Append(match.Change.RuleId).Append("` | ")
                        .Append(MarkdownReport.Escape(match.Change.Operation ?? string.Empty)).Append(" | ").Append(MarkdownReport.Escape(match.Change.Subject)).Append(" |\n");
                }

                text.Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static string Structured(RangeReport report, StructuredWriter writer)
    {
        writer.StartObject();
        writer.Number("schemaVersion", StructuredReport.SchemaVersion);
        writer.Boolean("conforms", Conforms(report));
        writer.StartArray("pairs");
        foreach (var pair in report.Pairs)
        {
            writer.StartObject();
            StructuredReport.Source(writer, "base", pair.Base);
            StructuredReport.Source(writer, "revision", pair.Revision);
            writer.StartArray("undocumented");
            foreach (var change in pair.Notes.Undocumented)
            {
                StructuredReport.WriteChange(writer, change);
            }

            writer.EndArray();
            writer.StartArray("unreflected");
            foreach (var item in pair.Notes.Unreflected)
            {
                Item(writer, item);
            }

            writer.EndArray();
            writer.StartArray("matched");
            foreach (var match in pair.Notes.Matched)
            {
                writer.StartObject();
                writer.Strings("notes", match.Items.Select(i => i.Id));
                writer.StartObject("change");
                writer.String("id", match.Change.RuleId);
                writer.String("level", ReportContent.Level(match.Change.Level));
                writer.String("operation", match.Change.Operation);
                writer.String("subject", match.Change.Subject);
                writer.String("fingerprint", match.Change.Fingerprint);
                writer.EndObject();
                writer.EndObject();
            }

            writer.EndArray();
            writer.EndObject();
        }

        writer.EndArray();
        writer.EndObject();
        return writer.Finish();
    }

    private static void Item(StructuredWriter writer, ReleaseNoteItem item)
    {
        writer.StartObject();
        writer.String("id", item.Id);
        writer.String("version", item.Version.Text);
        writer.String("summary", item.Summary);
        writer.Strings("kinds", item.Kinds.Select(Kebab));
        writer.Boolean("breaking", item.Breaking);
        writer.EndObject();
    }

    /// <summary><see cref="ChangeKind.PropertyBecameRequired"/> → <c>property-became-required</c>, as release-notes.yaml spells it.</summary>
    public static string Kebab(ChangeKind kind)
    {
        var name = kind.ToString();
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
