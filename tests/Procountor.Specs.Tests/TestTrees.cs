namespace Procountor.Specs.Tests;

/// <summary>Where the trees the tests read live: the repository's own <c>specs/procountor/</c> and our fixture.</summary>
internal static class TestTrees
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The real tree. Missing or empty, every test over it fails rather than passing over nothing.</summary>
    public static string Real => Path.Combine(RepositoryRoot, "specs", "procountor");

    /// <summary>Three tiny versions of a made-up API (19.10 … 19.12), written for these tests.</summary>
    public static string Tiny => Path.Combine(RepositoryRoot, "tests", "Procountor.Specs.Tests", "Fixtures", "tiny", "specs", "procountor");

    public static string Root(string name) => name switch
    {
        "real" => Real,
        "tiny" => Tiny,
        _ => throw new ArgumentException(name, nameof(name)),
    };

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no Generator.sln above " + AppContext.BaseDirectory);
    }
}

/// <summary>A throwaway copy of a tree that a test may change; deleted on dispose.</summary>
internal sealed class TreeCopy : IDisposable
{
    public TreeCopy(string source)
    {
        Root = Path.Combine(Path.GetTempPath(), "procountor-specs-" + Guid.NewGuid().ToString("N"));
        Specs = Path.Combine(Root, "specs", "procountor");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Specs, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The folder holding <c>specs/procountor/</c>.</summary>
    public string Root { get; }

    /// <summary>The copy's <c>specs/procountor/</c>.</summary>
    public string Specs { get; }

    public string PathOf(string relative) => Path.Combine(Specs, relative);

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    /// <summary>Replaces one exact piece of a file's text, failing if the piece is not there exactly once.</summary>
    public void Edit(string relative, string from, string to)
    {
        var text = File.ReadAllText(PathOf(relative));
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"'{from}' is not in {relative} exactly once");
        Write(relative, text.Replace(from, to, StringComparison.Ordinal));
    }

    public SpecsRepository Open() => SpecsRepository.Open(Root);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
