using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Reports;
using Procountor.SpecDiff.Rules;

namespace Procountor.SpecDiff.Formats;

/// <summary>
/// SARIF 2.1.0 for code-scanning UIs: one run, the rules that fired, one result per change pointing at the spec line
/// in the revision (or, for removals, in the base), the other side as a related location.
/// </summary>
internal static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Render(RangeReport report, RenderOptions options, RuleCatalog catalog)
    {
        var changes = report.Pairs.SelectMany(p => ReportContent.Changes(p, options.View == ReportView.Breaking ? ReportView.Breaking : ReportView.Diff).Select(c => (Pair: p, Change: c))).ToList();
        var rules = changes.Select(c => c.Change.RuleId).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = rules.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var writer = new JsonStructuredWriter();
        writer.StartObject();
        writer.String("$schema", SchemaUri);
        writer.String("version", "2.1.0");
        writer.StartArray("runs");
        writer.StartObject();
        writer.StartObject("tool");
        writer.StartObject("driver");
        writer.String("name", "procountor-specdiff");
        writer.String("version", options.ToolVersion);
        writer.String("semanticVersion", options.ToolVersion);
        writer.StartArray("rules");
        foreach (var id in rules)
        {
            var rule = catalog.Get(id);
            writer.StartObject();
            writer.String("id", rule.Id);
            writer.StartObject("shortDescription");
            writer.String("text", rule.Description);
            writer.EndObject();
            writer.StartObject("defaultConfiguration");
            writer.String("level", Level(rule.Level));
            writer.EndObject();
            writer.StartObject("properties");
            writer.String("scope", rule.Scope);
            writer.String("direction", rule.Direction);
            writer.Strings("tags", [rule.Area, rule.Kind]);
            writer.EndObject();
            writer.EndObject();
        }

        writer.EndArray();
        writer.EndObject();
        writer.EndObject();
        writer.String("columnKind", "utf16CodeUnits");
        writer.StartArray("results");
        foreach (var (pair, change) in changes)
        {
            writer.StartObject();
            writer.String("ruleId", change.RuleId);
            writer.Number("ruleIndex", index[change.RuleId]);
            writer.String("level", Level(change.Level));
            writer.StartObject("message");
            writer.String("text", (change.Operation is null ? string.Empty : change.Operation + ": ") + change.Subject + " — " + change.Message);
            writer.EndObject();
            var primary = change.Revision ?? change.Base;
            var related = change.Revision is null ? null : change.Base;
            writer.StartArray("locations");
            if (primary is not null)
            {
                Location(writer, primary, null);
            }

            writer.EndArray();
            writer.StartArray("relatedLocations");
            if (related is not null)
            {
                Location(writer, related, "the same element in the base document " + pair.Base.Label);
            }

            writer.EndArray();
            writer.StartObject("partialFingerprints");
            writer.String("procountorChange/v1", change.Fingerprint);
            writer.EndObject();
            writer.StartObject("properties");
            writer.String("base", pair.Base.Label);
            writer.String("revision", pair.Revision.Label);
            writer.Strings("releaseNotes", change.ReleaseNotes.IsDefault ? [] : change.ReleaseNotes);
            writer.EndObject();
            writer.EndObject();
        }

        writer.EndArray();
        writer.EndObject();
        writer.EndArray();
        writer.EndObject();
        return writer.Finish();
    }

    private static void Location(StructuredWriter writer, SpecLocation location, string? message)
    {
        writer.StartObject();
        if (message is not null)
        {
            writer.Number("id", 1);
            writer.StartObject("message");
            writer.String("text", message);
            writer.EndObject();
        }

        writer.StartObject("physicalLocation");
        writer.StartObject("artifactLocation");
        writer.String("uri", Uri(location.File));
        writer.EndObject();
        writer.StartObject("region");
        writer.Number("startLine", location.Line);
        writer.Number("startColumn", location.Column);
        writer.EndObject();
        writer.EndObject();
        writer.StartArray("logicalLocations");
        writer.StartObject();
        writer.String("fullyQualifiedName", location.Pointer);
        writer.String("kind", "member");
        writer.EndObject();
        writer.EndArray();
        writer.EndObject();
    }

    /// <summary>Relative paths stay relative (forward slashes, escaped); absolute ones become file URIs.</summary>
    internal static string Uri(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        return string.Join("/", path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
    }

    private static string Level(ChangeLevel level) => level switch
    {
        ChangeLevel.Err => "error",
        ChangeLevel.Warn => "warning",
        _ => "note",
    };
}
