using System.Collections.Immutable;
using Procountor.Migration.Model;

namespace Procountor.Migration.Usages;

/// <summary>Where a consumer's project uses the symbols of a migration report.</summary>
/// <param name="Project">The project file as given (forward slashes).</param>
/// <param name="Namespace">The namespace of the consumer's generated client for the from-version.</param>
/// <param name="Usages">Every usage, by file, line and column.</param>
public sealed record ProjectUsages(string Project, string Namespace, ImmutableArray<SymbolUsage> Usages)
{
    public IEnumerable<SymbolUsage> Of(MigrationEntry entry) => Usages.Where(u => u.EntryId == entry.Id);

    /// <summary>The entries the project uses, in report order.</summary>
    public IEnumerable<MigrationEntry> UsedEntries(MigrationReport report) => report.Entries.Where(e => Usages.Any(u => u.EntryId == e.Id));
}

/// <summary>One place in the consumer's code that uses a report symbol.</summary>
/// <param name="EntryId">The entry whose <c>From</c> symbol is used.</param>
/// <param name="File">Path relative to the project's directory, forward slashes.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Code">The line's text, trimmed.</param>
public sealed record SymbolUsage(string EntryId, string File, int Line, int Column, string Code)
{
    public string Location => $"{File}:{Line}";
}
