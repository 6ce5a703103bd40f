using Procountor.SpecDiff.Reports;
using Procountor.SpecDiff.Rules;

namespace Procountor.SpecDiff.Formats;

/// <summary>Renders a <see cref="RangeReport"/> in any format. Output depends only on the report and the options.</summary>
public static class ReportRenderer
{
    public static string Render(RangeReport report, ReportFormat format, RenderOptions? options = null, RuleCatalog? catalog = null)
    {
        options ??= new RenderOptions();
        return format switch
        {
            ReportFormat.Text => TextReport.Render(report, options),
            ReportFormat.Json => StructuredReport.Render(report, options, new JsonStructuredWriter()),
            ReportFormat.Yaml => StructuredReport.Render(report, options, new YamlStructuredWriter()),
            ReportFormat.Markdown => MarkdownReport.Render(report, options),
            ReportFormat.Html => HtmlReport.Render(report, options),
            ReportFormat.Sarif => SarifReport.Render(report, options, catalog ?? RuleCatalog.Default),
            ReportFormat.Junit => JUnitReport.Render(report, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    /// <summary>The JSON schema of the JSON (and YAML) report.</summary>
    public static string ReportSchema()
    {
        using var stream = typeof(ReportRenderer).Assembly.GetManifestResourceStream("Procountor.SpecDiff.report.schema.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
