using System.Globalization;
using Procountor.OpenApi.Reading;

namespace Procountor.OpenApi.Naming;

/// <summary>
/// Every C# name the generator gives a document's parts, answered by JSON pointer. The generator takes all its names
/// from here and so do the migration report and analyzer, so they can never disagree about a symbol.
/// </summary>
/// <remarks>
/// Names are claimed in one fixed order, so that a numbered name (<c>Status2</c>) always goes to the same part:
/// the client type; component schemas in document order; their inline schemas (depth first, in document order);
/// inline schemas of component request bodies, responses and parameters; operations in document order (group, method,
/// pager, batch method, parameters, the batch ids parameter, then their inline schemas); finally the group types.
/// Changing this order renames symbols in generated SDKs, which breaks their users: treat it as a public contract.
/// </remarks>
public sealed class DocumentNames
{
    /// <summary>Members every generated model or enum has; spec names that match them get a number.</summary>
    private static readonly string[] ReservedTypeMembers = ["Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReadJson", "WriteJson", "Validate", "OnValidate"];

    private static readonly string[] ReservedEnumMembers = ["Value", "IsKnown", "KnownValues", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReadJson", "WriteJson"];

    private static readonly string[] ReservedUnionMembers = ["Raw", "Value", "FromRaw", "Select", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReadJson", "WriteJson"];

    private static readonly string[] ReservedClientMembers = ["Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "Options", "ApiVersion"];

    private readonly SpecDocument _document;
    private readonly NamingOptions _options;
    private readonly NameScope _types = new(["System", "Microsoft", "Procountor"]);
    private readonly Dictionary<string, string> _typeNames = new(StringComparer.Ordinal);
    private readonly List<string> _typeOrder = [];
    private readonly Dictionary<string, List<PropertyNaming>> _properties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _propertyByPointer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _additionalProperties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _enumMembers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _variants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OperationNaming> _operations = new(StringComparer.Ordinal);
    private readonly List<OperationNaming> _operationOrder = [];
    private readonly List<NameConflict> _conflicts = [];

    private DocumentNames(SpecDocument document, NamingOptions options)
    {
        _document = document;
        _options = options;
        ClientName = string.Empty;
    }

    /// <summary>The client type: <c>ProcountorClient</c>.</summary>
    public string ClientName { get; private set; }

    /// <summary>Pointers of every schema that becomes a type, in claim order.</summary>
    public IReadOnlyList<string> TypePointers => _typeOrder;

    /// <summary>Every operation's names, in document order.</summary>
    public IReadOnlyList<OperationNaming> Operations => _operationOrder;

    /// <summary>The paging convention the names were computed with (paged searches have a pager method).</summary>
    public PagingConvention? Paging => _options.Paging;

    /// <summary>The batch convention the names were computed with (batch GETs have a batch method).</summary>
    public BatchConvention? Batch => _options.Batch;

    /// <summary>Names that had to be numbered because an earlier part claimed them.</summary>
    public IReadOnlyList<NameConflict> Conflicts => _conflicts;

    public static DocumentNames Compute(SpecDocument document, NamingOptions? options = null)
    {
        var names = new DocumentNames(document, options ?? NamingOptions.Default);
        names.Run();
        return names;
    }

    /// <summary>The type of the schema at <paramref name="schemaPointer"/>, or <c>null</c> when it has none (primitives, arrays, maps, references).</summary>
    public string? TypeNameOf(string schemaPointer) => _typeNames.TryGetValue(schemaPointer, out var name) ? name : null;

    /// <summary>The properties of an object type in declaration order (after <c>allOf</c> flattening).</summary>
    public IReadOnlyList<PropertyNaming> PropertiesOf(string typePointer) =>
        _properties.TryGetValue(typePointer, out var list) ? list : [];

    /// <summary>
    /// The C# property for the property schema at <paramref name="propertyPointer"/>
    /// (<c>/components/schemas/Invoice/properties/bankReferenceCode</c>) in the type that declares it.
    /// </summary>
    public string? PropertyNameOf(string propertyPointer) => _propertyByPointer.TryGetValue(propertyPointer, out var name) ? name : null;

    /// <summary>The C# property for JSON member <paramref name="jsonName"/> of the type at <paramref name="typePointer"/>, inherited ones included.</summary>
    public string? PropertyNameOf(string typePointer, string jsonName)
    {
        foreach (var property in PropertiesOf(typePointer))
        {
            if (property.JsonName == jsonName)
            {
                return property.Name;
            }
        }

        return null;
    }

    /// <summary>The dictionary property that keeps members the spec does not declare.</summary>
    public string? AdditionalPropertiesNameOf(string typePointer) => _additionalProperties.TryGetValue(typePointer, out var name) ? name : null;

    /// <summary>The member for an enum value, by the value's pointer: <c>/components/schemas/Status/enum/2</c>.</summary>
    public string? EnumMemberNameOf(string valuePointer) => _enumMembers.TryGetValue(valuePointer, out var name) ? name : null;

    /// <summary>The accessor for variant <paramref name="index"/> (position in <c>oneOf</c>/<c>anyOf</c>, nulls included) of a union.</summary>
    public string? VariantNameOf(string unionPointer, int index) =>
        _variants.TryGetValue(unionPointer, out var list) && index >= 0 && index < list.Count && list[index].Length > 0 ? list[index] : null;

    public OperationNaming? OperationOf(string operationPointer) => _operations.TryGetValue(operationPointer, out var op) ? op : null;

    /// <summary>The method of an operation: <c>MethodOf("/paths/~1invoices~1{invoiceId}/get")</c> → <c>GetInvoiceAsync</c>.</summary>
    public string? MethodOf(string operationPointer) => OperationOf(operationPointer)?.Method;

    /// <summary>The client property of an operation's group: <c>Invoices</c>.</summary>
    public string? GroupOf(string operationPointer) => OperationOf(operationPointer)?.GroupProperty;

    private void Run()
    {
        ClientName = _types.Claim(CSharpIdentifiers.ToPascalCase(
            _options.ClientName ?? (_document.Root["info"]?.GetString("title") is { Length: > 0 } title ? title + "Client" : "ApiClient")));

        var components = _document.Root["components"];
        var pending = new List<(SpecNode Schema, string Name)>();
        if (components?["schemas"] is { IsObject: true } schemas)
        {
            foreach (var schema in schemas.Children)
            {
                if (SchemaShape.Of(schema, isComponent: true).IsNamedType)
                {
                    var desired = CSharpIdentifiers.ToPascalCase(schema.Key!);
                    var name = ClaimType(schema, desired);
                    if (name != desired)
                    {
                        _conflicts.Add(new NameConflict(NameConflictKind.Type, schema.Pointer, desired, name));
                    }

                    pending.Add((schema, name));
                }
            }
        }

        foreach (var (schema, name) in pending)
        {
            NameChildren(schema, name);
        }

        foreach (var section in new[] { "requestBodies", "responses", "parameters" })
        {
            if (components?[section] is { IsObject: true } entries)
            {
                foreach (var entry in entries.Children)
                {
                    var hint = CSharpIdentifiers.ToPascalCase(entry.Key!);
                    foreach (var schema in SchemasOf(entry))
                    {
                        NameSchema(schema, hint);
                    }
                }
            }
        }

        NameOperations();
        NameMembers();
    }

    private string ClaimType(SpecNode schema, string desired)
    {
        var name = _types.Claim(desired);
        _typeNames.Add(schema.Pointer, name);
        _typeOrder.Add(schema.Pointer);
        return name;
    }

    /// <summary>Gives <paramref name="schema"/> a type name from <paramref name="hint"/> if it needs one, then names what it contains.</summary>
    private void NameSchema(SpecNode schema, string hint)
    {
        if (!schema.IsObject || _typeNames.ContainsKey(schema.Pointer))
        {
            return;
        }

        var shape = SchemaShape.Of(schema);
        if (shape.IsNamedType)
        {
            NameChildren(schema, ClaimType(schema, hint));
            return;
        }

        switch (shape.Kind)
        {
            case SchemaShapeKind.Array when schema["items"] is { } items:
                NameSchema(items, hint + "Item");
                break;
            case SchemaShapeKind.Map when schema["additionalProperties"] is { } values:
                NameSchema(values, hint + "Value");
                break;
            case SchemaShapeKind.Alias when SchemaShape.Composition(schema) is { } composition:
                foreach (var member in SchemaShape.NonNullMembers(composition))
                {
                    NameSchema(member, hint);
                }

                break;
        }
    }

    /// <summary>Names the inline schemas inside a type: property schemas, inline allOf members' properties, union variants.</summary>
    private void NameChildren(SpecNode schema, string typeName)
    {
        var shape = SchemaShape.Of(schema, isComponent: true);
        if (shape.Kind == SchemaShapeKind.Union && SchemaShape.Composition(schema) is { } variants)
        {
            for (var i = 0; i < variants.Count; i++)
            {
                NameSchema(variants[i], typeName + "Variant" + (i + 1).ToString(CultureInfo.InvariantCulture));
            }

            return;
        }

        if (shape.Kind != SchemaShapeKind.Object)
        {
            return;
        }

        NameOwnProperties(schema, typeName);
        if (schema["allOf"] is { IsArray: true } members)
        {
            foreach (var member in members.Children)
            {
                if (member.IsObject && member.GetString("$ref") is null)
                {
                    NameOwnProperties(member, typeName);
                }
            }
        }

        if (schema["additionalProperties"] is { IsObject: true } extra)
        {
            NameSchema(extra, typeName + "Value");
        }
    }

    private void NameOwnProperties(SpecNode schema, string typeName)
    {
        if (schema["properties"] is { IsObject: true } properties)
        {
            foreach (var property in properties.Children)
            {
                NameSchema(property, typeName + CSharpIdentifiers.ToPascalCase(property.Key!));
            }
        }
    }

    private void NameOperations()
    {
        var groups = new NameScope(ReservedClientMembers.Concat([ClientName]));
        var groupByTag = new Dictionary<string, string>(StringComparer.Ordinal);
        var methodScopes = new Dictionary<string, NameScope>(StringComparer.Ordinal);
        var firstByOperationId = new Dictionary<string, string>(StringComparer.Ordinal);
        var inline = new List<(SpecOperation Operation, OperationNaming Naming)>();

        foreach (var operation in SpecOperations.Enumerate(_document))
        {
            var tag = operation.Tag ?? "Default";
            if (!groupByTag.TryGetValue(tag, out var group))
            {
                group = groups.Claim(CSharpIdentifiers.ToPascalCase(tag));
                groupByTag.Add(tag, group);
                methodScopes.Add(group, new NameScope(ReservedClientMembers));
            }

            if (operation.OperationId is { } id)
            {
                if (firstByOperationId.ContainsKey(id))
                {
                    _conflicts.Add(new NameConflict(NameConflictKind.OperationId, operation.Pointer, id, id));
                }
                else
                {
                    firstByOperationId.Add(id, operation.Pointer);
                }
            }

            var baseName = CSharpIdentifiers.ToPascalCase(RenameOf(operation) ?? operation.OperationId ?? SynthesizedName(operation));
            var methods = methodScopes[group];
            // Numbers go before the Async suffix: GetThing2Async, not GetThingAsync2.
            var naming = new OperationNaming(operation.Pointer, operation.Key, baseName, group, methods.Claim(baseName) + "Async");
            if (_options.Paging?.Match(_document, operation) is not null)
            {
                naming.PagerMethod = methods.Claim(baseName + "All") + "Async";
            }

            if (_options.Batch?.Of(operation) is { } batch)
            {
                naming.BatchMethod = methods.Claim(CSharpIdentifiers.ToPascalCase(batch.Name)) + "Async";
            }

            NameParameters(operation, naming);
            _operations.Add(operation.Pointer, naming);
            _operationOrder.Add(naming);
            inline.Add((operation, naming));
        }

        foreach (var (operation, naming) in inline)
        {
            NameOperationSchemas(operation, naming.BaseName);
        }

        var groupTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var naming in _operationOrder)
        {
            if (!groupTypes.TryGetValue(naming.GroupProperty, out var type))
            {
                type = _types.Claim(naming.GroupProperty + "Api");
                groupTypes.Add(naming.GroupProperty, type);
            }

            naming.GroupType = type;
        }
    }

    private string? RenameOf(SpecOperation operation)
    {
        if (_options.OperationNames.TryGetValue(operation.Key, out var byKey))
        {
            return byKey;
        }

        return operation.OperationId is { } id && _options.OperationNames.TryGetValue(id, out var byId) ? byId : null;
    }

    /// <summary><c>GET /invoices/{invoiceId}/image</c> → <c>GetInvoicesByInvoiceIdImage</c>, for operations without an operationId.</summary>
    private static string SynthesizedName(SpecOperation operation)
    {
        var name = CSharpIdentifiers.ToPascalCase(operation.Method.ToLowerInvariant());
        foreach (var segment in operation.Path.Split('/'))
        {
            if (segment.Length == 0)
            {
                continue;
            }

            name += segment[0] == '{' ? "By" + CSharpIdentifiers.ToPascalCase(segment) : CSharpIdentifiers.ToPascalCase(segment);
        }

        return name;
    }

    private void NameParameters(SpecOperation operation, OperationNaming naming)
    {
        var scope = new NameScope(["cancellationToken"]);
        foreach (var parameter in operation.Parameters)
        {
            var name = scope.Claim(CSharpIdentifiers.ToParameterName(parameter.Name));
            naming.ParametersByPointer[parameter.EntryPointer] = name;
            Add(naming, parameter.In + ":" + parameter.Name, name);
        }

        if (naming.BatchMethod is not null && operation.Parameters.FirstOrDefault(p => p.In == "path") is { } ids)
        {
            // The batch method takes the ids where the operation takes the comma-separated text: invoiceId → invoiceIds.
            naming.BatchIdsParameter = scope.Claim(naming.ParameterOf("path", ids.Name) + "s");
        }

        if (operation.RequestBody?["content"] is not { IsObject: true, Count: > 0 } content)
        {
            return;
        }

        var media = content[0];
        if ((MediaTypes.IsMultipartForm(media.Key!) || MediaTypes.IsUrlEncodedForm(media.Key!))
            && media["schema"] is { } formSchema
            && _document.Dereference(formSchema) is { } form
            && SchemaShape.Of(form, isComponent: true).Kind == SchemaShapeKind.Object)
        {
            foreach (var field in SchemaProperties.Flatten(_document, form))
            {
                Add(naming, "form:" + field.JsonName, scope.Claim(CSharpIdentifiers.ToParameterName(field.JsonName)));
            }

            return;
        }

        Add(naming, "body:body", scope.Claim("body"));

        static void Add(OperationNaming naming, string key, string name)
        {
            naming.ParametersByKey[key] = name;
            naming.ParameterOrder.Add(new KeyValuePair<string, string>(key, name));
        }
    }

    private void NameOperationSchemas(SpecOperation operation, string baseName)
    {
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Schema is { } schema)
            {
                NameSchema(schema, baseName + CSharpIdentifiers.ToPascalCase(parameter.Name));
            }
        }

        if (operation.RequestBody is { } body)
        {
            foreach (var schema in SchemasOf(body))
            {
                if (_document.Dereference(schema) is { } form && SchemaShape.Of(form).Kind == SchemaShapeKind.Object && IsFormBody(body))
                {
                    // Form fields become parameters; only their own inline schemas need names.
                    NameOwnProperties(form, baseName);
                    continue;
                }

                NameSchema(schema, baseName + "Request");
            }
        }

        if (operation.Responses is { } responses)
        {
            var first2xx = true;
            foreach (var response in responses.Children)
            {
                var status = response.Key!;
                var hint = status.StartsWith("2", StringComparison.Ordinal) && first2xx
                    ? baseName + "Response"
                    : baseName + "Response" + CSharpIdentifiers.ToPascalCase(status);
                first2xx &= !status.StartsWith("2", StringComparison.Ordinal);
                if (_document.Dereference(response) is { } resolved)
                {
                    foreach (var schema in SchemasOf(resolved))
                    {
                        NameSchema(schema, hint);
                    }
                }
            }
        }
    }

    private static bool IsFormBody(SpecNode body) =>
        body["content"] is { IsObject: true, Count: > 0 } content && (MediaTypes.IsMultipartForm(content[0].Key!) || MediaTypes.IsUrlEncodedForm(content[0].Key!));

    /// <summary>The schemas directly inside a request body, response or parameter (one per media type; the first that is not a reference wins a name).</summary>
    private IEnumerable<SpecNode> SchemasOf(SpecNode holder)
    {
        var resolved = _document.Dereference(holder);
        if (resolved is null)
        {
            yield break;
        }

        if (resolved["schema"] is { } direct)
        {
            yield return direct;
        }

        if (resolved["content"] is { IsObject: true } content)
        {
            foreach (var media in content.Children)
            {
                if (media["schema"] is { } schema)
                {
                    yield return schema;
                }
            }
        }
    }

    /// <summary>Properties, enum members and union variants of every type, in type claim order.</summary>
    private void NameMembers()
    {
        foreach (var pointer in _typeOrder)
        {
            var schema = _document.Root.Resolve(pointer)!;
            var typeName = _typeNames[pointer];
            switch (SchemaShape.Of(schema, isComponent: true).Kind)
            {
                case SchemaShapeKind.Object:
                    NameProperties(schema, pointer, typeName);
                    break;
                case SchemaShapeKind.Enum:
                    NameEnumMembers(schema, typeName);
                    break;
                case SchemaShapeKind.Union:
                    NameVariants(schema, pointer, typeName);
                    break;
            }
        }
    }

    private void NameProperties(SpecNode schema, string pointer, string typeName)
    {
        var scope = new NameScope(ReservedTypeMembers.Concat([typeName]));
        var list = new List<PropertyNaming>();
        var ownPointers = OwnPropertyPointers(schema);
        foreach (var property in SchemaProperties.Flatten(_document, schema))
        {
            var desired = CSharpIdentifiers.EscapeKeyword(CSharpIdentifiers.ToPascalCase(property.JsonName));
            if (desired == typeName)
            {
                // A member cannot share its type's name (CS0542); say what it holds instead.
                desired += "Value";
            }

            var name = scope.Claim(desired);
            if (name != desired)
            {
                _conflicts.Add(new NameConflict(NameConflictKind.Property, property.Pointer, desired, name));
            }

            list.Add(new PropertyNaming(property.JsonName, name, property.Pointer));
            if (ownPointers.Contains(property.Pointer) || !_propertyByPointer.ContainsKey(property.Pointer))
            {
                _propertyByPointer[property.Pointer] = name;
            }
        }

        _properties.Add(pointer, list);
        _additionalProperties.Add(pointer, scope.Claim("AdditionalProperties"));
    }

    /// <summary>Pointers of properties the type declares itself (directly or in an inline allOf member), not inherits by reference.</summary>
    private static HashSet<string> OwnPropertyPointers(SpecNode schema)
    {
        var own = new HashSet<string>(StringComparer.Ordinal);
        AddOwn(schema);
        if (schema["allOf"] is { IsArray: true } members)
        {
            foreach (var member in members.Children)
            {
                if (member.IsObject && member.GetString("$ref") is null)
                {
                    AddOwn(member);
                }
            }
        }

        return own;

        void AddOwn(SpecNode node)
        {
            if (node["properties"] is { IsObject: true } properties)
            {
                foreach (var property in properties.Children)
                {
                    own.Add(property.Pointer);
                }
            }
        }
    }

    private void NameEnumMembers(SpecNode schema, string typeName)
    {
        var scope = new NameScope(ReservedEnumMembers.Concat([typeName]));
        foreach (var value in schema["enum"]!.Children)
        {
            if (value.Kind != SpecNodeKind.String)
            {
                continue;
            }

            var desired = value.Text!.Length == 0 ? "Empty" : CSharpIdentifiers.EscapeKeyword(CSharpIdentifiers.ToPascalCase(value.Text));
            var name = scope.Claim(desired);
            if (name != desired)
            {
                _conflicts.Add(new NameConflict(NameConflictKind.EnumMember, value.Pointer, desired, name));
            }

            _enumMembers.Add(value.Pointer, name);
        }
    }

    private void NameVariants(SpecNode schema, string pointer, string typeName)
    {
        var scope = new NameScope(ReservedUnionMembers.Concat([typeName]));
        var list = new List<string>();
        foreach (var variant in SchemaShape.Composition(schema)!.Children)
        {
            list.Add(variant.IsObject && variant.Count == 1 && variant.GetString("type") == "null" ? string.Empty : scope.Claim(VariantHint(variant)));
        }

        _variants.Add(pointer, list);
    }

    private string VariantHint(SpecNode variant)
    {
        if (TypeNameOf(variant.Pointer) is { } inline)
        {
            return inline;
        }

        if (variant.GetString("$ref") is { } reference)
        {
            var target = _document.Dereference(variant);
            if (target is not null && TypeNameOf(target.Pointer) is { } named)
            {
                return named;
            }

            var slash = reference.LastIndexOf('/');
            return CSharpIdentifiers.ToPascalCase(slash >= 0 ? reference.Substring(slash + 1) : reference);
        }

        var (type, _) = SchemaShape.TypeOf(variant);
        return CSharpIdentifiers.ToPascalCase(variant.GetString("format") ?? type ?? "Value");
    }
}
