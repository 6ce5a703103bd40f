using System.Collections.Immutable;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;
using Procountor.Migration.Model;

namespace Procountor.Migration.Usages;

/// <summary>
/// A consumer's project, loaded with Roslyn's <see cref="MSBuildWorkspace"/> and compiled (the generator runs as in
/// their build), so that report symbols resolve to the very symbols their code binds to.
/// </summary>
public sealed class ProjectScanner
{
    private static readonly object LocatorGate = new();

    private readonly Compilation _compilation;
    private readonly string _projectPath;
    private readonly string _directory;

    private ProjectScanner(string projectPath, Compilation compilation, string? ns)
    {
        _projectPath = projectPath;
        _directory = Path.GetDirectoryName(Path.GetFullPath(projectPath))!;
        _compilation = compilation;
        Namespace = ns;
    }

    /// <summary>
    /// The namespace the project's own generator item gives the from-version (its <c>OpenApiNamespace</c>), or
    /// <c>null</c> when the project uses the SDK's namespaces (<c>Procountor.Sdk.V2206</c>).
    /// </summary>
    public string? Namespace { get; }

    /// <summary>Loads and compiles the project. Failures to load are a <see cref="ProjectLoadException"/> naming the file.</summary>
    /// <param name="projectPath">The consumer's <c>.csproj</c>.</param>
    /// <param name="fromVersion">The version the code is written against (<c>--from</c>).</param>
    /// <param name="configuration">The build configuration whose outputs (the generator among them) the project references.</param>
    public static ProjectScanner Open(string projectPath, string fromVersion, string? configuration = null)
    {
        RegisterMsBuild();
        return Load(projectPath, fromVersion, configuration).GetAwaiter().GetResult();
    }

    /// <summary>Every usage of every entry's from-symbol in the project's own sources (generated code excluded).</summary>
    public ProjectUsages Find(MigrationReport report)
    {
        var index = new SymbolIndex(report.Entries);

        var usages = new List<SymbolUsage>();
        foreach (var tree in _compilation.SyntaxTrees.Where(IsOwnSource))
        {
            var model = _compilation.GetSemanticModel(tree);
            foreach (var (entry, location) in index.Uses(model))
            {
                var span = location.GetLineSpan();
                var line = tree.GetText().Lines[span.StartLinePosition.Line].ToString().Trim();
                usages.Add(new SymbolUsage(entry.Id, Relative(tree.FilePath), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, line));
            }
        }

        var ordered = usages.Distinct()
            .OrderBy(u => u.File, StringComparer.Ordinal).ThenBy(u => u.Line).ThenBy(u => u.Column).ThenBy(u => u.EntryId, StringComparer.Ordinal);
        return new ProjectUsages(_projectPath.Replace('\\', '/'), Namespace ?? report.FromNamespace, [.. ordered]);
    }

    private bool IsOwnSource(SyntaxTree tree) =>
        tree.FilePath.Length > 0
        && Path.GetFullPath(tree.FilePath).StartsWith(_directory + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        && !tree.FilePath.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private string Relative(string path) => Path.GetRelativePath(_directory, path).Replace('\\', '/');

    private static void RegisterMsBuild()
    {
        lock (LocatorGate)
        {
            if (!MSBuildLocator.IsRegistered)
            {
                MSBuildLocator.RegisterDefaults();
            }
        }
    }

    private static async Task<ProjectScanner> Load(string projectPath, string fromVersion, string? configuration)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (configuration is not null)
        {
            properties["Configuration"] = configuration;
        }

        using var workspace = MSBuildWorkspace.Create(properties);
        var problems = new List<string>();
        workspace.WorkspaceFailed += (_, e) =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                problems.Add(e.Diagnostic.Message);
            }
        };
        Project project;
        try
        {
            project = await workspace.OpenProjectAsync(Path.GetFullPath(projectPath)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or ArgumentException)
        {
            throw new ProjectLoadException($"{projectPath}: cannot load the project: {e.Message}");
        }

        if (problems.Count > 0 && !project.Documents.Any())
        {
            throw new ProjectLoadException($"{projectPath}: {problems[0]}");
        }

        // The generator is a reference like any other: if the project was not built, its client is not there to bind to.
        foreach (var analyzer in project.AnalyzerReferences)
        {
            if (analyzer.FullPath is { } file && !File.Exists(file))
            {
                throw new ProjectLoadException($"{projectPath}: analyzer {file} does not exist; build the project first (dotnet build{(configuration is null ? string.Empty : " -c " + configuration)})");
            }
        }

        var compilation = await project.GetCompilationAsync().ConfigureAwait(false)
            ?? throw new ProjectLoadException($"{projectPath}: the project has no C# compilation");
        var error = compilation.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error is not null)
        {
            // Unbound names would silently hide usages; a report on code that does not compile would be wrong.
            var at = error.Location.GetLineSpan();
            throw new ProjectLoadException($"{at.Path}:{at.StartLinePosition.Line + 1}:{at.StartLinePosition.Character + 1}: the project does not compile against {fromVersion}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return new ProjectScanner(projectPath, compilation, SpecNamespace(project, projectPath, fromVersion));
    }

    /// <summary>The namespace of the project's spec item for <paramref name="fromVersion"/> (generator item metadata).</summary>
    private static string? SpecNamespace(Project project, string projectPath, string fromVersion)
    {
        var items = new List<(string Version, string Namespace)>();
        foreach (var document in project.AdditionalDocuments)
        {
            var options = project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(new DocumentText(document));
            if (options.TryGetValue("build_metadata.AdditionalFiles.OpenApiSpec", out var spec) && spec.Equals("true", StringComparison.OrdinalIgnoreCase)
                && options.TryGetValue("build_metadata.AdditionalFiles.OpenApiVersionLabel", out var version) && version.Length > 0
                && options.TryGetValue("build_metadata.AdditionalFiles.OpenApiNamespace", out var ns) && ns.Length > 0)
            {
                items.Add((version.Trim(), ns.Trim()));
            }
        }

        if (items.Count == 0)
        {
            return null;
        }

        return items.FirstOrDefault(i => i.Version == fromVersion).Namespace
            ?? throw new ProjectLoadException($"{projectPath}: the project generates {string.Join(", ", items.Select(i => $"{i.Version} (namespace {i.Namespace})"))}, not --from {fromVersion}");
    }

    /// <summary>An additional document as the options provider expects it.</summary>
    private sealed class DocumentText(TextDocument document) : AdditionalText
    {
        public override string Path => document.FilePath ?? document.Name;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(CancellationToken cancellationToken = default) =>
            document.GetTextAsync(cancellationToken).GetAwaiter().GetResult();
    }
}

/// <summary>The project could not be loaded or compiled.</summary>
public sealed class ProjectLoadException(string message) : Exception(message);
