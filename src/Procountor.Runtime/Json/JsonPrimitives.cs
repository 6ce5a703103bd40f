using System.Globalization;
using System.Text.Json;

namespace Procountor.Runtime.Json;

/// <summary>Dates and times in the formats specs use, read and written under the invariant culture.</summary>
public static class JsonPrimitives
{
    private const string DateFormat = "yyyy-MM-dd";

    private static readonly string[] LocalDateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd",
    ];

    /// <summary>Reads the value with the model's own reader.</summary>
    public static DateOnly ReadDate(ref Utf8JsonReader reader) =>
        // As for date-times below: the reader's ISO 8601 parser, unless an offset would move the value to another day.
        IsPlainString(ref reader) && !HasOffset(reader.ValueSpan) && reader.TryGetDateTime(out var value)
            ? DateOnly.FromDateTime(value)
            : ParseDate(reader.GetString()!);

    /// <summary>Writes the value with the model's own writer.</summary>
    public static void WriteDate(Utf8JsonWriter writer, DateOnly value) => writer.WriteStringValue(FormatDate(value));

    /// <summary>Parses <c>yyyy-MM-dd</c> (a trailing time part is ignored).</summary>
    public static DateOnly ParseDate(string text)
    {
        // Some servers send a date-time where the spec says date; the date part is what was meant.
        var end = text.IndexOf('T');
        return DateOnly.ParseExact(end < 0 ? text : text.Substring(0, end), DateFormat, CultureInfo.InvariantCulture);
    }

    /// <summary>Formats a parameter value.</summary>
    public static string FormatDate(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// An ISO 8601 date-time without an offset (<c>2017-01-30T15:20:00</c>) as a <see cref="DateTime"/> of kind
    /// <see cref="DateTimeKind.Unspecified"/>: the wall-clock time the server meant, with no offset invented.
    /// A value that does carry an offset keeps its clock time and drops the offset.
    /// </summary>
    public static DateTime ReadLocalDateTime(ref Utf8JsonReader reader) =>
        // The reader's own ISO 8601 parser reads the offset-less forms without a string; a value with an offset it
        // would shift to the machine's zone, so those (and anything it rejects) take the text path.
        IsPlainString(ref reader) && !HasOffset(reader.ValueSpan) && reader.TryGetDateTime(out var local)
            ? DateTime.SpecifyKind(local, DateTimeKind.Unspecified)
            : ParseLocalDateTime(reader.GetString()!);

    /// <summary>Writes the value with the model's own writer.</summary>
    public static void WriteLocalDateTime(Utf8JsonWriter writer, DateTime value) => writer.WriteStringValue(FormatLocalDateTime(value));

    /// <summary>Parses an offset-less ISO 8601 date-time into a <see cref="DateTimeKind.Unspecified"/> value.</summary>
    public static DateTime ParseLocalDateTime(string text)
    {
        if (DateTime.TryParseExact(text, LocalDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        }

        return DateTime.SpecifyKind(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).DateTime, DateTimeKind.Unspecified);
    }

    /// <summary><c>yyyy-MM-ddTHH:mm:ss</c>, with fractional seconds only when there are some.</summary>
    public static string FormatLocalDateTime(DateTime value) =>
        value.ToString(value.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>An ISO 8601 date-time; a value without an offset is taken as UTC rather than the machine's zone.</summary>
    public static DateTimeOffset ReadDateTimeOffset(ref Utf8JsonReader reader) => ParseDateTimeOffset(reader.GetString()!);

    /// <summary>Writes the value with the model's own writer.</summary>
    public static void WriteDateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteStringValue(FormatDateTimeOffset(value));

    /// <summary>Parses an ISO 8601 date-time; without an offset it is taken as UTC.</summary>
    public static DateTimeOffset ParseDateTimeOffset(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    // Values that arrive in one piece and unescaped can be read straight from the reader's buffer.
    private static bool IsPlainString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped;

    // An offset (Z, +hh:mm, -hh:mm) can only follow the time part, which starts after the 10-character date.
    private static bool HasOffset(ReadOnlySpan<byte> text) =>
        text.Length > 10 && text.Slice(10).IndexOfAny("Zz+-"u8) >= 0;

    /// <summary>Formats a parameter value.</summary>
    public static string FormatDateTimeOffset(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);
}
