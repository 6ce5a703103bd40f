using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Procountor.Sdk.Analyzers.Tests.Infrastructure;

/// <summary>The test host's framework assemblies (no downloads) plus Procountor.Runtime, which generated clients call.</summary>
public static class References
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Lazy = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll" or "Microsoft.Win32.Primitives.dll"))
            .Append(typeof(Procountor.Runtime.ApiException).Assembly.Location)
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
    ]);

    public static ImmutableArray<MetadataReference> All => Lazy.Value;

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
}
