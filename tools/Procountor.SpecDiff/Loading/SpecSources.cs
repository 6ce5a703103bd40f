using Procountor.Specs;
using Procountor.Specs.Versions;

namespace Procountor.SpecDiff.Loading;

/// <summary>
/// Turns what a user types into documents: a file path, a version id of <c>versions.yaml</c> (<c>23.11</c>), or a
/// range (<c>--from 20.01 --to 23.12</c>: every documented version between, so every consecutive pair is compared).
/// Documents from the tree are named <c>specs/procountor/&lt;version&gt;/openapi.json</c> wherever the tool runs.
/// </summary>
public sealed class SpecSources
{
    private readonly Func<SpecsRepository?> _repository;

    /// <param name="repository">Opens the specs tree when a version id needs it (may throw <see cref="SpecsException"/>), or returns <c>null</c>.</param>
    public SpecSources(Func<SpecsRepository?> repository)
    {
        _repository = repository;
    }

    /// <summary>The tree, once a version id needed it.</summary>
    public SpecsRepository? Repository { get; private set; }

    /// <summary>A file when one exists at <paramref name="input"/>, else a version id.</summary>
    public LoadedSpec Load(string input)
    {
        if (File.Exists(input) || !VersionId.TryParse(input, out _))
        {
            return SpecLoader.LoadFile(input);
        }

        return LoadVersion(input);
    }

    /// <summary>The documented versions from <paramref name="from"/> to <paramref name="to"/>, oldest first.</summary>
    public IReadOnlyList<LoadedSpec> Range(string from, string to)
    {
        var repository = Open();
        var first = Find(repository, from);
        var last = Find(repository, to);
        if (first.Id > last.Id)
        {
            throw new SpecLoadException(repository.DisplayPath(SpecsRepository.VersionsFile), null, $"--from {from} comes after --to {to}");
        }

        var versions = repository.Catalog.Range(first.Id, last.Id);
        if (versions.Count < 2)
        {
            throw new SpecLoadException(repository.DisplayPath(SpecsRepository.VersionsFile), null, $"fewer than two documented versions from {from} to {to}");
        }

        return versions.Select(v => Load(repository, v)).ToList();
    }

    public LoadedSpec LoadVersion(string id)
    {
        var repository = Open();
        return Load(repository, Find(repository, id));
    }

    private static LoadedSpec Load(SpecsRepository repository, ApiVersion version) =>
        SpecLoader.LoadFile(repository.DocumentPath(version), version.Id.Text, version.Id, repository.DocumentDisplayPath(version));

    private static ApiVersion Find(SpecsRepository repository, string id)
    {
        var versions = repository.DisplayPath(SpecsRepository.VersionsFile);
        var version = repository.Catalog.Find(id)
            ?? throw new SpecLoadException(versions, null, $"'{id}' is neither a file nor a version in versions.yaml");
        return version.HasDocument
            ? version
            : throw new SpecLoadException(versions, null, $"version {id} has no bundled document (spec format {version.SpecFormat})");
    }

    private SpecsRepository Open() =>
        Repository ??= _repository() ?? throw new SpecLoadException("specs/procountor/versions.yaml", null, "no specs tree to resolve version ids (pass --specs)");
}
