using Procountor.Migration.Table;
using Procountor.Migration.Tests.Infrastructure;

namespace Procountor.Migration.Tests;

/// <summary>The analyzer ships a table the CLI computes; the committed copy must be what the CLI computes now.</summary>
public sealed class MigrationTableTests
{
    [Fact]
    public void The_committed_analyzer_table_is_what_migrate_table_computes()
    {
        var committed = File.ReadAllText(Path.Combine(Bundled.RepoRoot, "src", "Procountor.Sdk.Analyzers", "MigrationTable.tsv"));
        var computed = MigrationTableBuilder.Build(Bundled.Repository).Write();
        Assert.True(committed == computed, "src/Procountor.Sdk.Analyzers/MigrationTable.tsv is stale: run `procountor migrate --table -o src/Procountor.Sdk.Analyzers/MigrationTable.tsv`");
    }
}
