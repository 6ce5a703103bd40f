using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace Procountor.Runtime.Http;

/// <summary>
/// Builds a request URI relative to the client's base address (no leading slash), escaping path values and query
/// parameters. Header-borne values never pass through here.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ApiUri
{
    private readonly StringBuilder _builder;
    private bool _hasQuery;

    /// <summary>Starts a URI with the literal text before the first parameter.</summary>
    public ApiUri(string pathStart)
    {
        _builder = new StringBuilder(pathStart, pathStart.Length + 32);
    }

    /// <summary>Appends literal template text (already URI-safe).</summary>
    public ApiUri Literal(string text)
    {
        _builder.Append(text);
        return this;
    }

    /// <summary>Appends a path parameter's value, escaped as one segment.</summary>
    public ApiUri Path(string value)
    {
        _builder.Append(Uri.EscapeDataString(value));
        return this;
    }

    /// <summary>Appends <c>name=value</c> unless <paramref name="value"/> is <c>null</c>.</summary>
    public ApiUri Query(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        _builder.Append(_hasQuery ? '&' : '?').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        _hasQuery = true;
        return this;
    }

    /// <summary>An array parameter: <c>name=a&amp;name=b</c> when exploded (the default), else <c>name=a,b</c>.</summary>
    public ApiUri Query<T>(string name, IEnumerable<T>? values, Func<T, string> format, bool explode)
    {
        if (values is null)
        {
            return this;
        }

        if (explode)
        {
            foreach (var value in values)
            {
                Query(name, format(value));
            }

            return this;
        }

        return Query(name, string.Join(",", values.Select(format)));
    }

    /// <inheritdoc/>
    public override string ToString() => _builder.ToString();
}

/// <summary>How parameter values are written in paths, queries and headers: invariant culture, spec formats.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiFormat
{
    /// <summary>Formats a parameter value.</summary>
    public static string Format(string value) => value;

    /// <summary>Formats a parameter value.</summary>
    public static string Format(bool value) => value ? "true" : "false";

    /// <summary>Formats a parameter value.</summary>
    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a parameter value.</summary>
    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a parameter value.</summary>
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a parameter value.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats a parameter value.</summary>
    public static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats a parameter value.</summary>
    public static string Format(Guid value) => value.ToString("D");

    /// <summary>Formats a parameter value.</summary>
    public static string Format(DateOnly value) => Json.JsonPrimitives.FormatDate(value);

    /// <summary>Formats a parameter value.</summary>
    public static string Format(DateTimeOffset value) => Json.JsonPrimitives.FormatDateTimeOffset(value);

    /// <summary>An offset-less date-time: <c>yyyy-MM-ddTHH:mm:ss</c>.</summary>
    public static string FormatLocal(DateTime value) => Json.JsonPrimitives.FormatLocalDateTime(value);

}
