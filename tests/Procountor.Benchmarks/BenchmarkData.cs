using System.Text.Json;

namespace Procountor.Benchmarks;

/// <summary>Finds the bundled specs from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class BenchmarkData
{
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

    public static string SpecPath(string version) => Path.Combine(RepoRoot(), "specs", "procountor", version, "openapi.json");

    /// <summary>The newest bundled document, or a synthetic one until specs land.</summary>
    public static string NewestSpecText()
    {
        var specs = Path.Combine(RepoRoot(), "specs", "procountor");
        var newest = Directory.Exists(specs)
            ? Directory.GetDirectories(specs).Select(d => Path.Combine(d, "openapi.json")).Where(File.Exists).OrderBy(p => p, StringComparer.Ordinal).LastOrDefault()
            : null;
        return newest is null ? Synthetic() : File.ReadAllText(newest);
    }

    private static string Synthetic()
    {
        var schemas = Enumerable.Range(0, 300).ToDictionary(
            i => "Schema" + i,
            i => new { type = "object", properties = Enumerable.Range(0, 20).ToDictionary(p => "property" + p, p => new { type = "string", maxLength = 255 }) });
        return JsonSerializer.Serialize(new { openapi = "3.0.1", components = new { schemas } });
    }

    public static int GetArrayLength_OrPropertyCount(this JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.GetArrayLength() : element.EnumerateObject().Count();
}
