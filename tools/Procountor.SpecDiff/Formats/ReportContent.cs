using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Reports;

namespace Procountor.SpecDiff.Formats;

/// <summary>What every format agrees on: which changes a view shows, names of levels and pairs.</summary>
internal static class ReportContent
{
    public static IReadOnlyList<Change> Changes(PairReport pair, ReportView view) =>
        view == ReportView.Breaking ? pair.Changes.Where(c => c.IsBreaking).ToList() : pair.Changes;

    public static string Level(ChangeLevel level) => level switch
    {
        ChangeLevel.Err => "ERR",
        ChangeLevel.Warn => "WARN",
        _ => "INFO",
    };

    public static string Title(PairReport pair) => $"{pair.Base.Label} → {pair.Revision.Label}";

    public static string Counts(IReadOnlyList<Change> changes)
    {
        var err = changes.Count(c => c.Level == ChangeLevel.Err);
        var warn = changes.Count(c => c.Level == ChangeLevel.Warn);
        var info = changes.Count(c => c.Level == ChangeLevel.Info);
        return $"{err} {Plural(err, "error")}, {warn} {Plural(warn, "warning")}, {info} info";
    }

    public static string Location(SpecLocation? location) =>
        location is null ? "-" : $"{location.File}:{location.Line}:{location.Column}";

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";
}
