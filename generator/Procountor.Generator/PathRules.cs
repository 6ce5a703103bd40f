namespace Procountor.Generator;

/// <summary>Path arithmetic on strings only: the generator never touches the file system.</summary>
internal static class PathRules
{
    public static string DirectoryOf(string path)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash + 1);
    }

    /// <summary>An absolute path as is; a relative one against <paramref name="baseDirectory"/>; then normalized.</summary>
    public static string Resolve(string path, string baseDirectory)
    {
        var p = path.Replace('\\', '/');
        var absolute = p.StartsWith("/", StringComparison.Ordinal) || (p.Length > 1 && p[1] == ':');
        return Normalize(absolute ? p : baseDirectory.Replace('\\', '/').TrimEnd('/') + "/" + p);
    }

    /// <summary>Forward slashes, no <c>.</c> or <c>..</c> segments.</summary>
    public static string Normalize(string path)
    {
        var p = path.Replace('\\', '/');
        var parts = new List<string>();
        foreach (var part in p.Split('/'))
        {
            if (part == "." || (part.Length == 0 && parts.Count > 0))
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join("/", parts);
    }
}
