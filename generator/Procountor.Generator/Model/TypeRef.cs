namespace Procountor.Generator.Model;

/// <summary>What a schema maps to in C#, as far as reading, writing and declaring a value need to know.</summary>
internal enum TypeKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Decimal,
    Double,
    Single,
    Date,
    DateTimeOffset,

    /// <summary>An offset-less date-time: <see cref="System.DateTime"/> of kind Unspecified.</summary>
    LocalDateTime,
    Guid,
    Bytes,

    /// <summary>Raw JSON (<c>JsonElement</c>).</summary>
    Json,
    Model,
    Enum,
    Union,
    Array,
    Map,

    /// <summary>A binary body: <c>Stream</c> out, <c>ApiFile</c>/<c>Stream</c> in.</summary>
    Binary,
}

/// <summary>A C# type; <see cref="Name"/> is the simple name of a generated type, <see cref="Element"/> the item/value type.</summary>
internal sealed record TypeRef(TypeKind Kind, string? Name = null, TypeRef? Element = null)
{
    public static readonly TypeRef Json = new(TypeKind.Json);
    public static readonly TypeRef String = new(TypeKind.String);
    public static readonly TypeRef Binary = new(TypeKind.Binary);

    /// <summary>Value types become <c>Nullable&lt;T&gt;</c> when optional; reference types get <c>?</c>.</summary>
    public bool IsValueType => Kind is not (TypeKind.String or TypeKind.Bytes or TypeKind.Model or TypeKind.Union or TypeKind.Array or TypeKind.Map or TypeKind.Binary);
}
