namespace Procountor.Migration.Formats;

/// <summary>The formats of <c>procountor migrate</c>.</summary>
public enum MigrationFormat
{
    Markdown,
    Json,
    Html,
}

/// <summary>Renders a report in any format.</summary>
public static class MigrationRenderer
{
    public static string Render(Model.MigrationReport report, MigrationFormat format) => format switch
    {
        MigrationFormat.Json => JsonMigrationReport.Render(report),
        MigrationFormat.Html => HtmlMigrationReport.Render(report),
        _ => MarkdownMigrationReport.Render(report),
    };
}
