using System.Collections.Immutable;

namespace Procountor.SpecDiff.Model;

/// <summary>Which side of an exchange a change concerns.</summary>
public enum ChangeSide
{
    /// <summary>The document or an operation as a whole (paths, security, info).</summary>
    None,

    /// <summary>What a client sends: parameters and request bodies.</summary>
    Request,

    /// <summary>What a client receives: responses, their headers and bodies.</summary>
    Response,
}

/// <summary>
/// The element a change is about, as structured data rather than prose: enough to match a release-note item
/// (<c>Schema.property</c>, parameter, endpoint) or to name the C# symbol the generator makes of it.
/// </summary>
/// <param name="Side">Request, response, or neither.</param>
/// <param name="Schemas">Component schemas on the way to the element, nearest first (<c>PaymentInfo</c>, <c>Invoice</c>).</param>
/// <param name="Fields">
/// The property as <c>Schema.property</c>, dotted further through inline objects, once per schema in <see cref="Schemas"/>
/// (nearest first): <c>PaymentInfo.bankReferenceCode</c>, <c>Invoice.paymentInfo.bankReferenceCode</c>.
/// </param>
/// <param name="PropertyPath">The property's path from the body, parameter or header schema (<c>paymentInfo/bankReferenceCode</c>, <c>rows[]/amount</c>).</param>
/// <param name="Parameter">The parameter name, for parameter changes.</param>
/// <param name="ParameterIn">Where the parameter is: <c>path</c>, <c>query</c>, <c>header</c>, <c>cookie</c>.</param>
/// <param name="MediaType">The request or response media type, where one applies.</param>
/// <param name="Status">The response status, where one applies.</param>
/// <param name="Header">The response header, for header changes.</param>
/// <param name="Detail">The item a list change is about (an enum value, a tag, a scope), else <c>null</c>.</param>
public sealed record ChangeTarget(
    ChangeSide Side,
    ImmutableArray<string> Schemas,
    ImmutableArray<string> Fields,
    string? PropertyPath,
    string? Parameter,
    string? ParameterIn,
    string? MediaType,
    string? Status,
    string? Header,
    string? Detail)
{
    public static readonly ChangeTarget None = new(ChangeSide.None, [], [], null, null, null, null, null, null, null);

    /// <summary>The nearest component schema, if any.</summary>
    public string? Schema => Schemas.IsDefaultOrEmpty ? null : Schemas[0];

    /// <summary>The most specific <c>Schema.property</c> name, if any.</summary>
    public string? Field => Fields.IsDefaultOrEmpty ? null : Fields[0];
}
