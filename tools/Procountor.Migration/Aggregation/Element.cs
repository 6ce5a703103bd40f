namespace Procountor.Migration.Aggregation;

/// <summary>What kind of spec element a change is about.</summary>
public enum ElementKind
{
    Operation,
    Parameter,
    Property,
    EnumValue,
    Schema,
}

/// <summary>
/// A spec element with an identity that holds across documents: an operation (<c>METHOD /path</c>), a parameter of
/// one, a property or an enum value (by pointer), or a component schema. Two changes about the same element in
/// different operations or releases have equal elements.
/// </summary>
/// <param name="Kind">What it is.</param>
/// <param name="Operation">The operation, for operations and parameters.</param>
/// <param name="Pointer">The element's pointer: property, enum-holding schema, component schema; for parameters <c>in:name</c>.</param>
/// <param name="Value">The enum value, for enum values.</param>
public sealed record Element(ElementKind Kind, string? Operation, string Pointer, string? Value = null)
{
    public string Key => Kind + "|" + Operation + "|" + Pointer + "|" + Value;

    public static Element OfOperation(string operation) => new(ElementKind.Operation, operation, string.Empty);

    public static Element OfParameter(string operation, string location, string name) => new(ElementKind.Parameter, operation, location + ":" + name);

    /// <summary>For parameters: <c>query</c>, <c>path</c>, …</summary>
    public string ParameterIn => Pointer.Substring(0, Pointer.IndexOf(':'));

    /// <summary>For parameters: the spec name.</summary>
    public string ParameterName => Pointer.Substring(Pointer.IndexOf(':') + 1);
}
