using Procountor.Specs;
using Procountor.Specs.Materializing;

namespace Procountor.Benchmarks;

/// <summary>The text of every bundled version, as the materialiser writes it (whether or not the files are on disk), oldest first.</summary>
internal static class DiffData
{
    private static readonly Lazy<IReadOnlyList<(string Version, string Path, string Text)>> Documents = new(() =>
        Materializer.Materialize(SpecsRepository.Open(Path.Combine(BenchmarkData.RepoRoot(), SpecsRepository.RelativeDirectory)))
            .Select(d => (d.Version.Id.Text, d.DisplayPath, d.Text))
            .ToList());

    public static IReadOnlyList<(string Version, string Path, string Text)> All => Documents.Value;

    public static (string Version, string Path, string Text) Version(string id) => All.Single(d => d.Version == id);
}
