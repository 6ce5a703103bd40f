using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Procountor.SpecDiff.Loading;
using Procountor.SpecDiff.Reports;
using Procountor.SpecDiff.Rules;
using Procountor.Specs.Versions;

namespace Procountor.Benchmarks;

/// <summary>
/// Diffing 23.11 → 23.12 from text (read both documents, structural diff, rules, renames) against the floor of merely
/// parsing both with System.Text.Json. Goal: at most 3× the floor.
/// </summary>
[MemoryDiagnoser]
public class DiffPairBenchmarks
{
    private (string Version, string Path, string Text) _base;
    private (string Version, string Path, string Text) _revision;
    private SpecDiffEngine _engine = null!;
    private LoadedSpec _loadedBase = null!;
    private LoadedSpec _loadedRevision = null!;

    [GlobalSetup]
    public void Setup()
    {
        _base = DiffData.Version("23.11");
        _revision = DiffData.Version("23.12");
        _engine = new SpecDiffEngine(new RuleOptions { Date = new DateOnly(2024, 1, 1) });
        _loadedBase = SpecLoader.LoadText(_base.Text, _base.Path);
        _loadedRevision = SpecLoader.LoadText(_revision.Text, _revision.Path);
    }

    [Benchmark(Baseline = true)]
    public int ParseBothWithSystemTextJson()
    {
        using var a = JsonDocument.Parse(_base.Text);
        using var b = JsonDocument.Parse(_revision.Text);
        return a.RootElement.GetArrayLength_OrPropertyCount() + b.RootElement.GetArrayLength_OrPropertyCount();
    }

    /// <summary>The part of <see cref="DiffPair"/> that is reading the two documents into position-aware trees.</summary>
    [Benchmark]
    public int ReadBoth() =>
        SpecLoader.LoadText(_base.Text, _base.Path).Document.Root.Count + SpecLoader.LoadText(_revision.Text, _revision.Path).Document.Root.Count;

    /// <summary>The part of <see cref="DiffPair"/> after reading: diff, rules, renames.</summary>
    [Benchmark]
    public int CompareRead() => _engine.Compare(_loadedBase, _loadedRevision).Changes.Length;

    [Benchmark]
    public int DiffPair()
    {
        var a = SpecLoader.LoadText(_base.Text, _base.Path, _base.Version, VersionId.Parse(_base.Version));
        var b = SpecLoader.LoadText(_revision.Text, _revision.Path, _revision.Version, VersionId.Parse(_revision.Version));
        return _engine.Compare(a, b).Changes.Length;
    }
}

/// <summary>
/// The whole history (every consecutive pair 19.10 → 23.12, each document read once, release notes matched) against
/// the floor of parsing every document with System.Text.Json. Goal: under a second on one core.
/// </summary>
[MemoryDiagnoser]
public class DiffHistoryBenchmarks
{
    private IReadOnlyList<(string Version, string Path, string Text)> _documents = null!;
    private SpecDiffEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _documents = DiffData.All;
        var notes = Procountor.Specs.SpecsRepository.Open(Path.Combine(BenchmarkData.RepoRoot(), Procountor.Specs.SpecsRepository.RelativeDirectory)).ReleaseNotes;
        _engine = new SpecDiffEngine(new RuleOptions { Date = new DateOnly(2024, 1, 1) }, notes);
    }

    [Benchmark(Baseline = true)]
    public int ParseAllWithSystemTextJson()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            using var parsed = JsonDocument.Parse(document.Text);
            count += parsed.RootElement.GetArrayLength_OrPropertyCount();
        }

        return count;
    }

    [Benchmark]
    public int DiffHistory()
    {
        var loaded = _documents.Select(d => SpecLoader.LoadText(d.Text, d.Path, d.Version, VersionId.Parse(d.Version))).ToList();
        return _engine.Compare(loaded).Pairs.Sum(p => p.Changes.Length);
    }
}
