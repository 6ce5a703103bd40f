using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Procountor.Migration.Model;
using Procountor.SpecDiff.Model;

namespace Procountor.Migration.Formats;

/// <summary>The report as JSON, in the shape <c>Formats/migration.schema.json</c> documents. Properties always appear (null when empty), in a fixed order.</summary>
public static class JsonMigrationReport
{
    public const int SchemaVersion = 1;

    public static string Render(MigrationReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("from", report.From);
            json.WriteString("to", report.To);
            json.WriteString("fromNamespace", report.FromNamespace);
            json.WriteString("toNamespace", report.ToNamespace);
            json.WriteString("releaseNotesUrl", MigrationReport.VendorReleaseNotesUrl);
            var breaking = report.Breaking.ToList();
            json.WriteStartObject("summary");
            json.WriteNumber("entries", report.Entries.Length);
            json.WriteNumber("breaking", breaking.Count);
            json.WriteNumber("safeRenames", ReportFacts.SafeRenames(breaking));
            json.WriteNumber("needThought", ReportFacts.NeedThought(breaking));
            json.WriteEndObject();

            json.WriteStartArray("entries");
            foreach (var entry in report.Entries)
            {
                Entry(json, entry, report.Project);
            }

            json.WriteEndArray();

            json.WriteStartArray("releases");
            foreach (var release in report.Releases)
            {
                json.WriteStartObject();
                json.WriteString("version", release.Version);
                json.WriteString("released", release.Released);
                json.WriteNumber("breaking", release.Breaking);
                json.WriteNumber("nonBreaking", release.NonBreaking);
                json.WriteNumber("netEntries", release.NetEntries);
                Notes(json, "notes", release.Notes);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Notes(json, "allVersionsNotes", report.AllVersionsNotes);
            Notes(json, "cancelledNotes", report.CancelledNotes);
            Project(json, report);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Entry(Utf8JsonWriter json, MigrationEntry entry, Usages.ProjectUsages? project)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Id);
        json.WriteString("area", ReportFacts.Kebab(entry.Area));
        json.WriteString("kind", ReportFacts.Kebab(entry.Kind));
        json.WriteString("ruleId", entry.RuleId);
        json.WriteString("level", ReportFacts.Level(entry.Level));
        json.WriteString("verdict", ReportFacts.Verdict(entry));
        json.WriteString("element", entry.Element);
        json.WriteString("version", entry.Version);
        json.WriteStartArray("operations");
        foreach (var operation in entry.Operations)
        {
            json.WriteStringValue(operation);
        }

        json.WriteEndArray();
        Symbol(json, "from", entry.From);
        Symbol(json, "to", entry.To);
        Location(json, "fromLocation", entry.FromLocation);
        Location(json, "toLocation", entry.ToLocation);
        json.WriteStartArray("steps");
        foreach (var step in entry.Steps)
        {
            json.WriteStartObject();
            json.WriteString("version", step.Version);
            json.WriteString("ruleId", step.RuleId);
            json.WriteString("level", ReportFacts.Level(step.Level));
            json.WriteString("message", step.Message);
            json.WriteStartArray("notes");
            foreach (var note in step.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            Location(json, "base", step.Base);
            Location(json, "revision", step.Revision);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Notes(json, "notes", entry.Notes);
        json.WriteString("whatToDo", entry.WhatToDo);
        if (project is not null)
        {
            json.WriteStartArray("usages");
            foreach (var usage in project.Of(entry))
            {
                json.WriteStartObject();
                json.WriteString("file", usage.File);
                json.WriteNumber("line", usage.Line);
                json.WriteNumber("column", usage.Column);
                json.WriteString("code", usage.Code);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Project(Utf8JsonWriter json, MigrationReport report)
    {
        if (report.Project is not { } project)
        {
            json.WriteNull("project");
            return;
        }

        var used = project.UsedEntries(report).ToList();
        json.WriteStartObject("project");
        json.WriteString("path", project.Project);
        json.WriteString("namespace", project.Namespace);
        json.WriteNumber("callSites", project.Usages.Length);
        json.WriteNumber("entriesUsed", used.Count);
        json.WriteNumber("safeRenames", ReportFacts.SafeRenames(used));
        json.WriteNumber("needThought", ReportFacts.NeedThought(used));
        json.WriteEndObject();
    }

    private static void Symbol(Utf8JsonWriter json, string name, CSharpSymbol? symbol)
    {
        if (symbol is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("kind", ReportFacts.Kebab(symbol.Kind));
        json.WriteString("namespace", symbol.Namespace);
        json.WriteString("type", symbol.Type);
        json.WriteString("member", symbol.Member);
        json.WriteString("parameter", symbol.Parameter);
        json.WriteString("via", symbol.Via);
        json.WriteString("display", symbol.Display);
        json.WriteString("fullName", symbol.FullName);
        json.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter json, string name, SpecLocation? location)
    {
        if (location is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("file", location.File);
        json.WriteString("pointer", location.Pointer);
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
        json.WriteEndObject();
    }

    private static void Notes(Utf8JsonWriter json, string name, IEnumerable<NoteReference> notes)
    {
        json.WriteStartArray(name);
        foreach (var note in notes)
        {
            json.WriteStartObject();
            json.WriteString("id", note.Id);
            json.WriteString("version", note.Version);
            json.WriteString("summary", note.Summary);
            json.WriteBoolean("breaking", note.Breaking);
            json.WriteNumber("line", note.Line);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
