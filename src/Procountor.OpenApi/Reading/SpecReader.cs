namespace Procountor.OpenApi.Reading;

/// <summary>Reads spec text, JSON or YAML, into a position-aware <see cref="SpecNode"/> tree.</summary>
public static class SpecReader
{
    /// <summary>Reads <paramref name="text"/>; the format comes from the file extension, else from the first character.</summary>
    public static SpecReadResult Read(string text, string? path = null) => Read(text, DetectFormat(text, path));

    public static SpecReadResult Read(string text, SpecFormat format) =>
        format == SpecFormat.Json ? JsonSpecReader.Read(text) : YamlSpecReader.Read(text);

    public static SpecFormat DetectFormat(string text, string? path)
    {
        if (path is not null)
        {
            if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                return SpecFormat.Json;
            }

            if (path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            {
                return SpecFormat.Yaml;
            }
        }

        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c is '{' or '[' ? SpecFormat.Json : SpecFormat.Yaml;
            }
        }

        return SpecFormat.Json;
    }
}
