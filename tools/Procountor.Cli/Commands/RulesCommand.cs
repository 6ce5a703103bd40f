using System.CommandLine;
using System.Text;
using Procountor.SpecDiff.Formats;
using Procountor.SpecDiff.Rules;

namespace Procountor.Cli.Commands;

/// <summary><c>procountor rules</c>: the catalog the diff judges by.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var format = new Option<string?>("--format", "-f") { Description = "Output format: text, json, markdown.", HelpName = "format" };
        var command = new Command("rules", DiffHelp.Rules) { format };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result => DiffGuard.Run(result, () =>
        {
            DiffOptions.Check(result);
            var rules = RuleCatalog.Default.Rules;
            var text = (result.GetValue(format) ?? "text").ToLowerInvariant() switch
            {
                "text" => Text(rules),
                "json" => Json(rules),
                "markdown" => Markdown(rules),
                var other => throw new UsageException($"unknown format '{other}'; expected text, json, markdown"),
            };
            result.InvocationConfiguration.Output.Write(text);
            return CliApp.Success;
        }));
        return command;
    }

    private static string Level(RuleDefinition rule) => rule.Level.ToString().ToUpperInvariant();

    private static string Text(IReadOnlyList<RuleDefinition> rules)
    {
        var width = rules.Max(r => r.Id.Length);
        var text = new StringBuilder();
        foreach (var rule in rules)
        {
            text.Append(rule.Id.PadRight(width)).Append("  ").Append(Level(rule).PadRight(4)).Append("  ").Append(rule.Description);
            if (rule.IsExtension)
            {
                text.Append(" (procountor extension)");
            }

            text.Append('\n');
        }

        text.Append(rules.Count).Append(" rules\n");
        return text.ToString();
    }

    private static string Markdown(IReadOnlyList<RuleDefinition> rules)
    {
        var text = new StringBuilder("| Rule | Level | Scope | Direction | Description |\n| --- | --- | --- | --- | --- |\n");
        foreach (var rule in rules)
        {
            text.Append("| `").Append(rule.Id).Append("` | ").Append(Level(rule)).Append(" | ").Append(rule.Scope).Append(" | ").Append(rule.Direction)
                .Append(" | ").Append(MarkdownEscape(rule.Description)).Append(rule.IsExtension ? " (procountor extension)" : string.Empty).Append(" |\n");
        }

        return text.ToString();
    }

    private static string Json(IReadOnlyList<RuleDefinition> rules)
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var rule in rules)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteString("level", Level(rule));
                writer.WriteString("scope", rule.Scope);
                writer.WriteString("direction", rule.Direction);
                writer.WriteString("area", rule.Area);
                writer.WriteString("kind", rule.Kind);
                writer.WriteString("action", rule.Action);
                writer.WriteString("description", rule.Description);
                writer.WriteBoolean("extension", rule.IsExtension);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string MarkdownEscape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
