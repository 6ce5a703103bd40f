using System.Globalization;
using Procountor.Generator.Model;
using Procountor.OpenApi.Naming;
using Procountor.OpenApi.Reading;

namespace Procountor.Generator.Parsing;

/// <summary>Spec text (and overlay) → the equatable model the emitters work from, plus diagnostics. Never throws on bad input.</summary>
internal sealed class DocumentParser
{
    private readonly SpecDocument _document;
    private readonly DocumentNames _names;
    private readonly TypeMapper _types;
    private readonly DiagnosticSink _diagnostics;
    private readonly GeneratorOverlay _overlay;

    private DocumentParser(SpecDocument document, DocumentNames names, GeneratorOverlay overlay, DiagnosticSink diagnostics)
    {
        _document = document;
        _overlay = overlay;
        _names = names;
        _diagnostics = diagnostics;
        _types = new TypeMapper(document, names, overlay, diagnostics);
    }

    public static ParseResult Parse(SpecInput input)
    {
        var spec = input.Spec;
        var sink = new DiagnosticSink(spec.Path);
        var document = SpecDocument.TryRead(spec.Text, spec.Path, out var error);
        if (document is null)
        {
            sink.Add(DiagnosticDescriptors.UnreadableSpec, error!.Position, FileName(spec.Path), error.Message);
            return new ParseResult(null, sink.Items.ToEquatableArray());
        }

        var version = document.Root.GetString("openapi");
        if (version is null || !version.StartsWith("3.", StringComparison.Ordinal))
        {
            var at = document.Root["openapi"] ?? document.Root["swagger"];
            sink.Add(DiagnosticDescriptors.NotOpenApi3, at?.Position ?? document.Root.Position, FileName(spec.Path),
                version is null ? (document.OpenApiVersion is { } swagger ? "swagger " + swagger : "no 'openapi' member") : "openapi " + version);
            return new ParseResult(null, sink.Items.ToEquatableArray());
        }

        var overlay = input.Overlay is { } overlaySource ? GeneratorOverlay.Read(overlaySource, sink.Items) : GeneratorOverlay.Default;
        if (spec.OverlayPath is { Length: > 0 } && input.Overlay is null)
        {
            sink.Add(DiagnosticDescriptors.OverlayProblem, new SourcePosition(1, 1),
                $"Overlay '{spec.OverlayPath}' is not among the AdditionalFiles; the spec is generated without it");
        }

        var names = DocumentNames.Compute(document, overlay.Naming.WithClientName(spec.ClientName));
        var parser = new DocumentParser(document, names, overlay, sink);
        parser.ReportConflicts();
        var types = parser.Types();
        var operations = parser.Operations();
        var info = document.Root["info"];
        var versionLabel = spec.VersionLabel is { Length: > 0 } label ? label : info?.GetString("version") ?? string.Empty;
        var model = new DocumentSpec(
            spec.Namespace is { Length: > 0 } ns ? ns.Replace("{version}", VersionSegment(versionLabel)) : DefaultNamespace(spec, names.ClientName),
            names.ClientName,
            versionLabel,
            info?.GetString("title"),
            types,
            operations);
        return new ParseResult(model, sink.Items.ToEquatableArray());
    }

    /// <summary><c>23.12</c> → <c>2312</c>: the version label as it can appear in a namespace (<c>V{version}</c>).</summary>
    private static string VersionSegment(string label) => new(label.Where(char.IsLetterOrDigit).ToArray());

    private static string DefaultNamespace(SpecSource spec, string clientName) =>
        (spec.RootNamespace.Length > 0 ? spec.RootNamespace + "." : string.Empty) + clientName;

    private static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    private void ReportConflicts()
    {
        foreach (var conflict in _names.Conflicts)
        {
            var node = _document.Root.Resolve(conflict.Pointer) ?? _document.Root;
            switch (conflict.Kind)
            {
                case NameConflictKind.OperationId:
                    _diagnostics.Add(DiagnosticDescriptors.DuplicateOperationId, node["operationId"] ?? node, conflict.Desired, _names.MethodOf(conflict.Pointer) ?? conflict.Desired);
                    break;
                case NameConflictKind.EnumMember:
                    _diagnostics.Add(DiagnosticDescriptors.EnumMemberCollision, node, node.Text ?? conflict.Desired, conflict.Desired, conflict.Assigned);
                    break;
                default:
                    _diagnostics.Add(DiagnosticDescriptors.NameCollision, node, node.Key ?? conflict.Desired, conflict.Desired, conflict.Assigned);
                    break;
            }
        }
    }

    private EquatableArray<TypeSpec> Types()
    {
        var types = new List<TypeSpec>(_names.TypePointers.Count);
        foreach (var pointer in _names.TypePointers)
        {
            var schema = _document.Root.Resolve(pointer)!;
            var name = _names.TypeNameOf(pointer)!;
            var doc = Documentation(schema);
            types.Add(SchemaShape.Of(schema, isComponent: true).Kind switch
            {
                SchemaShapeKind.Enum => new TypeSpec(TypeSpecKind.Enum, name, pointer, doc, EquatableArray<PropertySpec>.Empty, null, null, EnumMembers(schema), EquatableArray<VariantSpec>.Empty, null),
                SchemaShapeKind.Union => Union(schema, name, doc),
                _ => Object(schema, name, doc),
            });
        }

        return types.ToEquatableArray();
    }

    private TypeSpec Object(SpecNode schema, string name, string? doc)
    {
        var properties = new List<PropertySpec>();
        foreach (var property in SchemaProperties.Flatten(_document, schema))
        {
            var target = _types.Follow(property.Schema);
            var (type, nullable) = _types.Map(property.Schema);
            var readOnly = property.Schema.GetBoolean("readOnly") == true || target?.GetBoolean("readOnly") == true;
            properties.Add(new PropertySpec(
                property.JsonName,
                _names.PropertyNameOf(schema.Pointer, property.JsonName)!,
                type,
                property.Required && !readOnly,
                nullable,
                readOnly,
                Documentation(property.Schema) ?? (target is null ? null : Documentation(target)),
                target is null ? ConstraintSpec.None : Constraints(target)));
        }

        var extra = SchemaProperties.AdditionalProperties(_document, schema);
        var extraType = extra is null ? null : _types.Map(extra).Type;
        return new TypeSpec(TypeSpecKind.Object, name, schema.Pointer, doc, properties.ToEquatableArray(), _names.AdditionalPropertiesNameOf(schema.Pointer),
            extraType is { Kind: TypeKind.Json } ? null : extraType, EquatableArray<EnumMemberSpec>.Empty, EquatableArray<VariantSpec>.Empty, null);
    }

    private EquatableArray<EnumMemberSpec> EnumMembers(SpecNode schema)
    {
        var members = new List<EnumMemberSpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in schema["enum"]!.Children)
        {
            if (value.Kind == SpecNodeKind.String && seen.Add(value.Text!))
            {
                members.Add(new EnumMemberSpec(_names.EnumMemberNameOf(value.Pointer)!, value.Text!));
            }
        }

        return members.ToEquatableArray();
    }

    private TypeSpec Union(SpecNode schema, string name, string? doc)
    {
        var discriminator = schema["discriminator"];
        var property = discriminator?.GetString("propertyName");
        var mapping = discriminator?["mapping"];
        var variants = new List<VariantSpec>();
        var composition = SchemaShape.Composition(schema)!;
        for (var i = 0; i < composition.Count; i++)
        {
            var member = composition[i];
            if (_names.VariantNameOf(schema.Pointer, i) is not { } variantName)
            {
                continue;
            }

            var (type, _) = _types.Map(member);
            var values = new List<string>();
            var reference = member.GetString("$ref");
            if (property is not null && reference is not null)
            {
                var mapped = false;
                if (mapping is { IsObject: true })
                {
                    foreach (var entry in mapping.Children)
                    {
                        if (entry.Text == reference)
                        {
                            values.Add(entry.Key!);
                            mapped = true;
                        }
                    }
                }

                if (!mapped)
                {
                    values.Add(reference.Substring(reference.LastIndexOf('/') + 1));
                }
            }

            var target = _types.Follow(member);
            var jsonProperties = new List<string>();
            var required = new List<string>();
            if (target is not null && type.Kind == TypeKind.Model)
            {
                foreach (var p in SchemaProperties.Flatten(_document, target))
                {
                    jsonProperties.Add(p.JsonName);
                    if (p.Required)
                    {
                        required.Add(p.JsonName);
                    }
                }
            }

            variants.Add(new VariantSpec(variantName, type, values.ToEquatableArray(), jsonProperties.ToEquatableArray(), required.ToEquatableArray()));
        }

        return new TypeSpec(TypeSpecKind.Union, name, schema.Pointer, doc, EquatableArray<PropertySpec>.Empty, null, null, EquatableArray<EnumMemberSpec>.Empty, variants.ToEquatableArray(), property);
    }

    private EquatableArray<OperationSpec> Operations()
    {
        var operations = new List<OperationSpec>();
        foreach (var operation in SpecOperations.Enumerate(_document))
        {
            var naming = _names.OperationOf(operation.Pointer)!;
            var parameters = new List<ParameterSpec>();
            foreach (var parameter in operation.Parameters)
            {
                if (Parameter(parameter, naming) is { } spec)
                {
                    parameters.Add(spec);
                }
            }

            var (bodyKind, bodyType) = Body(operation, naming, parameters);
            var (responseKind, responseType) = Response(operation);
            var errors = Errors(operation);
            operations.Add(new OperationSpec(
                naming.GroupProperty,
                naming.GroupType,
                naming.Method,
                operation.Method,
                operation.Path,
                operation.OperationId ?? operation.Key,
                operation.Node.GetString("summary"),
                operation.Node.GetString("description"),
                parameters.ToEquatableArray(),
                bodyKind,
                bodyType,
                responseKind,
                responseType,
                errors,
                Paging(operation, naming, responseType),
                Batch(operation, naming, parameters, responseKind, responseType)));
        }

        return operations.ToEquatableArray();
    }

    private ParameterSpec? Parameter(SpecParameter parameter, OperationNaming naming)
    {
        var location = parameter.In switch
        {
            "path" => ParameterLocation.Path,
            "query" => ParameterLocation.Query,
            "header" => ParameterLocation.Header,
            _ => (ParameterLocation?)null,
        };
        if (location is null)
        {
            _diagnostics.Add(DiagnosticDescriptors.Unsupported, parameter.Node, $"Parameter '{parameter.Name}' is in '{parameter.In}'", "it is left out of the method");
            return null;
        }

        var (type, _) = parameter.Schema is null ? (TypeRef.String, false) : _types.Map(parameter.Schema);
        var simple = type.Kind == TypeKind.Array ? type.Element! : type;
        if (simple.Kind is TypeKind.Model or TypeKind.Union or TypeKind.Map or TypeKind.Json or TypeKind.Array or TypeKind.Binary or TypeKind.Bytes)
        {
            _diagnostics.Add(DiagnosticDescriptors.Unsupported, parameter.Node, $"Parameter '{parameter.Name}' has a structured schema", "it is sent as text");
            type = type.Kind == TypeKind.Array ? new TypeRef(TypeKind.Array, null, TypeRef.String) : TypeRef.String;
        }

        var explode = parameter.Node.GetBoolean("explode") ?? (parameter.Node.GetString("style") ?? "form") == "form";
        var constraints = parameter.Schema is not null && _types.Follow(parameter.Schema) is { } target ? Constraints(target) : ConstraintSpec.None;
        return new ParameterSpec(naming.ParameterAt(parameter.EntryPointer)!, parameter.Name, location.Value, type, parameter.Required, Documentation(parameter.Node), explode, constraints);
    }

    private (BodyKind Kind, string? ContentType) Body(SpecOperation operation, OperationNaming naming, List<ParameterSpec> parameters)
    {
        if (operation.RequestBody?["content"] is not { IsObject: true, Count: > 0 } content)
        {
            return (BodyKind.None, null);
        }

        var media = content[0];
        var contentType = media.Key!;
        var required = operation.RequestBody.GetBoolean("required") == true;
        var doc = Documentation(operation.RequestBody);
        var schema = media["schema"];
        if (MediaTypes.IsMultipartForm(contentType) || MediaTypes.IsUrlEncodedForm(contentType))
        {
            var form = schema is null ? null : _types.Follow(schema);
            if (form is not null && SchemaShape.Of(form, isComponent: true).Kind == SchemaShapeKind.Object)
            {
                var multipart = MediaTypes.IsMultipartForm(contentType);
                foreach (var field in SchemaProperties.Flatten(_document, form))
                {
                    var (type, _) = _types.Map(field.Schema, binaryAllowed: multipart);
                    if (!multipart && type.Kind is TypeKind.Model or TypeKind.Union or TypeKind.Map or TypeKind.Json)
                    {
                        _diagnostics.Add(DiagnosticDescriptors.Unsupported, field.Schema, $"Form field '{field.JsonName}' has a structured schema", "it is sent as JSON text");
                    }

                                        // A file's byte limit travels as its maxLength: the overlay's, else the spec's (a binary string's length is its bytes).
                    var limit = type.Kind == TypeKind.Binary ? _overlay.UploadLimit(operation, field.JsonName) ?? _types.Follow(field.Schema)?["maxLength"]?.AsInt64() : null;
                    var constraints = limit is { } bytes and <= int.MaxValue ? ConstraintSpec.None with { MaxLength = (int)bytes } : ConstraintSpec.None;
                    parameters.Add(new ParameterSpec(naming.ParameterOf("form", field.JsonName)!, field.JsonName, ParameterLocation.FormField, type, field.Required && required, Documentation(field.Schema), true, constraints));
                }

                return (multipart ? BodyKind.Multipart : BodyKind.Form, contentType);
            }
        }

        var bodyName = naming.ParameterOf("body", "body")!;
        if (MediaTypes.IsJson(contentType))
        {
            var (type, _) = _types.Map(schema);
            parameters.Add(new ParameterSpec(bodyName, "body", ParameterLocation.Body, type, required, doc, false, ConstraintSpec.None));
            return (BodyKind.Json, contentType);
        }

        var text = contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase);
        parameters.Add(new ParameterSpec(bodyName, "body", ParameterLocation.Body, text ? TypeRef.String : TypeRef.Binary, required, doc, false, ConstraintSpec.None));
        return (text ? BodyKind.Text : BodyKind.Binary, contentType);
    }

    private (ResponseKind Kind, TypeRef? Type) Response(SpecOperation operation)
    {
        if (operation.Responses is not { } responses)
        {
            return (ResponseKind.None, null);
        }

        foreach (var response in responses.Children)
        {
            if (!IsSuccess(response.Key!))
            {
                continue;
            }

            if (_document.Dereference(response)?["content"] is not { IsObject: true, Count: > 0 } content)
            {
                return (ResponseKind.None, null);
            }

            foreach (var media in content.Children)
            {
                if (MediaTypes.IsJson(media.Key!) && media.Key != "*/*")
                {
                    var (type, _) = _types.Map(media["schema"], binaryAllowed: true);
                    return type.Kind == TypeKind.Binary ? (ResponseKind.Binary, type) : (ResponseKind.Json, type);
                }
            }

            var first = content[0];
            if (first.Key!.StartsWith("text/", StringComparison.OrdinalIgnoreCase) && _types.Map(first["schema"], binaryAllowed: true).Type.Kind != TypeKind.Binary)
            {
                return (ResponseKind.Text, TypeRef.String);
            }

            return (ResponseKind.Binary, TypeRef.Binary);
        }

        return (ResponseKind.None, null);
    }

    private EquatableArray<ErrorSpec> Errors(SpecOperation operation)
    {
        var errors = new List<ErrorSpec>();
        if (operation.Responses is not { } responses)
        {
            return EquatableArray<ErrorSpec>.Empty;
        }

        foreach (var response in responses.Children)
        {
            if (IsSuccess(response.Key!) || _document.Dereference(response)?["content"] is not { IsObject: true } content)
            {
                continue;
            }

            foreach (var media in content.Children)
            {
                if (MediaTypes.IsJson(media.Key!) && media["schema"] is { } schema)
                {
                    errors.Add(new ErrorSpec(response.Key!, _types.Map(schema).Type));
                    break;
                }
            }
        }

        return errors.ToEquatableArray();
    }

    private PagingSpec? Paging(SpecOperation operation, OperationNaming naming, TypeRef? responseType)
    {
        if (naming.PagerMethod is not { } pager || responseType is not { Kind: TypeKind.Model }
            || PagingConvention.SuccessJsonSchema(_document, operation) is not { } page)
        {
            return null;
        }

        var convention = _names.Paging;
        var match = convention?.Match(_document, operation);
        if (match is null)
        {
            return null;
        }

        var results = _names.PropertyNameOf(page.Pointer, convention!.ResultsProperty);
        var meta = _names.PropertyNameOf(page.Pointer, convention.MetaProperty);
        if (results is null || meta is null)
        {
            return null;
        }

        string? total = null;
        var totalIsValue = false;
        var metaSchema = SchemaProperties.Flatten(_document, page).FirstOrDefault(p => p.JsonName == convention.MetaProperty)?.Schema;
        if (metaSchema is not null && _types.Follow(metaSchema) is { } metaType)
        {
            total = _names.PropertyNameOf(metaType.Pointer, convention.TotalCountProperty);
            var totalSchema = SchemaProperties.Flatten(_document, metaType).FirstOrDefault(p => p.JsonName == convention.TotalCountProperty)?.Schema;
            if (totalSchema is not null)
            {
                var kind = _types.Map(totalSchema).Type.Kind;
                if (kind is not (TypeKind.Int32 or TypeKind.Int64))
                {
                    total = null;
                }

                totalIsValue = true;
            }
        }

        return new PagingSpec(
            pager,
            naming.ParameterOf("query", convention.PageParameter)!,
            naming.ParameterOf("query", convention.SizeParameter),
            results,
            meta,
            total,
            _types.Map(match.ItemSchema).Type,
            totalIsValue,
            convention.MaxPageSize);
    }

    private BatchSpec? Batch(SpecOperation operation, OperationNaming naming, List<ParameterSpec> parameters, ResponseKind responseKind, TypeRef? responseType)
    {
        if (naming.BatchMethod is not { } method || _names.Batch is not { } convention || convention.Of(operation) is not { } batch)
        {
            return null;
        }

        var path = parameters.Single(p => p.Location == ParameterLocation.Path);
        var model = responseKind == ResponseKind.Json && responseType is { Kind: TypeKind.Model } ? PagingConvention.SuccessJsonSchema(_document, operation) : null;
        var members = model is null ? (IReadOnlyList<SchemaProperty>)[] : SchemaProperties.Flatten(_document, model);
        var id = batch.IdProperties.Select(name => members.FirstOrDefault(p => p.JsonName == name)).FirstOrDefault(p => p is not null);
        if (model is null || id is null || _types.Map(id.Schema).Type.Kind is not (TypeKind.Int32 or TypeKind.Int64))
        {
            _diagnostics.Add(DiagnosticDescriptors.Unsupported, operation.Node,
                $"The batch operation '{operation.Key}' does not answer a JSON object with an integer {string.Join(" or ", batch.IdProperties.Select(p => "'" + p + "'"))}",
                "it gets no batch method");
            return null;
        }

        return new BatchSpec(method, naming.BatchIdsParameter!, path.Name, _names.PropertyNameOf(model.Pointer, id.JsonName)!, convention.MaxIds);
    }

    private static bool IsSuccess(string status) => status.Length == 3 && status[0] == '2' || status == "2XX";

    private static string? Documentation(SpecNode node)
    {
        var text = node.GetString("description") ?? node.GetString("title");
        return string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
    }

    private ConstraintSpec Constraints(SpecNode schema)
    {
        return new ConstraintSpec(
            Int(schema["minLength"]),
            Int(schema["maxLength"]),
            schema.GetString("pattern"),
            Number(schema["minimum"]) ?? Number(schema["exclusiveMinimum"]),
            Number(schema["maximum"]) ?? Number(schema["exclusiveMaximum"]),
            schema.GetBoolean("exclusiveMinimum") == true || schema["exclusiveMinimum"]?.Kind == SpecNodeKind.Number,
            schema.GetBoolean("exclusiveMaximum") == true || schema["exclusiveMaximum"]?.Kind == SpecNodeKind.Number,
            Int(schema["minItems"]),
            Int(schema["maxItems"]));

        static int? Int(SpecNode? node) => node?.AsInt64() is { } value and >= 0 and <= int.MaxValue ? (int)value : null;

        static string? Number(SpecNode? node) => node?.AsDecimal()?.ToString(CultureInfo.InvariantCulture);
    }
}
