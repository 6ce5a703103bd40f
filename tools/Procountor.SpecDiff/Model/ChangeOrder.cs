namespace Procountor.SpecDiff.Model;

/// <summary>
/// The one order of changes in every report: most severe first, then by operation (path, then method), subject,
/// rule and fingerprint — all ordinal, so the order never depends on the machine or the run.
/// </summary>
public sealed class ChangeOrder : IComparer<Change>
{
    public static readonly ChangeOrder Instance = new();

    public int Compare(Change? x, Change? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var result = y.Level.CompareTo(x.Level);
        if (result == 0)
        {
            result = string.CompareOrdinal(PathOf(x.Operation), PathOf(y.Operation));
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.Operation, y.Operation);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.Subject, y.Subject);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.RuleId, y.RuleId);
        }

        return result != 0 ? result : string.CompareOrdinal(x.Fingerprint, y.Fingerprint);
    }

    private static string PathOf(string? operation) =>
        operation is null ? string.Empty : operation.Substring(operation.IndexOf(' ') + 1);
}
