using Contoso.Accounting.Procountor;

namespace Contoso.Accounting;

/// <summary>Reads products and journal receipts through the 20.01 client.</summary>
public sealed class Catalogue(ProcountorClient client)
{
    public async Task<IReadOnlyList<string>> ProductNamesAsync(CancellationToken cancellationToken)
    {
        var response = await client.Products.GetProductsAsync(limit: 50, cancellationToken: cancellationToken);
        return response.Value.Products?.Select(p => p.Name ?? string.Empty).ToList() ?? [];
    }

    public async Task<IReadOnlyList<int>> ReceiptIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        await foreach (var receipt in client.LedgerReceipts.SearchLedgerReceiptAllAsync(cancellationToken: cancellationToken))
        {
            if (receipt.ReceiptId is { } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
