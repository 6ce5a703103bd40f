using System.Globalization;

namespace Procountor.Specs.Versions;

/// <summary>
/// An API version name as the vendor writes it: <c>23.12</c> (monthly, from 19.10), or the older <c>2</c> … <c>13.1</c>.
/// Both read as major.minor numbers, so one comparison orders the whole history (13.1 &lt; 19.10 &lt; 23.12).
/// </summary>
public readonly record struct VersionId : IComparable<VersionId>
{
    private VersionId(string text, int major, int minor)
    {
        Text = text;
        Major = major;
        Minor = minor;
    }

    public string Text { get; }

    public int Major { get; }

    public int Minor { get; }

    /// <summary>True for the <c>YY.MM</c> releases (19.10 onward), which live on numbered paths such as <c>v2312</c>.</summary>
    public bool IsMonthly => Major >= 19 && Minor is >= 1 and <= 12 && Text.Length == 5;

    /// <summary>The path segment of a monthly version (<c>23.12</c> → <c>v2312</c>), or <c>null</c> for older ones.</summary>
    public string? PathSegment => IsMonthly ? "v" + Text.Replace(".", string.Empty) : null;

    public static VersionId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not an API version (expected YY.MM such as 23.12, or 2 … 13.1).");

    public static bool TryParse(string? text, out VersionId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var dot = text!.IndexOf('.');
        var majorText = dot < 0 ? text : text.Substring(0, dot);
        var minorText = dot < 0 ? "0" : text.Substring(dot + 1);
        if (!int.TryParse(majorText, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(minorText, NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return false;
        }

        id = new VersionId(text, major, minor);
        return true;
    }

    public int CompareTo(VersionId other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(VersionId left, VersionId right) => left.CompareTo(right) < 0;

    public static bool operator >(VersionId left, VersionId right) => left.CompareTo(right) > 0;

    public static bool operator <=(VersionId left, VersionId right) => left.CompareTo(right) <= 0;

    public static bool operator >=(VersionId left, VersionId right) => left.CompareTo(right) >= 0;

    public override string ToString() => Text;
}
