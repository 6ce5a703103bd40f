namespace Procountor.OpenApi.Naming;

/// <summary>The C# name of one property of a type, with where the property is declared in the spec.</summary>
public sealed record PropertyNaming(string JsonName, string Name, string Pointer);

/// <summary>The C# names of one operation: the group it lives in, its methods and its parameters.</summary>
public sealed class OperationNaming
{
    internal OperationNaming(string pointer, string key, string baseName, string groupProperty, string method)
    {
        Pointer = pointer;
        Key = key;
        BaseName = baseName;
        GroupProperty = groupProperty;
        Method = method;
    }

    public string Pointer { get; }

    /// <summary><c>METHOD /path</c>.</summary>
    public string Key { get; }

    /// <summary>The operation's name without suffix, e.g. <c>GetInvoice</c>; inline types of the operation start with it.</summary>
    public string BaseName { get; }

    /// <summary>The client's property for the group (tag): <c>Invoices</c>.</summary>
    public string GroupProperty { get; }

    /// <summary>The group's type: <c>InvoicesApi</c>.</summary>
    public string GroupType { get; internal set; } = string.Empty;

    /// <summary>The method: <c>GetInvoiceAsync</c>.</summary>
    public string Method { get; }

    /// <summary>For paged searches, the method that walks every page: <c>GetInvoicesAllAsync</c>; else <c>null</c>.</summary>
    public string? PagerMethod { get; internal set; }

    /// <summary>For batch GETs, the method that takes any number of ids: <c>GetInvoicesAsync</c>; else <c>null</c>.</summary>
    public string? BatchMethod { get; internal set; }

    /// <summary>For batch GETs, the batch method's parameter that takes the ids: <c>invoiceIds</c>; else <c>null</c>.</summary>
    public string? BatchIdsParameter { get; internal set; }

    internal Dictionary<string, string> ParametersByKey { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, string> ParametersByPointer { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The C# parameter for a spec parameter (<paramref name="location"/> <c>path</c>, <c>query</c>, <c>header</c>,
    /// <c>cookie</c>), a form field (<c>form</c>, by property name) or the body (<c>body</c>, name <c>body</c>).
    /// </summary>
    public string? ParameterOf(string location, string name) =>
        ParametersByKey.TryGetValue(location + ":" + name, out var parameter) ? parameter : null;

    /// <summary>The C# parameter for the spec parameter listed at <paramref name="entryPointer"/> (its <c>parameters</c> entry).</summary>
    public string? ParameterAt(string entryPointer) =>
        ParametersByPointer.TryGetValue(entryPointer, out var parameter) ? parameter : null;

    /// <summary>Every parameter in claim order: key (<c>query:size</c>) and C# name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters => ParameterOrder;

    internal List<KeyValuePair<string, string>> ParameterOrder { get; } = [];
}

/// <summary>Two spec names wanted the same C# name; the later one got a numbered name.</summary>
public sealed record NameConflict(NameConflictKind Kind, string Pointer, string Desired, string Assigned);

public enum NameConflictKind
{
    Type,
    Property,
    EnumMember,
    OperationId,
}
