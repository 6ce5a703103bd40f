using Procountor.Migration.Model;

namespace Procountor.Migration.Aggregation;

/// <summary>The one order of entries: area (endpoints, then models), most severe first, removals before renames before changes before additions, then by element — ordinal throughout.</summary>
public sealed class EntryOrder : IComparer<MigrationEntry>
{
    public static readonly EntryOrder Instance = new();

    public int Compare(MigrationEntry? x, MigrationEntry? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var result = x.Area.CompareTo(y.Area);
        result = result != 0 ? result : y.Level.CompareTo(x.Level);
        result = result != 0 ? result : x.Kind.CompareTo(y.Kind);
        result = result != 0 ? result : string.CompareOrdinal(x.Element, y.Element);
        result = result != 0 ? result : string.CompareOrdinal(x.From?.Display, y.From?.Display);
        return result != 0 ? result : string.CompareOrdinal(x.Id, y.Id);
    }
}
