using Procountor.OpenApi.Reading;

namespace Procountor.OpenApi.Naming;

/// <summary>
/// Batch GETs: operations whose one path parameter takes several comma-separated ids (Procountor's
/// <c>GET /invoices/{invoiceId}</c>), answering one id with the resource and several with an array of them. Each such
/// operation also gets a method that takes any number of ids, named by the overlay (<c>getInvoices</c>).
/// </summary>
/// <param name="MaxIds">The most ids one request may carry.</param>
/// <param name="Operations">The batch GETs by <c>METHOD /path</c> or operationId.</param>
public sealed record BatchConvention(int MaxIds, IReadOnlyDictionary<string, BatchOperation> Operations)
{
    /// <summary>What the overlay says about <paramref name="operation"/>, or <c>null</c> when it is not a batch GET.</summary>
    public BatchOperation? Of(SpecOperation operation)
    {
        if (operation.Method != "GET" || operation.Parameters.Count(p => p.In == "path") != 1)
        {
            return null;
        }

        if (Operations.TryGetValue(operation.Key, out var byKey))
        {
            return byKey;
        }

        return operation.OperationId is { } id && Operations.TryGetValue(id, out var byId) ? byId : null;
    }

    /// <summary>Reads the overlay's <c>batch</c> block; entries without a name are left out.</summary>
    public static BatchConvention? FromOverlay(SpecNode? batch)
    {
        if (batch is not { IsObject: true })
        {
            return null;
        }

        var defaultIds = Names(batch["idProperty"]) ?? ["id"];
        var operations = new Dictionary<string, BatchOperation>(StringComparer.Ordinal);
        if (batch["operations"] is { IsObject: true } entries)
        {
            foreach (var entry in entries.Children)
            {
                var name = entry.Kind == SpecNodeKind.String ? entry.Text : entry.GetString("name");
                if (!string.IsNullOrEmpty(name))
                {
                    operations[entry.Key!] = new BatchOperation(name!, Names(entry["idProperty"]) ?? defaultIds);
                }
            }
        }

        var maxIds = batch["maxIds"]?.AsInt64() is { } max and > 0 and <= int.MaxValue ? (int)max : 200;
        return new BatchConvention(maxIds, operations);
    }

    private static IReadOnlyList<string>? Names(SpecNode? node) => node switch
    {
        { Kind: SpecNodeKind.String, Text: { Length: > 0 } one } => [one],
        { IsArray: true } list => list.Children.Where(c => c.Kind == SpecNodeKind.String && c.Text!.Length > 0).Select(c => c.Text!).ToArray(),
        _ => null,
    };
}

/// <summary>One batch GET: the batch method's name, and the resource members that may hold its id, first present wins.</summary>
public sealed record BatchOperation(string Name, IReadOnlyList<string> IdProperties);
