using Procountor.Migration.Naming;
using Procountor.OpenApi.Naming;
using Procountor.SpecDiff.Rules;

namespace Procountor.Migration;

/// <summary>How a migration is planned.</summary>
public sealed record MigrationOptions
{
    /// <summary>The generator's naming options for the documents (read from the overlay the SDK's generator items name).</summary>
    public NamingOptions Naming { get; init; } = NamingOptions.Default;

    public SymbolNamespaces Namespaces { get; init; } = new();

    public RuleOptions Rules { get; init; } = new();
}
