using System.Text;

namespace Procountor.OpenApi.Reading;

/// <summary>RFC 6901 JSON pointers, the address every report and diagnostic uses for a place in a spec.</summary>
public static class JsonPointer
{
    /// <summary>Escapes one reference token: <c>~</c> becomes <c>~0</c>, <c>/</c> becomes <c>~1</c>.</summary>
    public static string Escape(string segment)
    {
        if (segment.IndexOf('~') < 0 && segment.IndexOf('/') < 0)
        {
            return segment;
        }

        return segment.Replace("~", "~0").Replace("/", "~1");
    }

    public static string Unescape(string segment)
    {
        if (segment.IndexOf('~') < 0)
        {
            return segment;
        }

        return segment.Replace("~1", "/").Replace("~0", "~");
    }

    /// <summary>Appends unescaped segments to a pointer.</summary>
    public static string Append(string pointer, params string[] segments)
    {
        var builder = new StringBuilder(pointer);
        foreach (var segment in segments)
        {
            builder.Append('/').Append(Escape(segment));
        }

        return builder.ToString();
    }

    /// <summary>The unescaped reference tokens of a pointer (<c>""</c> has none).</summary>
    public static IReadOnlyList<string> Split(string pointer)
    {
        if (pointer.Length == 0)
        {
            return [];
        }

        if (pointer[0] != '/')
        {
            throw new FormatException($"A JSON pointer starts with '/': '{pointer}'.");
        }

        var parts = pointer.Substring(1).Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Unescape(parts[i]);
        }

        return parts;
    }
}
