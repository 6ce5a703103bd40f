using Procountor.OpenApi.Reading;

namespace Procountor.OpenApi.Naming;

/// <summary>What C# a schema turns into; decides which schemas get a type of their own (and so a name).</summary>
public enum SchemaShapeKind
{
    /// <summary>A <c>$ref</c>: the target's shape applies.</summary>
    Reference,

    /// <summary>A class with properties (also <c>allOf</c> compositions, flattened).</summary>
    Object,

    /// <summary>A string enum: a struct that keeps unknown values.</summary>
    Enum,

    /// <summary><c>oneOf</c>/<c>anyOf</c> of several variants.</summary>
    Union,

    /// <summary><c>allOf</c>/<c>oneOf</c>/<c>anyOf</c> of exactly one (non-null) schema: that schema, maybe nullable.</summary>
    Alias,

    Array,

    /// <summary>An object of <c>additionalProperties</c> only: a dictionary.</summary>
    Map,

    /// <summary>string, integer, number, boolean (including non-string enums).</summary>
    Primitive,

    /// <summary>No constraint on the value: raw JSON.</summary>
    Any,
}

/// <summary>The shape of one schema, decided from the schema alone (never from its uses).</summary>
public readonly record struct SchemaShape(SchemaShapeKind Kind, string? Type, bool Nullable)
{
    /// <summary>Whether the shape is emitted as a named C# type.</summary>
    public bool IsNamedType => Kind is SchemaShapeKind.Object or SchemaShapeKind.Enum or SchemaShapeKind.Union;

    /// <summary>
    /// Classifies <paramref name="schema"/>. <paramref name="isComponent"/>: a schema under <c>components/schemas</c>
    /// is a type even when it is a bare <c>type: object</c> (users name it); an inline bare object is raw JSON.
    /// </summary>
    public static SchemaShape Of(SpecNode schema, bool isComponent = false)
    {
        if (!schema.IsObject)
        {
            // `true` / `{}` accept anything; `false` accepts nothing, which C# cannot say either.
            return new SchemaShape(SchemaShapeKind.Any, null, true);
        }

        var (type, nullable) = TypeOf(schema);
        if (schema.GetString("$ref") is not null)
        {
            return new SchemaShape(SchemaShapeKind.Reference, null, nullable);
        }

        var composition = Composition(schema);
        if (composition is not null)
        {
            var members = NonNullMembers(composition);
            nullable |= members.Count < composition.Count;
            var isAllOf = composition.Key == "allOf";
            if (members.Count == 1 && !HasProperties(schema))
            {
                return new SchemaShape(SchemaShapeKind.Alias, type, nullable);
            }

            if (members.Count == 0)
            {
                return new SchemaShape(SchemaShapeKind.Any, null, true);
            }

            return new SchemaShape(isAllOf ? SchemaShapeKind.Object : SchemaShapeKind.Union, "object", nullable);
        }

        if (schema["enum"] is { IsArray: true } values && values.Count > 0 && IsStringEnum(type, values))
        {
            return new SchemaShape(SchemaShapeKind.Enum, "string", nullable || ContainsNull(values));
        }

        if (type == "array" || (type is null && schema.ContainsKey("items")))
        {
            return new SchemaShape(SchemaShapeKind.Array, "array", nullable);
        }

        if (type is "string" or "integer" or "number" or "boolean")
        {
            return new SchemaShape(SchemaShapeKind.Primitive, type, nullable);
        }

        if (type == "object" || HasProperties(schema) || schema.ContainsKey("additionalProperties"))
        {
            if (!HasProperties(schema) && schema["additionalProperties"] is { } extra && !(extra.Kind == SpecNodeKind.Boolean && !extra.AsBoolean()))
            {
                return new SchemaShape(SchemaShapeKind.Map, "object", nullable);
            }

            return HasProperties(schema) || isComponent
                ? new SchemaShape(SchemaShapeKind.Object, "object", nullable)
                : new SchemaShape(SchemaShapeKind.Any, null, true);
        }

        return new SchemaShape(SchemaShapeKind.Any, null, true);
    }

    /// <summary>The <c>allOf</c>, <c>oneOf</c> or <c>anyOf</c> array of a schema, in that order of preference.</summary>
    public static SpecNode? Composition(SpecNode schema)
    {
        foreach (var key in CompositionKeys)
        {
            if (schema[key] is { IsArray: true, Count: > 0 } members)
            {
                return members;
            }
        }

        return null;
    }

    /// <summary>Members of a composition that are not <c>{type: null}</c> (OpenAPI 3.1's way to say nullable).</summary>
    public static IReadOnlyList<SpecNode> NonNullMembers(SpecNode composition)
    {
        var members = new List<SpecNode>(composition.Count);
        foreach (var member in composition.Children)
        {
            if (!(member.IsObject && member.Count == 1 && member.GetString("type") == "null"))
            {
                members.Add(member);
            }
        }

        return members;
    }

    /// <summary>
    /// The schema's single non-null <c>type</c> and whether it admits null (3.0 <c>nullable: true</c>, 3.1
    /// <c>type: [x, "null"]</c>).
    /// </summary>
    public static (string? Type, bool Nullable) TypeOf(SpecNode schema)
    {
        var nullable = schema.GetBoolean("nullable") == true;
        var typeNode = schema["type"];
        if (typeNode is { Kind: SpecNodeKind.String })
        {
            return typeNode.Text == "null" ? (null, true) : (typeNode.Text, nullable);
        }

        if (typeNode is { IsArray: true })
        {
            string? single = null;
            foreach (var item in typeNode.Children)
            {
                if (item.Text == "null")
                {
                    nullable = true;
                }
                else if (single is null)
                {
                    single = item.Text;
                }
                else
                {
                    // Several non-null types (string or number...): no single C# type; raw JSON.
                    return (null, nullable);
                }
            }

            return (single, nullable);
        }

        return (null, nullable);
    }

    private static readonly string[] CompositionKeys = ["allOf", "oneOf", "anyOf"];

    private static bool HasProperties(SpecNode schema) => schema["properties"] is { IsObject: true, Count: > 0 };

    private static bool IsStringEnum(string? type, SpecNode values)
    {
        if (type is not (null or "string"))
        {
            return false;
        }

        var any = false;
        foreach (var value in values.Children)
        {
            if (value.Kind == SpecNodeKind.String)
            {
                any = true;
            }
            else if (value.Kind != SpecNodeKind.Null)
            {
                return false;
            }
        }

        return any;
    }

    private static bool ContainsNull(SpecNode values)
    {
        foreach (var value in values.Children)
        {
            if (value.Kind == SpecNodeKind.Null)
            {
                return true;
            }
        }

        return false;
    }
}
