namespace Procountor.Migration.Formats;

public static class HtmlMigrationReport
{
    public static string Render(Model.MigrationReport report) => MarkdownMigrationReport.Render(report);
}
