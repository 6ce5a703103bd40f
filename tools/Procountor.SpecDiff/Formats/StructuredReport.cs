using Procountor.SpecDiff.Ignoring;
using Procountor.SpecDiff.Loading;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Reports;

namespace Procountor.SpecDiff.Formats;

/// <summary>The JSON and YAML reports: one structure, described by <c>report.schema.json</c>.</summary>
internal static class StructuredReport
{
    public const int SchemaVersion = 1;

    public static string Render(RangeReport report, RenderOptions options, StructuredWriter writer)
    {
        writer.StartObject();
        writer.Number("schemaVersion", SchemaVersion);
        writer.String("tool", "procountor specdiff " + options.ToolVersion);
        writer.String("view", options.View.ToString().ToLowerInvariant());
        var shown = report.Pairs.SelectMany(p => ReportContent.Changes(p, options.View)).ToList();
        Summary(writer, "summary", shown, report.Pairs.Sum(p => p.Suppressed.Length), report.Pairs.Length);
        writer.StartArray("pairs");
        foreach (var pair in report.Pairs)
        {
            var changes = ReportContent.Changes(pair, options.View);
            writer.StartObject();
            Source(writer, "base", pair.Base);
            Source(writer, "revision", pair.Revision);
            Summary(writer, "summary", changes, pair.Suppressed.Length, null);
            if (options.View != ReportView.Summary)
            {
                writer.StartArray("changes");
                foreach (var change in changes)
                {
                    WriteChange(writer, change);
                }

                writer.EndArray();
                writer.StartArray("suppressed");
                foreach (var suppressed in pair.Suppressed)
                {
                    writer.StartObject();
                    writer.String("reason", suppressed.Entry.Reason);
                    writer.String("expires", suppressed.Entry.Expires?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    writer.StartObject("change");
                    ChangeFields(writer, suppressed.Change);
                    writer.EndObject();
                    writer.EndObject();
                }

                writer.EndArray();
            }

            writer.EndObject();
        }

        writer.EndArray();
        writer.StartArray("expiredIgnores");
        foreach (var entry in report.ExpiredIgnores)
        {
            Ignore(writer, entry);
        }

        writer.EndArray();
        writer.EndObject();
        return writer.Finish();
    }

    public static void WriteChange(StructuredWriter writer, Change change)
    {
        writer.StartObject();
        ChangeFields(writer, change);
        writer.EndObject();
    }

    private static void ChangeFields(StructuredWriter writer, Change change)
    {
        writer.String("id", change.RuleId);
        writer.String("level", ReportContent.Level(change.Level));
        writer.String("operation", change.Operation);
        writer.String("subject", change.Subject);
        writer.String("message", change.Message);
        writer.String("fingerprint", change.Fingerprint);
        Location(writer, "base", change.Base);
        Location(writer, "revision", change.Revision);
        if (change.Rename is { } rename)
        {
            writer.StartObject("rename");
            writer.String("from", rename.From);
            writer.String("to", rename.To);
            writer.EndObject();
        }
        else
        {
            writer.String("rename", null);
        }

        writer.Strings("releaseNotes", change.ReleaseNotes.IsDefault ? [] : change.ReleaseNotes);
        var target = change.Target;
        writer.StartObject("target");
        writer.String("side", target.Side.ToString().ToLowerInvariant());
        writer.Strings("schemas", target.Schemas.IsDefault ? [] : target.Schemas);
        writer.Strings("fields", target.Fields.IsDefault ? [] : target.Fields);
        writer.String("propertyPath", target.PropertyPath);
        writer.String("parameter", target.Parameter);
        writer.String("parameterIn", target.ParameterIn);
        writer.String("mediaType", target.MediaType);
        writer.String("status", target.Status);
        writer.String("header", target.Header);
        writer.String("detail", target.Detail);
        writer.EndObject();
    }

    public static void Ignore(StructuredWriter writer, IgnoreEntry entry)
    {
        writer.StartObject();
        writer.String("rule", entry.Rule);
        writer.String("operation", entry.Operation);
        writer.String("subject", entry.Subject);
        writer.String("reason", entry.Reason);
        writer.String("expires", entry.Expires?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.Number("line", entry.Line);
        writer.EndObject();
    }

    public static void Source(StructuredWriter writer, string name, LoadedSpec spec)
    {
        writer.StartObject(name);
        writer.String("label", spec.Label);
        writer.String("version", spec.Version?.Text);
        writer.String("file", spec.File);
        writer.EndObject();
    }

    private static void Location(StructuredWriter writer, string name, SpecLocation? location)
    {
        if (location is null)
        {
            writer.String(name, null);
            return;
        }

        writer.StartObject(name);
        writer.String("file", location.File);
        writer.String("pointer", location.Pointer);
        writer.Number("line", location.Line);
        writer.Number("column", location.Column);
        writer.EndObject();
    }

    private static void Summary(StructuredWriter writer, string name, IReadOnlyList<Change> changes, int suppressed, int? pairs)
    {
        writer.StartObject(name);
        if (pairs is { } count)
        {
            writer.Number("pairs", count);
        }

        writer.Number("err", changes.Count(c => c.Level == ChangeLevel.Err));
        writer.Number("warn", changes.Count(c => c.Level == ChangeLevel.Warn));
        writer.Number("info", changes.Count(c => c.Level == ChangeLevel.Info));
        writer.Number("suppressed", suppressed);
        writer.EndObject();
    }
}
