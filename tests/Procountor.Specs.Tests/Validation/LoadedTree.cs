using System.Collections.Concurrent;
using Procountor.OpenApi.Reading;
using Procountor.Specs.Versions;

namespace Procountor.Specs.Tests.Validation;

/// <summary>A tree read once per test run and shared by every check over it (the real one holds dozens of documents).</summary>
internal sealed class LoadedTree
{
    private static readonly ConcurrentDictionary<string, Lazy<LoadedTree>> Cache = new();

    private LoadedTree(string name)
    {
        var root = TestTrees.Root(name);
        Assert.True(File.Exists(Path.Combine(root, SpecsRepository.VersionsFile)), $"The {name} tree is missing: no {root}/{SpecsRepository.VersionsFile}.");
        Specs = SpecsRepository.Open(root);
        Documents = [.. Specs.Catalog.Documented.Select(version => new BundledDocument(version, Specs.DocumentDisplayPath(version), Specs.DocumentPath(version)))];
        Assert.True(Documents.Count > 0, $"The {name} tree bundles no document: every check over it would pass over nothing.");
    }

    public SpecsRepository Specs { get; }

    /// <summary>Every document versions.yaml lists, ascending; text and tree read lazily.</summary>
    public IReadOnlyList<BundledDocument> Documents { get; }

    public static LoadedTree Get(string name) => Cache.GetOrAdd(name, key => new Lazy<LoadedTree>(() => new LoadedTree(key))).Value;
}

internal sealed class BundledDocument(ApiVersion version, string displayPath, string path)
{
    private readonly Lazy<string?> _text = new(() => File.Exists(path) ? File.ReadAllText(path) : null);
    private readonly Lazy<SpecDocument?> _tree = new(() => File.Exists(path) ? SpecDocument.TryRead(File.ReadAllText(path), displayPath, out _) : null);

    public ApiVersion Version { get; } = version;

    public string DisplayPath { get; } = displayPath;

    public string Path { get; } = path;

    /// <summary>The file's text, or <c>null</c> when it does not exist.</summary>
    public string? Text => _text.Value;

    /// <summary>The position-aware tree, or <c>null</c> when the file is missing or not JSON.</summary>
    public SpecDocument? Tree => _tree.Value;
}
