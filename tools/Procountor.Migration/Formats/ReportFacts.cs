using Procountor.Migration.Model;

namespace Procountor.Migration.Formats;

/// <summary>The counts and labels every format shows the same way.</summary>
internal static class ReportFacts
{
    public static string Level(SpecDiff.Model.ChangeLevel level) => level switch
    {
        SpecDiff.Model.ChangeLevel.Err => "ERR",
        SpecDiff.Model.ChangeLevel.Warn => "WARN",
        _ => "INFO",
    };

    public static string Kebab(Enum value) => value.ToString().ToLowerInvariant();

    public static string AreaTitle(MigrationArea area) => area == MigrationArea.Endpoint ? "Endpoints" : "Models";

    /// <summary>"safe rename" or "needs thought" for a breaking entry; null for the rest.</summary>
    public static string? Verdict(MigrationEntry entry) =>
        !entry.IsBreaking ? null : entry.IsSafeRename || entry.KeepsCSharp ? "safe rename" : "needs thought";

    public static int SafeRenames(IEnumerable<MigrationEntry> entries) => entries.Count(e => e.IsBreaking && Verdict(e) == "safe rename");

    public static int NeedThought(IEnumerable<MigrationEntry> entries) => entries.Count(e => e.IsBreaking && Verdict(e) == "needs thought");

    public static string Symbols(MigrationEntry entry) => (entry.From, entry.To) switch
    {
        ({ } from, { } to) => $"`{from.Display}` → `{to.Display}`",
        ({ } from, null) => $"`{from.Display}` (removed)",
        (null, { } to) => $"`{to.Display}` (new)",
        _ => "(no C# symbol)",
    };
}
