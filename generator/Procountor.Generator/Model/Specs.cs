namespace Procountor.Generator.Model;

/// <summary>One spec file and its settings, as the pipeline first sees it.</summary>
internal sealed record SpecSource(
    string Path,
    string Text,
    string? Namespace,
    string? ClientName,
    string? VersionLabel,
    string? OverlayPath,
    string RootNamespace);

/// <summary>An overlay file's path and text.</summary>
internal sealed record OverlaySource(string Path, string Text);

/// <summary>A spec with the text of its overlay (if it names one and the file was found).</summary>
internal sealed record SpecInput(SpecSource Spec, OverlaySource? Overlay);

/// <summary>A spec read into models, plus what went wrong; <see cref="Document"/> is <c>null</c> when nothing could be generated.</summary>
internal sealed record ParseResult(DocumentSpec? Document, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Everything emitted for one document.</summary>
internal sealed record DocumentSpec(
    string Namespace,
    string ClientName,
    string VersionLabel,
    string? Title,
    EquatableArray<TypeSpec> Types,
    EquatableArray<OperationSpec> Operations);

internal enum TypeSpecKind
{
    Object,
    Enum,
    Union,
}

/// <summary>A generated model, enum or union. Kept independent of the document so that each emits alone.</summary>
internal sealed record TypeSpec(
    TypeSpecKind Kind,
    string Name,
    string Pointer,
    string? Doc,
    EquatableArray<PropertySpec> Properties,
    string? AdditionalPropertiesName,
    TypeRef? AdditionalPropertiesType,
    EquatableArray<EnumMemberSpec> EnumMembers,
    EquatableArray<VariantSpec> Variants,
    string? DiscriminatorProperty);

internal sealed record PropertySpec(
    string JsonName,
    string Name,
    TypeRef Type,
    bool Required,
    bool Nullable,
    bool ReadOnly,
    string? Doc,
    ConstraintSpec Constraints);

/// <summary>Constraints kept for client-side validation; numbers as written in the spec.</summary>
internal sealed record ConstraintSpec(
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    string? Minimum,
    string? Maximum,
    bool ExclusiveMinimum,
    bool ExclusiveMaximum,
    int? MinItems,
    int? MaxItems)
{
    public static readonly ConstraintSpec None = new(null, null, null, null, null, false, false, null, null);
}

internal sealed record EnumMemberSpec(string Name, string Value);

/// <summary>
/// A union variant. <see cref="DiscriminatorValues"/>: the discriminator values that select it.
/// <see cref="JsonProperties"/>/<see cref="RequiredProperties"/>: for object variants without a discriminator, how
/// well a JSON object fits.
/// </summary>
internal sealed record VariantSpec(
    string Name,
    TypeRef Type,
    EquatableArray<string> DiscriminatorValues,
    EquatableArray<string> JsonProperties,
    EquatableArray<string> RequiredProperties);

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
    Body,
    FormField,
}

internal sealed record ParameterSpec(
    string Name,
    string SpecName,
    ParameterLocation Location,
    TypeRef Type,
    bool Required,
    string? Doc,
    bool Explode,
    ConstraintSpec Constraints);

internal enum BodyKind
{
    None,
    Json,
    Multipart,
    Form,
    Binary,
    Text,
}

internal enum ResponseKind
{
    None,
    Json,
    Binary,
    Text,
}

internal sealed record ErrorSpec(string Status, TypeRef Type);

/// <summary>
/// A paged search: the page parameter, how to find the items and the total count in a page, and the page size the
/// walker asks for when the caller gives none (the overlay's <c>maxPageSize</c>: the fewest requests).
/// </summary>
internal sealed record PagingSpec(
    string PagerMethod,
    string PageParameter,
    string? SizeParameter,
    string ResultsProperty,
    string MetaProperty,
    string? TotalCountProperty,
    TypeRef ItemType,
    bool TotalCountIsValueType,
    int? DefaultPageSize);

/// <summary>
/// A batch GET: <see cref="Method"/> takes any number of ids as <see cref="IdsParameter"/> in place of the
/// comma-separated <see cref="PathParameter"/>, sends at most <see cref="MaxIds"/> per request and merges the
/// resources by their <see cref="IdProperty"/>.
/// </summary>
internal sealed record BatchSpec(string Method, string IdsParameter, string PathParameter, string IdProperty, int MaxIds);

internal sealed record OperationSpec(
    string GroupProperty,
    string GroupType,
    string Method,
    string HttpMethod,
    string PathTemplate,
    string OperationId,
    string? Summary,
    string? Doc,
    EquatableArray<ParameterSpec> Parameters,
    BodyKind BodyKind,
    string? BodyContentType,
    ResponseKind ResponseKind,
    TypeRef? ResponseType,
    EquatableArray<ErrorSpec> Errors,
    PagingSpec? Paging,
    BatchSpec? Batch);
