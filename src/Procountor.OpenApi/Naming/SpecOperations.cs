using Procountor.OpenApi.Reading;

namespace Procountor.OpenApi.Naming;

/// <summary>One operation of a document, with the path item's parameters merged in (operation-level ones win).</summary>
public sealed class SpecOperation
{
    internal SpecOperation(string method, string path, SpecNode node, IReadOnlyList<SpecParameter> parameters, SpecNode? requestBody)
    {
        Method = method;
        Path = path;
        Node = node;
        Parameters = parameters;
        RequestBody = requestBody;
        var tags = node["tags"];
        Tag = tags is { IsArray: true, Count: > 0 } && tags[0].Kind == SpecNodeKind.String ? tags[0].Text : null;
    }

    /// <summary>Upper case: <c>GET</c>, <c>PUT</c>...</summary>
    public string Method { get; }

    /// <summary>The path template as the document writes it: <c>/invoices/{invoiceId}</c>.</summary>
    public string Path { get; }

    /// <summary><c>PUT /ledgerreceipts/{receiptId}/approve</c>: how overlays name an operation across versions.</summary>
    public string Key => Method + " " + Path;

    public SpecNode Node { get; }

    public string Pointer => Node.Pointer;

    public string? OperationId => Node.GetString("operationId");

    /// <summary>The first tag, which decides the group; <c>null</c> when untagged.</summary>
    public string? Tag { get; }

    public IReadOnlyList<SpecParameter> Parameters { get; }

    /// <summary>The request body with <c>$ref</c> followed, or <c>null</c>.</summary>
    public SpecNode? RequestBody { get; }

    public SpecNode? Responses => Node["responses"] is { IsObject: true } responses ? responses : null;
}

/// <summary>
/// A parameter of an operation. <see cref="EntryPointer"/> is where the operation lists it (maybe a <c>$ref</c>);
/// <see cref="Node"/> is the parameter object itself.
/// </summary>
public sealed record SpecParameter(string EntryPointer, SpecNode Node, string Name, string In)
{
    public bool Required => In == "path" || Node.GetBoolean("required") == true;

    public SpecNode? Schema => Node["schema"];
}

/// <summary>Enumerates a document's operations in document order: paths in order, methods in order of appearance.</summary>
public static class SpecOperations
{
    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal)
    {
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    };

    public static IReadOnlyList<SpecOperation> Enumerate(SpecDocument document)
    {
        var operations = new List<SpecOperation>();
        if (document.Root["paths"] is not { IsObject: true } paths)
        {
            return operations;
        }

        foreach (var pathEntry in paths.Children)
        {
            var pathItem = document.Dereference(pathEntry);
            if (pathItem is not { IsObject: true })
            {
                continue;
            }

            foreach (var member in pathItem.Children)
            {
                if (!Methods.Contains(member.Key!) || !member.IsObject)
                {
                    continue;
                }

                var parameters = MergeParameters(document, pathItem["parameters"], member["parameters"]);
                var body = member["requestBody"] is { } requestBody ? document.Dereference(requestBody) : null;
                operations.Add(new SpecOperation(member.Key!.ToUpperInvariant(), pathEntry.Key!, member, parameters, body));
            }
        }

        return operations;
    }

    private static List<SpecParameter> MergeParameters(SpecDocument document, SpecNode? pathLevel, SpecNode? operationLevel)
    {
        var merged = new List<SpecParameter>();
        Add(document, pathLevel, merged);
        Add(document, operationLevel, merged);
        return merged;
    }

    private static void Add(SpecDocument document, SpecNode? list, List<SpecParameter> merged)
    {
        if (list is not { IsArray: true })
        {
            return;
        }

        foreach (var entry in list.Children)
        {
            if (document.Dereference(entry) is not { IsObject: true } parameter
                || parameter.GetString("name") is not { } name
                || parameter.GetString("in") is not { } location)
            {
                continue;
            }

            var replaced = merged.FindIndex(p => p.Name == name && p.In == location);
            var item = new SpecParameter(entry.Pointer, parameter, name, location);
            if (replaced >= 0)
            {
                merged[replaced] = item;
            }
            else
            {
                merged.Add(item);
            }
        }
    }
}
