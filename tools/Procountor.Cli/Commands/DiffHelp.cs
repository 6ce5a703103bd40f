namespace Procountor.Cli.Commands;

/// <summary>The help texts of the diff commands, kept together so they read as one voice.</summary>
internal static class DiffHelp
{
    public const string Diff = "Every change between two documents (file paths or version ids), or between each consecutive pair of a range.";

    public const string Breaking = "The warnings and errors between two documents or across a range: what can break existing clients.";

    public const string Changelog = "Every change, grouped by version pair and endpoint, for people to read.";

    public const string Summary = "How many errors, warnings and informational changes each version pair has.";

    public const string CheckReleaseNotes = "Match every change to release-notes.yaml: list undocumented changes (breaking first), spec-visible notes no document shows, and matched pairs; exit 1 unless they agree.";

    public const string Rules = "List every rule: ID, level, scope and what it judges.";

    public const string Base = "The older document: a file path or a version id such as 23.11.";

    public const string Revision = "The newer document: a file path or a version id such as 23.12.";

    public const string From = "First version of a range (compares every consecutive documented pair up to --to).";

    public const string To = "Last version of a range.";

    public const string Format = "Output format: text, json, yaml, markdown, html, sarif, junit.";

    public const string Output = "Write the report to this file instead of standard output.";

    public const string FailOn = "Exit 1 when a change at this level or above is reported: ERR or WARN.";

    public const string Ignore = "Ignore file (YAML): known changes by rule and operation, with a reason and an optional expiry date.";

    public const string Date = "Today's date for sunset and expiry checks, yyyy-MM-dd (default: the current UTC date).";

    public const string DeprecationDaysBeta = "Minimum days between deprecating a beta element and its sunset (0: no sunset policy for beta).";

    public const string DeprecationDaysStable = "Minimum days between deprecating a stable element and its sunset (0: no sunset policy).";

    public const string Color = "Colour in text output: auto (only on a terminal), always, never.";
}
