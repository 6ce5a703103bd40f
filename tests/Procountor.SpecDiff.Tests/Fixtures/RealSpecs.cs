using Procountor.SpecDiff.Loading;
using Procountor.SpecDiff.Reports;
using Procountor.SpecDiff.Rules;
using Procountor.Specs;
using Procountor.Specs.Materializing;

namespace Procountor.SpecDiff.Tests.Fixtures;

/// <summary>
/// The bundled specs, every version materialised in memory from the newest document and the history (so the tests
/// see exactly what <c>procountor specs materialize</c> writes, whether or not the files are on disk). Built once.
/// </summary>
public sealed class RealSpecs
{
    /// <summary>Sunset rules compare with "today"; the tests pin it.</summary>
    public static readonly RuleOptions Options = new() { Date = new DateOnly(2024, 1, 1) };

    private static readonly Lazy<RealSpecs> Shared = new(() => new RealSpecs());

    private RealSpecs()
    {
        Repository = SpecsRepository.Open(Path.Combine(RepoRoot(), SpecsRepository.RelativeDirectory));
        Documents = Materializer.Materialize(Repository)
            .Select(d => SpecLoader.LoadText(d.Text, d.DisplayPath, d.Version.Id.Text, d.Version.Id))
            .ToList();
    }

    public static RealSpecs Instance => Shared.Value;

    public SpecsRepository Repository { get; }

    /// <summary>Every documented version, oldest first.</summary>
    public IReadOnlyList<LoadedSpec> Documents { get; }

    public LoadedSpec Version(string id) => Documents.Single(d => d.Label == id);

    public SpecDiffEngine Engine() => new(Options, Repository.ReleaseNotes);

    public static string RepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Generator.sln not found above " + AppContext.BaseDirectory);
    }
}
