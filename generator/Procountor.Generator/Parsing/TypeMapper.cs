using Procountor.Generator.Model;
using Procountor.OpenApi.Naming;
using Procountor.OpenApi.Reading;

namespace Procountor.Generator.Parsing;

/// <summary>Maps schemas to C# types, reporting references that go nowhere.</summary>
internal sealed class TypeMapper
{
    private readonly SpecDocument _document;
    private readonly DocumentNames _names;
    private readonly GeneratorOverlay _overlay;
    private readonly DiagnosticSink _diagnostics;
    private readonly HashSet<string> _mapping = new(StringComparer.Ordinal);

    public TypeMapper(SpecDocument document, DocumentNames names, GeneratorOverlay overlay, DiagnosticSink diagnostics)
    {
        _document = document;
        _names = names;
        _overlay = overlay;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// The C# type of <paramref name="schema"/> and whether it admits null. <paramref name="binaryAllowed"/>: in a
    /// request or response body a <c>format: binary</c> string is a stream; inside JSON it is text.
    /// </summary>
    public (TypeRef Type, bool Nullable) Map(SpecNode? schema, bool binaryAllowed = false)
    {
        if (schema is null)
        {
            return (TypeRef.Json, true);
        }

        var target = Follow(schema);
        if (target is null)
        {
            return (TypeRef.Json, true);
        }

        var shape = SchemaShape.Of(target, IsComponentSchema(target));
        var nullable = shape.Nullable;
        if (_names.TypeNameOf(target.Pointer) is { } name)
        {
            var kind = shape.Kind switch
            {
                SchemaShapeKind.Enum => TypeKind.Enum,
                SchemaShapeKind.Union => TypeKind.Union,
                _ => TypeKind.Model,
            };
            return (new TypeRef(kind, name), nullable);
        }

        // Unnamed shapes may contain themselves (an array of itself); such a cycle has no C# type.
        if (!_mapping.Add(target.Pointer))
        {
            _diagnostics.Add(DiagnosticDescriptors.ReferenceCycle, schema, schema.GetString("$ref") ?? target.Pointer);
            return (TypeRef.Json, true);
        }

        try
        {
            return MapUnnamed(target, shape, binaryAllowed);
        }
        finally
        {
            _mapping.Remove(target.Pointer);
        }
    }

    /// <summary>Follows a <c>$ref</c> chain to a schema, reporting dangling references and reference loops.</summary>
    public SpecNode? Follow(SpecNode schema)
    {
        var node = schema;
        for (var hops = 0; node.IsObject && node.GetString("$ref") is { } reference; hops++)
        {
            if (hops > 32)
            {
                _diagnostics.Add(DiagnosticDescriptors.ReferenceCycle, schema, reference);
                return null;
            }

            var resolution = _document.ResolveRef(reference);
            if (resolution.Target is null)
            {
                var why = resolution.Failure switch
                {
                    RefFailure.External => "points into another file, which the generator does not read",
                    RefFailure.Malformed => "is not a JSON pointer",
                    _ => "points at nothing in the document",
                };
                _diagnostics.Add(DiagnosticDescriptors.UnresolvedReference, node["$ref"]!, reference, why);
                return null;
            }

            node = resolution.Target;
        }

        return node;
    }

    private (TypeRef Type, bool Nullable) MapUnnamed(SpecNode schema, SchemaShape shape, bool binaryAllowed)
    {
        switch (shape.Kind)
        {
            case SchemaShapeKind.Array:
                var (item, _) = Map(schema["items"]);
                return (new TypeRef(TypeKind.Array, null, item), shape.Nullable);
            case SchemaShapeKind.Map:
                var values = schema["additionalProperties"];
                var (value, _) = values is { IsObject: true } ? Map(values) : (TypeRef.Json, true);
                return (new TypeRef(TypeKind.Map, null, value), shape.Nullable);
            case SchemaShapeKind.Alias:
                var member = SchemaShape.NonNullMembers(SchemaShape.Composition(schema)!)[0];
                var (aliased, nullable) = Map(member, binaryAllowed);
                return (aliased, nullable || shape.Nullable);
            case SchemaShapeKind.Primitive:
                return (Primitive(shape.Type!, schema.GetString("format"), binaryAllowed), shape.Nullable);
            default:
                return (TypeRef.Json, true);
        }
    }

    private TypeRef Primitive(string type, string? format, bool binaryAllowed) => type switch
    {
        "boolean" => new TypeRef(TypeKind.Boolean),
        "integer" => format switch
        {
            "int32" => new TypeRef(TypeKind.Int32),
            "int64" => new TypeRef(TypeKind.Int64),
            _ => new TypeRef(_overlay.Integer),
        },
        "number" => format switch
        {
            "double" => new TypeRef(TypeKind.Double),
            "float" => new TypeRef(TypeKind.Single),
            "int32" => new TypeRef(TypeKind.Int32),
            "int64" => new TypeRef(TypeKind.Int64),
            _ => new TypeRef(_overlay.Number),
        },
        _ => format switch
        {
            "date" => new TypeRef(TypeKind.Date),
            "date-time" => new TypeRef(_overlay.DateTime == DateTimeMapping.Unspecified ? TypeKind.LocalDateTime : TypeKind.DateTimeOffset),
            "uuid" => new TypeRef(TypeKind.Guid),
            "byte" => new TypeRef(TypeKind.Bytes),
            "binary" when binaryAllowed => TypeRef.Binary,
            _ => TypeRef.String,
        },
    };

    private static bool IsComponentSchema(SpecNode schema) =>
        schema.Parent is { Key: "schemas", Parent: { Key: "components", Parent.Parent: null } };
}
