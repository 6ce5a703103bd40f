namespace Procountor.Migration.Model;

/// <summary>What kind of generated member a symbol is.</summary>
public enum SymbolKind
{
    /// <summary>A model, enum, union or client group type.</summary>
    Type,

    /// <summary>A property of a model.</summary>
    Property,

    /// <summary>A client method (one per operation; paged searches also have a walker).</summary>
    Method,

    /// <summary>A parameter of a client method.</summary>
    Parameter,

    /// <summary>A known value of a generated enum (a static property).</summary>
    EnumMember,
}

/// <summary>
/// A C# symbol of a generated client, named by <c>Procountor.OpenApi.Naming.DocumentNames</c> with the generator's
/// options, so that it is exactly what the consumer's code refers to.
/// </summary>
/// <param name="Kind">What it is.</param>
/// <param name="Namespace">The generated namespace: <c>Procountor.Sdk.V2312</c>.</param>
/// <param name="Type">The declaring type: <c>PaymentInfo</c>, <c>InvoicesApi</c>.</param>
/// <param name="Member">The member (property, method or enum value), or <c>null</c> for a type.</param>
/// <param name="Parameter">For parameters: the C# parameter name.</param>
/// <param name="Via">
/// For a field that moved into a nested object: the property of <see cref="Type"/> that now holds it
/// (<c>InvoicingInfo</c>), with <see cref="Member"/> the member of that property's type.
/// </param>
public sealed record CSharpSymbol(SymbolKind Kind, string Namespace, string Type, string? Member, string? Parameter = null, string? Via = null)
{
    /// <summary>The SDK's version segment (<c>V2312</c>), or a consumer's own namespace in full.</summary>
    public string ShortNamespace => Namespace.StartsWith(Naming.SymbolNamespaces.SdkPrefix, StringComparison.Ordinal) ? Namespace.Substring(Naming.SymbolNamespaces.SdkPrefix.Length) : Namespace;

    /// <summary>Type and member without the namespace: <c>PaymentInfo.BankReferenceCode</c>, <c>ProductsApi.GetProductsAsync(size)</c>.</summary>
    public string Local
    {
        get
        {
            var text = Type;
            if (Via is not null)
            {
                text += "." + Via;
            }

            if (Member is not null)
            {
                text += "." + Member;
            }

            return Parameter is null ? text : text + "(" + Parameter + ")";
        }
    }

    /// <summary>As reports show it: <c>V2312.PaymentInfo.BankReferenceCode</c>.</summary>
    public string Display => ShortNamespace + "." + Local;

    /// <summary>Fully qualified: <c>Procountor.Sdk.V2312.PaymentInfo.BankReferenceCode</c>.</summary>
    public string FullName => Namespace + "." + Local;

    /// <summary>Metadata name of the declaring type, for <c>Compilation.GetTypeByMetadataName</c>.</summary>
    public string TypeMetadataName => Namespace + "." + Type;

    /// <summary>The name a consumer wrote: the member, the parameter, or the type.</summary>
    public string Name => Parameter ?? Member ?? Type;

    /// <summary>True when the two symbols are the same C# code apart from the namespace (nothing to change in C#).</summary>
    public bool SameCodeAs(CSharpSymbol other) => Kind == other.Kind && Local == other.Local;
}
