namespace Procountor.Generator.Tests.Infrastructure;

/// <summary>The focused specs under Specs/, one per feature, and the repository's Procountor documents.</summary>
public static class SpecFiles
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", name));

    public static TestAdditionalText Feature(string name, string? ns = null) =>
        TestAdditionalText.Spec("/specs/" + name, Text(name), ns ?? "Tests." + Pascal(Path.GetFileNameWithoutExtension(name)));

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Generator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Every <c>specs/procountor/&lt;version&gt;/openapi.json</c>, version order.</summary>
    public static IReadOnlyList<(string Version, string Path)> ProcountorDocuments()
    {
        var root = Path.Combine(RepoRoot(), "specs", "procountor");
        return Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => (Version: Path.GetFileName(d), Path: Path.Combine(d, "openapi.json")))
                .Where(x => File.Exists(x.Path))
                .OrderBy(x => x.Version, StringComparer.Ordinal)
                .ToList()
            : [];
    }

    public static string OverlayPath() => Path.Combine(RepoRoot(), "specs", "procountor", "overlays", "procountor.overlay.yaml");

    /// <summary><c>23.12</c> → <c>V2312</c>.</summary>
    public static string VersionNamespace(string version) => "V" + version.Replace(".", string.Empty, StringComparison.Ordinal);

    private static string Pascal(string name) => string.Concat(name.Split('-', '_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
