using System.Text;
using Procountor.SpecDiff.Rules;

namespace Procountor.SpecDiff.Formats;

/// <summary>The rule catalog as text, JSON or Markdown (the <c>rules</c> command).</summary>
public static class RuleListRenderer
{
    public static string Render(IReadOnlyList<RuleDefinition> rules, ReportFormat format) => format switch
    {
        ReportFormat.Text => Text(rules),
        ReportFormat.Json => Json(rules),
        ReportFormat.Markdown => Markdown(rules),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "rules are listed as text, json or markdown"),
    };

    private static string Text(IReadOnlyList<RuleDefinition> rules)
    {
        var width = rules.Max(r => r.Id.Length);
        var text = new StringBuilder();
        foreach (var rule in rules)
        {
            text.Append(rule.Id.PadRight(width)).Append("  ").Append(ReportContent.Level(rule.Level).PadRight(4)).Append("  ").Append(rule.Description)
                .Append(rule.IsExtension ? " (procountor extension)" : string.Empty).Append('\n');
        }

        return text.Append(rules.Count).Append(" rules\n").ToString();
    }

    private static string Markdown(IReadOnlyList<RuleDefinition> rules)
    {
        var text = new StringBuilder("| Rule | Level | Scope | Direction | Description |\n| --- | --- | --- | --- | --- |\n");
        foreach (var rule in rules)
        {
            text.Append("| `").Append(rule.Id).Append("` | ").Append(ReportContent.Level(rule.Level)).Append(" | ").Append(rule.Scope).Append(" | ").Append(rule.Direction)
                .Append(" | ").Append(MarkdownReport.Escape(rule.Description)).Append(rule.IsExtension ? " (procountor extension)" : string.Empty).Append(" |\n");
        }

        return text.ToString();
    }

    private static string Json(IReadOnlyList<RuleDefinition> rules)
    {
        var writer = new JsonStructuredWriter();
        writer.StartObject();
        writer.StartArray("rules");
        foreach (var rule in rules)
        {
            writer.StartObject();
            writer.String("id", rule.Id);
            writer.String("level", ReportContent.Level(rule.Level));
            writer.String("scope", rule.Scope);
            writer.String("direction", rule.Direction);
            writer.String("area", rule.Area);
            writer.String("kind", rule.Kind);
            writer.String("action", rule.Action);
            writer.String("description", rule.Description);
            writer.Boolean("extension", rule.IsExtension);
            writer.EndObject();
        }

        writer.EndArray();
        writer.EndObject();
        return writer.Finish();
    }
}
