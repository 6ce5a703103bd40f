using Procountor.OpenApi.Reading;

namespace Procountor.OpenApi.Naming;

/// <summary>
/// What an overlay (or an MSBuild item) says about names: the client's name, operation renames for vendor
/// operationId mistakes, and the paging convention (paged searches get an extra walker method).
/// </summary>
public sealed class NamingOptions
{
    public static NamingOptions Default { get; } = new();

    /// <summary>The client type's name; by default the document's <c>info.title</c> in Pascal case plus <c>Client</c>.</summary>
    public string? ClientName { get; init; }

    /// <summary>
    /// Operation renames, keyed by <c>METHOD /path</c> (<see cref="SpecOperation.Key"/>) or by operationId, valued with
    /// the name to use instead of the operationId (<c>approveLedgerReceipt</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> OperationNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public PagingConvention? Paging { get; init; }

    /// <summary>Batch GETs by comma-separated ids, which get an extra method taking any number of ids.</summary>
    public BatchConvention? Batch { get; init; }

    /// <summary>Returns a copy with another client name (an MSBuild item's metadata beats the overlay).</summary>
    public NamingOptions WithClientName(string? clientName) =>
        string.IsNullOrEmpty(clientName) ? this : new NamingOptions { ClientName = clientName, OperationNames = OperationNames, Paging = Paging, Batch = Batch };

    /// <summary>
    /// Reads the naming part of an overlay: <c>clientName</c>, <c>operations</c> (key → <c>{ name: ... }</c> or a bare
    /// name), <c>paging</c> and <c>batch</c>. Unknown members are ignored here; the generator validates the whole overlay.
    /// </summary>
    public static NamingOptions FromOverlay(SpecNode? overlay)
    {
        if (overlay is not { IsObject: true })
        {
            return Default;
        }

        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        if (overlay["operations"] is { IsObject: true } operations)
        {
            foreach (var entry in operations.Children)
            {
                var name = entry.Kind == SpecNodeKind.String ? entry.Text : entry.GetString("name");
                if (!string.IsNullOrEmpty(name))
                {
                    renames[entry.Key!] = name!;
                }
            }
        }

        PagingConvention? paging = null;
        if (overlay["paging"] is { IsObject: true } p)
        {
            paging = new PagingConvention(
                p.GetString("pageParameter") ?? "page",
                p.GetString("sizeParameter") ?? "size",
                p.GetString("resultsProperty") ?? "results",
                p.GetString("metaProperty") ?? "meta",
                p.GetString("totalCountProperty") ?? "totalCount",
                p["maxPageSize"]?.AsInt64() is { } max ? (int)max : null);
        }

        return new NamingOptions { ClientName = overlay.GetString("clientName"), OperationNames = renames, Paging = paging, Batch = BatchConvention.FromOverlay(overlay["batch"]) };
    }
}
