using System.Globalization;

namespace Procountor.Sdk;

/// <summary>
/// The vendor's date formats: dates are <c>yyyy-MM-dd</c>, date-times ISO 8601 <em>without</em> an offset
/// (<c>2017-01-30T15:20:00</c>). A date-time stays a <see cref="DateTime"/> of kind
/// <see cref="DateTimeKind.Unspecified"/>: the API does not say which zone it means, so the SDK invents none.
/// </summary>
public static class ProcountorDates
{
    private static readonly string[] DateTimeFormats =
        ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm"];

    /// <summary>Formats a date as <c>yyyy-MM-dd</c>.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Formats a date-time as <c>yyyy-MM-ddTHH:mm:ss</c> (fractions kept when present), without an offset.</summary>
    public static string FormatDateTime(DateTime dateTime) =>
        dateTime.ToString(dateTime.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>Parses a <c>yyyy-MM-dd</c> date.</summary>
    /// <exception cref="FormatException">The text is not such a date.</exception>
    public static DateOnly ParseDate(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None);

    /// <summary>Parses an offset-less date-time; the result's kind is <see cref="DateTimeKind.Unspecified"/>.</summary>
    /// <exception cref="FormatException">The text is not such a date-time (one with an offset is not either).</exception>
    public static DateTime ParseDateTime(string text) =>
        DateTime.ParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None);
}
