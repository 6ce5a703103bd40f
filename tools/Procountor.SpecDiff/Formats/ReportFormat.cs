namespace Procountor.SpecDiff.Formats;

/// <summary>The output formats.</summary>
public enum ReportFormat
{
    Text,
    Json,
    Yaml,
    Markdown,
    Html,
    Sarif,
    Junit,
}

/// <summary>Which changes a report shows and how it groups them.</summary>
public enum ReportView
{
    /// <summary>Every change.</summary>
    Diff,

    /// <summary>Warnings and errors only.</summary>
    Breaking,

    /// <summary>Every change, grouped by version pair and endpoint, for people.</summary>
    Changelog,

    /// <summary>Counts per pair and level.</summary>
    Summary,
}

/// <summary>How to render a report.</summary>
/// <param name="View">Which changes and which grouping.</param>
/// <param name="Color">ANSI colour in text output (only when writing to a terminal).</param>
/// <param name="ToolVersion">Named in SARIF and JSON output.</param>
public sealed record RenderOptions(ReportView View = ReportView.Diff, bool Color = false, string ToolVersion = "0.1.0");
