using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Procountor.Specs.Canonical;
using Procountor.Specs.Loading;
using Procountor.Specs.History;
using Procountor.Specs.ReleaseNotes;
using Procountor.Specs.Versions;

namespace Procountor.Specs;

/// <summary>
/// The <c>specs/procountor/</c> tree: where it is, and its files loaded strictly on first use. This is how the
/// materialiser, fetch, the diff and the migration tools reach the data; messages name files relative to the
/// repository root (<c>specs/procountor/versions.yaml</c>) whichever directory the tool runs in.
/// </summary>
public sealed class SpecsRepository
{
    /// <summary>Where the tree sits below a repository root.</summary>
    public const string RelativeDirectory = "specs/procountor";

    public const string VersionsFile = "versions.yaml";
    public const string ReleaseNotesFile = "release-notes.yaml";
    public const string HistoryDirectory = "history";

    private readonly Lazy<VersionCatalog> _catalog;
    private readonly Lazy<ReleaseNotesDocument> _releaseNotes;
    private readonly Lazy<ImmutableArray<HistoryStep>> _history;

    private SpecsRepository(string directory)
    {
        Directory = directory;
        _catalog = new(() => VersionCatalogLoader.Load(FullPath(VersionsFile), DisplayPath(VersionsFile)));
        _releaseNotes = new(() => ReleaseNotesLoader.Load(FullPath(ReleaseNotesFile), DisplayPath(ReleaseNotesFile)));
        _history = new(LoadHistory);
    }

    /// <summary>The full path of <c>specs/procountor/</c>.</summary>
    public string Directory { get; }

    public VersionCatalog Catalog => _catalog.Value;

    public ReleaseNotesDocument ReleaseNotes => _releaseNotes.Value;

    /// <summary>Every <c>history/*.yaml</c> step, ascending by version.</summary>
    public ImmutableArray<HistoryStep> History => _history.Value;

    /// <summary>
    /// Opens the tree at <paramref name="path"/>: a repository root (holding <c>specs/procountor/</c>), its
    /// <c>specs/</c> folder, or <c>specs/procountor/</c> itself.
    /// </summary>
    public static SpecsRepository Open(string path)
    {
        var full = Path.GetFullPath(path);
        foreach (var candidate in new[] { full, Path.Combine(full, "procountor"), Path.Combine(full, RelativeDirectory) })
        {
            if (File.Exists(Path.Combine(candidate, VersionsFile)))
            {
                return new SpecsRepository(candidate);
            }
        }

        throw new SpecsException(path, null, $"no {RelativeDirectory}/{VersionsFile} here");
    }

    /// <summary>Finds the tree in <paramref name="startDirectory"/> or the nearest directory above it that holds one.</summary>
    public static SpecsRepository Discover(string startDirectory)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(startDirectory)); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, RelativeDirectory, VersionsFile)))
            {
                return new SpecsRepository(Path.Combine(directory.FullName, RelativeDirectory));
            }
        }

        throw new SpecsException(startDirectory, null, $"no {RelativeDirectory}/{VersionsFile} in this directory or any above it (pass --specs)");
    }

    /// <summary>The full path of a file given relative to <c>specs/procountor/</c> (as <c>versions.yaml</c> names documents).</summary>
    public string FullPath(string relativePath) => Path.GetFullPath(Path.Combine(Directory, relativePath));

    /// <summary>How messages name a file of the tree: <c>specs/procountor/</c> plus its path inside, with forward slashes.</summary>
    public string DisplayPath(string relativePath) => $"{RelativeDirectory}/{relativePath.Replace('\\', '/')}";

    /// <summary>The full path of a version's bundled document.</summary>
    public string DocumentPath(ApiVersion version) =>
        FullPath(version.Document ?? throw new SpecsException(DisplayPath(VersionsFile), null, $"{version.Id} has no document"));

    public string DocumentDisplayPath(ApiVersion version) => DisplayPath(version.Document ?? string.Empty);

    /// <summary>Reads a version's bundled document (strict JSON; errors name the file, line and column).</summary>
    public JsonNode ReadDocument(ApiVersion version) =>
        JsonText.Parse(SpecsFiles.ReadText(DocumentPath(version), DocumentDisplayPath(version)), DocumentDisplayPath(version));

    private ImmutableArray<HistoryStep> LoadHistory()
    {
        var directory = FullPath(HistoryDirectory);
        if (!System.IO.Directory.Exists(directory))
        {
            return [];
        }

        var steps = new List<HistoryStep>();
        foreach (var path in System.IO.Directory.EnumerateFileSystemEntries(directory).Order(StringComparer.Ordinal))
        {
            var relative = $"{HistoryDirectory}/{Path.GetFileName(path)}";
            if (!path.EndsWith(".yaml", StringComparison.Ordinal) || !File.Exists(path))
            {
                // A stray file here would be an edit silently left out of every document.
                throw new SpecsException(DisplayPath(relative), null, "history/ holds only <version>.yaml files");
            }

            steps.Add(HistoryLoader.Load(path, DisplayPath(relative)));
        }

        return [.. steps.OrderBy(step => step.Version)];
    }
}
