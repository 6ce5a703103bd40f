using Procountor.Migration.Aggregation;
using Procountor.Migration.Model;
using Procountor.OpenApi.Naming;
using Procountor.OpenApi.Reading;
using Procountor.SpecDiff.Loading;
using Procountor.SpecDiff.Model;

namespace Procountor.Migration.Naming;

/// <summary>
/// The C# symbols of one document's generated client, for spec elements. Every name comes from
/// <see cref="DocumentNames"/> computed with the generator's options for the document, never from a rule of our own.
/// </summary>
public sealed class SymbolNamer
{
    private readonly LoadedSpec _spec;
    private readonly DocumentNames _names;
    private readonly Dictionary<string, SpecOperation> _operations;
    private readonly Lazy<HashSet<string>> _typeNames;

    public SymbolNamer(LoadedSpec spec, NamingOptions options, string ns)
    {
        _spec = spec;
        Namespace = ns;
        _names = DocumentNames.Compute(spec.Document, options);
        _operations = SpecOperations.Enumerate(spec.Document).ToDictionary(o => o.Key, StringComparer.Ordinal);
        _typeNames = new(() => _names.TypePointers.Select(p => _names.TypeNameOf(p)!).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The generated namespace: <c>Procountor.Sdk.V2312</c>.</summary>
    public string Namespace { get; }

    public LoadedSpec Spec => _spec;

    /// <summary>The element's symbol in this document, or <c>null</c> when the element is not here or has no symbol.</summary>
    public CSharpSymbol? Name(Element element) => element.Kind switch
    {
        ElementKind.Operation => Operation(element.Operation!) is { } op ? MethodOf(op) : null,
        ElementKind.Parameter => ParameterOf(element),
        ElementKind.Property => PropertyAt(element.Pointer),
        ElementKind.EnumValue => EnumMemberOf(element),
        ElementKind.Schema => _names.TypeNameOf(element.Pointer) is { } type ? new CSharpSymbol(SymbolKind.Type, Namespace, type, null) : null,
        _ => null,
    };

    /// <summary>The element's place in this document, or <c>null</c> when it is not here.</summary>
    public SpecLocation? Locate(Element element)
    {
        var node = element.Kind switch
        {
            ElementKind.Operation => Operation(element.Operation!)?.Node,
            ElementKind.Parameter => FindParameter(element)?.Node,
            ElementKind.EnumValue => EnumValueNode(element),
            _ => _spec.Document.Root.Resolve(element.Pointer),
        };
        return node is null ? null : new SpecLocation(_spec.File, node.Pointer, node.Position.Line, node.Position.Column);
    }

    /// <summary>
    /// The symbol of a field written as release notes write it, <c>Schema.property</c> or, for a field inside a nested
    /// object, <c>Schema.holder.property</c> (the holder becomes <see cref="CSharpSymbol.Via"/>).
    /// </summary>
    public CSharpSymbol? Field(string field)
    {
        var parts = field.Split('.');
        if (parts.Length < 2)
        {
            return null;
        }

        var typePointer = "/components/schemas/" + JsonPointer.Escape(parts[0]);
        var owner = _names.TypeNameOf(typePointer);
        if (owner is null)
        {
            return null;
        }

        var via = new List<string>();
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var name = _names.PropertyNameOf(typePointer, parts[i]);
            var next = PropertyType(typePointer, parts[i]);
            if (name is null || next is null)
            {
                return null;
            }

            via.Add(name);
            typePointer = next;
        }

        var member = _names.PropertyNameOf(typePointer, parts[^1]);
        return member is null ? null : new CSharpSymbol(SymbolKind.Property, Namespace, owner, member, Via: via.Count > 0 ? string.Join(".", via) : null);
    }

    /// <summary>The pointer of a field written <c>Schema.property</c>, when it is a direct property of a component schema here.</summary>
    public string? FieldPointer(string field)
    {
        var parts = field.Split('.');
        if (parts.Length != 2)
        {
            return null;
        }

        var pointer = JsonPointer.Append("/components/schemas", parts[0], "properties", parts[1]);
        return _spec.Document.Root.Resolve(pointer) is null ? null : pointer;
    }

    /// <summary>The type generated for the schema a property holds (itself, or the items of an array), if it has one.</summary>
    public CSharpSymbol? InlineTypeOf(string propertyPointer)
    {
        foreach (var candidate in new[] { propertyPointer, propertyPointer + "/items" })
        {
            if (_names.TypeNameOf(candidate) is { } type)
            {
                return new CSharpSymbol(SymbolKind.Type, Namespace, type, null);
            }
        }

        return null;
    }

    /// <summary>The client's group of an operation: its type (<c>UsersApi</c>) and the client's property for it (<c>Users</c>).</summary>
    public (CSharpSymbol Type, CSharpSymbol Property)? GroupOf(string operation) =>
        Operation(operation) is { } op && _names.OperationOf(op.Pointer) is { } naming
            ? (new CSharpSymbol(SymbolKind.Type, Namespace, naming.GroupType, null), new CSharpSymbol(SymbolKind.Property, Namespace, _names.ClientName, naming.GroupProperty))
            : null;

    /// <summary>True when some operation of this client is in the group of that type.</summary>
    public bool HasGroup(string groupType) => _names.Operations.Any(o => o.GroupType == groupType);

    /// <summary>True when this client has a type of that name.</summary>
    public bool HasType(string name) => _typeNames.Value.Contains(name);

    private SpecOperation? Operation(string key) => _operations.GetValueOrDefault(key);

    private CSharpSymbol? MethodOf(SpecOperation operation) =>
        _names.OperationOf(operation.Pointer) is { } naming ? new CSharpSymbol(SymbolKind.Method, Namespace, naming.GroupType, naming.Method) : null;

    private SpecParameter? FindParameter(Element element) =>
        Operation(element.Operation!)?.Parameters.FirstOrDefault(p => p.In == element.ParameterIn && p.Name == element.ParameterName);

    private CSharpSymbol? ParameterOf(Element element)
    {
        if (Operation(element.Operation!) is not { } operation || _names.OperationOf(operation.Pointer) is not { } naming)
        {
            return null;
        }

        return naming.ParameterOf(element.ParameterIn, element.ParameterName) is { } parameter
            ? new CSharpSymbol(SymbolKind.Parameter, Namespace, naming.GroupType, naming.Method, parameter)
            : null;
    }

    private CSharpSymbol? PropertyAt(string pointer)
    {
        if (_spec.Document.Root.Resolve(pointer) is null)
        {
            return null;
        }

        var holder = pointer.Substring(0, pointer.LastIndexOf("/properties/", StringComparison.Ordinal));
        var type = TypeOwning(holder);
        var member = _names.PropertyNameOf(pointer);
        return type is null || member is null ? null : new CSharpSymbol(SymbolKind.Property, Namespace, type, member);
    }

    /// <summary>The type of a schema that declares properties: itself, or the schema whose inline <c>allOf</c> member it is.</summary>
    private string? TypeOwning(string schemaPointer)
    {
        for (var pointer = schemaPointer; pointer.Length > 0;)
        {
            if (_names.TypeNameOf(pointer) is { } name)
            {
                return name;
            }

            var segments = JsonPointer.Split(pointer);
            if (segments.Count < 2 || segments[^2] != "allOf")
            {
                return null;
            }

            pointer = JsonPointer.Append(string.Empty, [.. segments.Take(segments.Count - 2)]);
        }

        return null;
    }

    private SpecNode? EnumHolder(Element element)
    {
        var holder = element.Operation is not null
            ? FindParameter(Element.OfParameter(element.Operation, element.Pointer.Substring(0, element.Pointer.IndexOf(':')), element.Pointer.Substring(element.Pointer.IndexOf(':') + 1)))?.Schema
            : _spec.Document.Root.Resolve(element.Pointer);
        holder = holder is null ? null : _spec.Document.Dereference(holder);
        if (holder is not null && holder["enum"] is null && holder["items"] is { } items)
        {
            holder = _spec.Document.Dereference(items);
        }

        return holder is { IsObject: true } && holder["enum"] is { IsArray: true } ? holder : null;
    }

    private SpecNode? EnumValueNode(Element element) =>
        EnumHolder(element)?["enum"]!.Children.FirstOrDefault(v => v.Kind == SpecNodeKind.String && v.Text == element.Value);

    private CSharpSymbol? EnumMemberOf(Element element)
    {
        if (EnumValueNode(element) is not { } value || _names.TypeNameOf(value.Parent!.Parent!.Pointer) is not { } type)
        {
            return null;
        }

        return _names.EnumMemberNameOf(value.Pointer) is { } member ? new CSharpSymbol(SymbolKind.EnumMember, Namespace, type, member) : null;
    }

    private string? PropertyType(string typePointer, string jsonName)
    {
        var property = _spec.Document.Root.Resolve(JsonPointer.Append(typePointer, "properties", jsonName));
        var target = property is null ? null : _spec.Document.Dereference(property);
        return target is not null && _names.TypeNameOf(target.Pointer) is not null ? target.Pointer : null;
    }
}
