using System.Globalization;
using Procountor.OpenApi.Reading;

namespace Procountor.SpecDiff.Rules;

/// <summary>What the sunset policy makes of a newly deprecated element.</summary>
internal enum SunsetVerdict
{
    /// <summary>No policy applies, or the sunset is far enough away.</summary>
    Fine,

    /// <summary>A policy applies and no <c>x-sunset</c> is given.</summary>
    Missing,

    /// <summary>The <c>x-sunset</c> is not a date.</summary>
    Invalid,

    /// <summary>The sunset is sooner than the minimum notice.</summary>
    TooSoon,
}

/// <summary><c>x-sunset</c> dates (RFC 3339 date or date-time) against the minimum notice of <see cref="RuleOptions"/>.</summary>
internal static class SunsetPolicy
{
    public static SunsetVerdict Check(RuleOptions options, SpecNode? sunset, string? stability)
    {
        if (sunset is not null && Parse(sunset) is null)
        {
            return SunsetVerdict.Invalid;
        }

        var days = options.MinimumNoticeDays(stability);
        if (days <= 0)
        {
            return SunsetVerdict.Fine;
        }

        if (sunset is null)
        {
            return SunsetVerdict.Missing;
        }

        return Parse(sunset)!.Value < options.Date.AddDays(days) ? SunsetVerdict.TooSoon : SunsetVerdict.Fine;
    }

    /// <summary>The date of an <c>x-sunset</c> value, or <c>null</c> when it is not one.</summary>
    public static DateOnly? Parse(SpecNode? sunset)
    {
        if (sunset?.Kind != SpecNodeKind.String)
        {
            return null;
        }

        var text = sunset.Text!;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.UtcDateTime)
            : null;
    }

    /// <summary>The sunset is in the future (the element was removed before it).</summary>
    public static bool IsAfter(SpecNode? sunset, DateOnly date) => Parse(sunset) is { } day && day > date;
}
