using System.Reflection;
using Procountor.Migration.Model;
using Procountor.Specs;

namespace Procountor.Migration.Tests.Infrastructure;

/// <summary>The repository's specs tree and the one 20.01 → 23.12 report the tests share (planning it once).</summary>
public static class Bundled
{
    private static readonly Lazy<MigrationReport> LazyReport = new(() => Planner().Plan(Repository!, "20.01", "23.12"));

    public static SpecsRepository Repository { get; } = SpecsRepository.Discover(AppContext.BaseDirectory);

    public static MigrationReport Report => LazyReport.Value;

    public static string RepoRoot => Path.GetFullPath(Path.Combine(Repository.Directory, "..", ".."));

    /// <summary>The configuration this test assembly was built in; the sample was built in the same one.</summary>
    public static string Configuration => typeof(Bundled).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static MigrationPlanner Planner() => new(MigrationPlanner.ForRepository(Repository));
}
