using System.Globalization;
using System.Text;
using Procountor.Generator.Model;

namespace Procountor.Generator.Emitting;

/// <summary>The client of a document: one class with a property per group (tag), and a class per group with the operations.</summary>
internal static class ClientEmitter
{
    private const string Core = "global::Procountor.Runtime.Http.ApiClientCore";
    private const string Format = "global::Procountor.Runtime.Http.ApiFormat";
    private const string Task = "global::System.Threading.Tasks.Task";
    private const string Token = "global::System.Threading.CancellationToken";

    public static string EmitClient(ClientSpec document)
    {
        var w = FileHeader.Start(document.Namespace);
        var title = document.Title is null ? "the API" : SourceWriter.Escape(document.Title);
        w.Summary(null, "The client of " + title + " " + SourceWriter.Escape(document.VersionLabel) + ", its operations grouped by tag.");
        w.Line("/// <remarks>Give it an <see cref=\"global::System.Net.Http.HttpClient\"/> whose base address is the version root, ending with a slash.</remarks>");
        w.Line(FileHeader.GeneratedCode);
        using (w.Open("public sealed partial class " + document.ClientName))
        {
            w.Summary(null, "The API version this client was generated for.");
            w.Line("public const string ApiVersion = " + CSharpTypes.Literal(document.VersionLabel) + ";");
            w.Line();
            w.Summary(null, "Creates the client over <paramref name=\"httpClient\"/>; its base address is the version root, ending with a slash.");
            w.Line("/// <param name=\"httpClient\">The transport (authentication, retries and logging are its handlers' business).</param>");
            w.Line("/// <param name=\"options\">How errors become exceptions, and whether requests are validated first.</param>");
            using (w.Open("public " + document.ClientName + "(global::System.Net.Http.HttpClient httpClient, global::Procountor.Runtime.ApiClientOptions? options = null)"))
            {
                w.Line("var core = new " + Core + "(httpClient, options);");
                foreach (var group in document.Groups)
                {
                    w.Line(group.Property + " = new " + group.Type + "(core);");
                }
            }

            foreach (var group in document.Groups)
            {
                w.Line();
                w.Summary(null, "The <c>" + SourceWriter.Escape(group.Property) + "</c> operations.");
                w.Line("public " + group.Type + " " + group.Property + " { get; }");
            }
        }

        return w.ToString();
    }

    public static IEnumerable<(string Property, string Type)> Groups(DocumentSpec document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in document.Operations)
        {
            if (seen.Add(operation.GroupType))
            {
                yield return (operation.GroupProperty, operation.GroupType);
            }
        }
    }

    public static string EmitGroup(string ns, string groupProperty, string groupType, IReadOnlyList<OperationSpec> operations)
    {
        var w = FileHeader.Start(ns);
        w.Summary(null, "The <c>" + SourceWriter.Escape(groupProperty) + "</c> operations.");
        w.Line(FileHeader.GeneratedCode);
        using (w.Open("public sealed partial class " + groupType))
        {
            w.Line("private readonly " + Core + " _core;");
            w.Line();
            using (w.Open("internal " + groupType + "(" + Core + " core)"))
            {
                w.Line("_core = core;");
            }

            // Readers and header lists are static fields shared by the group's operations; C# lets them follow the methods.
            var statics = new StaticFields();
            foreach (var operation in operations)
            {
                Method(w, ns, operation, statics);
                if (operation.Paging is { } paging)
                {
                    Pager(w, ns, operation, paging);
                }

                if (operation.Batch is { } batch)
                {
                    BatchMethod(w, ns, operation, batch, statics);
                }
            }

            if (statics.Declarations.Count > 0)
            {
                w.Line();
            }

            foreach (var field in statics.Declarations)
            {
                w.Line(field);
            }
        }

        return w.ToString();
    }

    /// <summary>Signature order: required parameters in spec order, then optional ones, then the cancellation token.</summary>
    private static List<ParameterSpec> Ordered(OperationSpec operation) =>
        operation.Parameters.Where(p => p.Required).Concat(operation.Parameters.Where(p => !p.Required)).ToList();

    private static string ParameterType(ParameterSpec parameter, string ns)
    {
        var type = parameter.Type.Kind == TypeKind.Binary && parameter.Location == ParameterLocation.FormField
            ? "global::Procountor.Runtime.ApiFile"
            : CSharpTypes.Name(parameter.Type, ns);
        if (parameter.Type.Kind == TypeKind.Array && parameter.Location != ParameterLocation.Body)
        {
            type = "global::System.Collections.Generic.IEnumerable<" + CSharpTypes.Name(parameter.Type.Element!, ns) + ">";
        }

        return parameter.Required ? type : type + "?";
    }

    private static string Signature(IEnumerable<ParameterSpec> parameters, string ns) =>
        string.Concat(parameters.Select(p => ParameterType(p, ns) + " " + p.Name + (p.Required ? string.Empty : " = null") + ", "))
        + Token + " cancellationToken = default";

    private static string ReturnType(OperationSpec operation, string ns) => operation.ResponseKind switch
    {
        ResponseKind.Json => "global::Procountor.Runtime.ApiResponse<" + CSharpTypes.Name(operation.ResponseType!, ns) + ">",
        ResponseKind.Binary => "global::Procountor.Runtime.ApiResponse<global::System.IO.Stream>",
        ResponseKind.Text => "global::Procountor.Runtime.ApiResponse<string>",
        _ => "global::Procountor.Runtime.ApiResponse",
    };

    private static void Docs(SourceWriter w, OperationSpec operation, IEnumerable<ParameterSpec> parameters)
    {
        w.Summary(operation.Summary ?? operation.Doc, "<c>" + operation.HttpMethod + " " + SourceWriter.Escape(operation.PathTemplate) + "</c>");
        var remarks = "<c>" + operation.HttpMethod + " " + SourceWriter.Escape(operation.PathTemplate) + "</c> (" + SourceWriter.Escape(operation.OperationId) + ")."
            + (operation.Summary is not null && operation.Doc is not null ? " " + SourceWriter.Escape(operation.Doc) : string.Empty);
        w.Line("/// <remarks>");
        foreach (var line in remarks.Replace("\r\n", "\n").Split('\n'))
        {
            w.Line("/// " + line.TrimEnd());
        }

        w.Line("/// </remarks>");
        foreach (var parameter in parameters)
        {
            var fallback = parameter.Location switch
            {
                ParameterLocation.Body => "The request body.",
                ParameterLocation.FormField => "The <c>" + SourceWriter.Escape(parameter.SpecName) + "</c> form field.",
                _ => "The <c>" + SourceWriter.Escape(parameter.SpecName) + "</c> " + parameter.Location.ToString().ToLowerInvariant() + " parameter.",
            };
            var text = parameter.Doc is null ? fallback : SourceWriter.Escape(parameter.Doc).Replace("\r\n", " ").Replace('\n', ' ');
            if (parameter.Location == ParameterLocation.FormField && parameter.Type.Kind == TypeKind.Binary && parameter.Constraints.MaxLength is { } maxBytes)
            {
                text += " At most " + maxBytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes; a larger file is refused before anything is sent.";
            }

            w.Line("/// <param name=\"" + parameter.Name.TrimStart('@') + "\">" + text + "</param>");
        }

        w.Line("/// <param name=\"cancellationToken\">Cancels the request.</param>");
    }

    private static void Method(SourceWriter w, string ns, OperationSpec operation, StaticFields statics)
    {
        var parameters = Ordered(operation);
        w.Line();
        Docs(w, operation, parameters);
        w.Line("/// <exception cref=\"global::Procountor.Runtime.ApiException\">The API answered with an error status.</exception>");
        using (w.Open("public async " + Task + "<" + ReturnType(operation, ns) + "> " + operation.Method + "(" + Signature(parameters, ns) + ")"))
        {
            Request(w, ns, operation, statics, batch: null);
            var errors = ErrorReader(operation, ns, statics);
            var send = operation.ResponseKind switch
            {
                ResponseKind.Json => "_core.SendJsonAsync<" + CSharpTypes.Name(operation.ResponseType!, ns) + ">(request, static (ref " + CSharpTypes.Reader + " r) => " + CSharpTypes.Read(operation.ResponseType!, ns, "r") + ", " + errors + ", cancellationToken)",
                ResponseKind.Binary => "_core.SendStreamAsync(request, " + errors + ", cancellationToken)",
                ResponseKind.Text => "_core.SendTextAsync(request, " + errors + ", cancellationToken)",
                _ => "_core.SendAsync(request, " + errors + ", cancellationToken)",
            };
            w.Line("return await " + send + ".ConfigureAwait(false);");
        }
    }

    /// <summary>
    /// The statements that check the arguments and build <c>request</c>. For a batch request the ids path parameter is
    /// the comma-separated chunk <c>__ids</c>, and the arguments were checked once by the batch method.
    /// </summary>
    private static void Request(SourceWriter w, string ns, OperationSpec operation, StaticFields statics, BatchSpec? batch)
    {
        if (batch is null)
        {
            foreach (var parameter in operation.Parameters.Where(p => p.Required && !p.Type.IsValueType))
            {
                w.Line("global::System.ArgumentNullException.ThrowIfNull(" + parameter.Name + ");");
            }

            ParameterChecks(w, operation);
        }

        w.Line("var uri = " + UriExpression(operation, batch) + ";");
        foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Query))
        {
            if (parameter.Type.Kind == TypeKind.Array)
            {
                w.Line("uri.Query(" + CSharpTypes.Literal(parameter.SpecName) + ", " + parameter.Name + ", static x => " + FormatValue(parameter.Type.Element!, "x") + ", " + (parameter.Explode ? "true" : "false") + ");");
            }
            else
            {
                w.Line("uri.Query(" + CSharpTypes.Literal(parameter.SpecName) + ", " + OptionalFormat(parameter, ns) + ");");
            }
        }

        var headers = operation.Parameters.Where(p => p.Location == ParameterLocation.Header).ToList();
        var sensitive = headers.Count == 0
            ? "global::System.Array.Empty<string>()"
            : statics.Add("string[]", "new[] { " + string.Join(", ", headers.Select(h => CSharpTypes.Literal(h.SpecName))) + " }", "__headers");
        w.Line("using var request = " + Core + ".CreateRequest(global::System.Net.Http.HttpMethod." + HttpMethodName(operation.HttpMethod) + ", uri.ToString(), "
            + CSharpTypes.Literal(operation.OperationId) + ", " + sensitive + ");");
        foreach (var header in headers)
        {
            var value = header.Type.Kind == TypeKind.Array
                ? "string.Join(\",\", global::System.Linq.Enumerable.Select(" + header.Name + ", static x => " + FormatValue(header.Type.Element!, "x") + "))"
                : FormatValue(header.Type, header.Required || !header.Type.IsValueType ? header.Name : header.Name + ".Value");
            if (header.Required)
            {
                w.Line("request.Headers.TryAddWithoutValidation(" + CSharpTypes.Literal(header.SpecName) + ", " + value + ");");
            }
            else
            {
                using (w.Open("if (" + header.Name + " is not null)"))
                {
                    w.Line("request.Headers.TryAddWithoutValidation(" + CSharpTypes.Literal(header.SpecName) + ", " + value + ");");
                }
            }
        }

        Body(w, ns, operation);
    }

    /// <summary>Checks path, query and header arguments against their schemas' constraints (<c>size</c> at most 200) before anything is sent.</summary>
    private static void ParameterChecks(SourceWriter w, OperationSpec operation)
    {
        var checks = new List<string>();
        foreach (var parameter in operation.Parameters.Where(p => p.Location is ParameterLocation.Path or ParameterLocation.Query or ParameterLocation.Header))
        {
            checks.AddRange(ConstraintChecks.Of(parameter.Type, parameter.Constraints, parameter.Name, CSharpTypes.Literal(parameter.SpecName), "__invalid"));
        }

        if (checks.Count == 0)
        {
            return;
        }

        using (w.Open("if (_core.Options.ValidateRequests)"))
        {
            w.Line("var __invalid = new global::System.Collections.Generic.List<global::Procountor.Runtime.Validation.ApiValidationError>();");
            foreach (var check in checks)
            {
                w.Line(check);
            }

            w.Line("global::Procountor.Runtime.Validation.ApiValidationException.ThrowIfAny(__invalid);");
        }
    }

    /// <summary>
    /// The method that takes any number of ids: checked once, then one request per chunk of at most
    /// <see cref="BatchSpec.MaxIds"/> ids through <c>ApiBatch</c>, each reading one resource or a list of them.
    /// </summary>
    private static void BatchMethod(SourceWriter w, string ns, OperationSpec operation, BatchSpec batch, StaticFields statics)
    {
        var parameters = Ordered(operation).Where(p => p.Name != batch.PathParameter).ToList();
        var itemType = CSharpTypes.Name(operation.ResponseType!, ns);
        var maxIds = batch.MaxIds.ToString(CultureInfo.InvariantCulture);
        w.Line();
        w.Summary(operation.Summary ?? operation.Doc, "<c>" + operation.HttpMethod + " " + SourceWriter.Escape(operation.PathTemplate) + "</c>");
        w.Line("/// <remarks>");
        w.Line("/// <c>" + operation.HttpMethod + " " + SourceWriter.Escape(operation.PathTemplate) + "</c> (" + SourceWriter.Escape(operation.OperationId) + ") for any number of ids: requests of at most "
            + maxIds + " comma-separated ids, <see cref=\"global::Procountor.Runtime.ApiClientOptions.BatchConcurrency\"/> at a time,");
        w.Line("/// merged without duplicates in the order the ids were asked for. Ids the server does not find are left out.");
        w.Line("/// </remarks>");
        w.Line("/// <param name=\"" + batch.IdsParameter.TrimStart('@') + "\">The ids, in any number; each is fetched once.</param>");
        foreach (var parameter in parameters)
        {
            w.Line("/// <param name=\"" + parameter.Name.TrimStart('@') + "\">As for <see cref=\"" + operation.Method + "\"/>.</param>");
        }

        w.Line("/// <param name=\"cancellationToken\">Cancels every request.</param>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">No id, an id that is not positive, or an argument that breaks the spec's constraints.</exception>");
        w.Line("/// <exception cref=\"global::Procountor.Runtime.ApiException\">The API answered with an error status other than 404.</exception>");
        var signature = "global::System.Collections.Generic.IEnumerable<long> " + batch.IdsParameter + ", " + Signature(parameters, ns);
        using (w.Open("public " + Task + "<global::System.Collections.Generic.IReadOnlyList<" + itemType + ">> " + batch.Method + "(" + signature + ")"))
        {
            foreach (var parameter in parameters.Where(p => p.Required && !p.Type.IsValueType))
            {
                w.Line("global::System.ArgumentNullException.ThrowIfNull(" + parameter.Name + ");");
            }

            ParameterChecks(w, operation with { Parameters = operation.Parameters.Where(p => p.Name != batch.PathParameter).ToEquatableArray() });
            var errors = ErrorReader(operation, ns, statics);
            w.Line("return global::Procountor.Runtime.Batching.ApiBatch.GetManyAsync<" + itemType + ">(");
            w.Indent();
            w.Line(batch.IdsParameter + ",");
            w.Line(CSharpTypes.Literal(batch.IdsParameter.TrimStart('@')) + ",");
            w.Line(maxIds + ",");
            w.Line("_core.Options.BatchConcurrency,");
            w.Line("async (__ids, __cancellationToken) =>");
            w.Line("{");
            w.Indent();
            Request(w, ns, operation, statics, batch);
            w.Line("return await _core.SendJsonListAsync<" + itemType + ">(request, static (ref " + CSharpTypes.Reader + " r) => " + CSharpTypes.Read(operation.ResponseType!, ns, "r") + ", " + errors + ", __cancellationToken).ConfigureAwait(false);");
            w.Outdent();
            w.Line("},");
            w.Line("static x => x." + batch.IdProperty + ",");
            w.Line("cancellationToken);");
            w.Outdent();
        }
    }

    private static string HttpMethodName(string method) => method switch
    {
        "GET" => "Get",
        "PUT" => "Put",
        "POST" => "Post",
        "DELETE" => "Delete",
        "PATCH" => "Patch",
        "HEAD" => "Head",
        "OPTIONS" => "Options",
        _ => "Trace",
    };

    /// <summary><c>new ApiUri("invoices/").Path(...).Literal("/image")</c>: relative to the base address, no leading slash.</summary>
    private static string UriExpression(OperationSpec operation, BatchSpec? batch)
    {
        var template = operation.PathTemplate.TrimStart('/');
        var builder = new StringBuilder();
        var literal = new StringBuilder();
        var started = false;
        for (var i = 0; i < template.Length; i++)
        {
            var close = template[i] == '{' ? template.IndexOf('}', i) : -1;
            var parameter = close > i ? operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Path && p.SpecName == template.Substring(i + 1, close - i - 1)) : null;
            if (parameter is null)
            {
                literal.Append(template[i]);
                continue;
            }

            Flush();
            var value = batch is not null && parameter.Name == batch.PathParameter ? "__ids"
                : parameter.Type.Kind == TypeKind.Array
                ? "string.Join(\",\", global::System.Linq.Enumerable.Select(" + parameter.Name + ", static x => " + FormatValue(parameter.Type.Element!, "x") + "))"
                : FormatValue(parameter.Type, parameter.Name);
            builder.Append(".Path(").Append(value).Append(')');
            i = close;
        }

        Flush();
        return started ? builder.ToString() : "new global::Procountor.Runtime.Http.ApiUri(\"\")";

        void Flush()
        {
            if (!started)
            {
                builder.Append("new global::Procountor.Runtime.Http.ApiUri(").Append(CSharpTypes.Literal(literal.ToString())).Append(')');
                started = true;
            }
            else if (literal.Length > 0)
            {
                builder.Append(".Literal(").Append(CSharpTypes.Literal(literal.ToString())).Append(')');
            }

            literal.Clear();
        }
    }

    /// <summary>A non-null value as the text a path, query, header or form field carries.</summary>
    private static string FormatValue(TypeRef type, string value) => type.Kind switch
    {
        TypeKind.String => value,
        TypeKind.Enum => value + ".Value",
        TypeKind.LocalDateTime => Format + ".FormatLocal(" + value + ")",
        _ => Format + ".Format(" + value + ")",
    };

    /// <summary>The formatted value, or <c>null</c> when an optional parameter is not given.</summary>
    private static string OptionalFormat(ParameterSpec parameter, string ns)
    {
        if (parameter.Required)
        {
            return FormatValue(parameter.Type, parameter.Name);
        }

        if (parameter.Type.Kind == TypeKind.String)
        {
            return parameter.Name;
        }

        return parameter.Name + " is { } " + "v_" + parameter.Name.TrimStart('@') + " ? " + FormatValue(parameter.Type, "v_" + parameter.Name.TrimStart('@')) + " : null";
    }

    private static void Body(SourceWriter w, string ns, OperationSpec operation)
    {
        switch (operation.BodyKind)
        {
            case BodyKind.Json:
            {
                var body = operation.Parameters.First(p => p.Location == ParameterLocation.Body);
                using (Guard(w, body))
                {
                    if (body.Type.Kind == TypeKind.Model)
                    {
                        w.Line("_core.Validate(" + body.Name + ", " + CSharpTypes.Literal(body.Name.TrimStart('@')) + ");");
                    }

                    var value = body.Required || !body.Type.IsValueType ? body.Name : body.Name + ".Value";
                    w.Line("request.Content = " + Core + ".JsonContent(" + value + ", static (w, v) => " + CSharpTypes.Write(body.Type, ns, "v", "w").TrimEnd(';') + ");");
                }

                break;
            }

            case BodyKind.Multipart:
                w.Line("var form = new global::System.Net.Http.MultipartFormDataContent();");
                foreach (var field in operation.Parameters.Where(p => p.Location == ParameterLocation.FormField))
                {
                    using (Guard(w, field))
                    {
                        var name = CSharpTypes.Literal(field.SpecName);
                        var value = field.Required || !field.Type.IsValueType ? field.Name : field.Name + ".Value";
                        if (field.Type.Kind == TypeKind.Binary)
                        {
                            var file = field.Constraints.MaxLength is { } maxBytes
                                ? "await _core.FileContentAsync(" + field.Name + ", " + maxBytes.ToString(CultureInfo.InvariantCulture) + ", " + name + ", cancellationToken).ConfigureAwait(false)"
                                : Core + ".FileContent(" + field.Name + ")";
                            w.Line("form.Add(" + file + ", " + name + ", " + field.Name + ".FileName);");
                        }
                        else if (field.Type.Kind is TypeKind.Model or TypeKind.Union or TypeKind.Array or TypeKind.Map or TypeKind.Json)
                        {
                            if (field.Type.Kind == TypeKind.Model)
                            {
                                w.Line("_core.Validate(" + field.Name + ", " + CSharpTypes.Literal(field.Name.TrimStart('@')) + ");");
                            }

                            w.Line("form.Add(" + Core + ".JsonContent(" + value + ", static (w, v) => " + CSharpTypes.Write(field.Type, ns, "v", "w").TrimEnd(';') + "), " + name + ");");
                        }
                        else
                        {
                            w.Line("form.Add(new global::System.Net.Http.StringContent(" + FormatValue(field.Type, value) + "), " + name + ");");
                        }
                    }
                }

                w.Line("request.Content = form;");
                break;
            case BodyKind.Form:
                w.Line("var fields = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();");
                foreach (var field in operation.Parameters.Where(p => p.Location == ParameterLocation.FormField))
                {
                    using (Guard(w, field))
                    {
                        var value = field.Required || !field.Type.IsValueType ? field.Name : field.Name + ".Value";
                        var text = field.Type.Kind is TypeKind.Model or TypeKind.Union or TypeKind.Array or TypeKind.Map or TypeKind.Json or TypeKind.Binary
                            ? "global::System.Text.Encoding.UTF8.GetString(global::Procountor.Runtime.Json.JsonModel.Write(" + value + ", static (w, v) => " + CSharpTypes.Write(field.Type, ns, "v", "w").TrimEnd(';') + ").WrittenSpan)"
                            : FormatValue(field.Type, value);
                        w.Line("fields.Add(new(" + CSharpTypes.Literal(field.SpecName) + ", " + text + "));");
                    }
                }

                w.Line("request.Content = new global::System.Net.Http.FormUrlEncodedContent(fields);");
                break;
            case BodyKind.Binary:
            {
                var body = operation.Parameters.First(p => p.Location == ParameterLocation.Body);
                using (Guard(w, body))
                {
                    w.Line("request.Content = " + Core + ".StreamContent(" + body.Name + ", " + CSharpTypes.Literal(operation.BodyContentType!) + ");");
                }

                break;
            }

            case BodyKind.Text:
            {
                var body = operation.Parameters.First(p => p.Location == ParameterLocation.Body);
                using (Guard(w, body))
                {
                    w.Line("request.Content = new global::System.Net.Http.StringContent(" + body.Name + ", global::System.Text.Encoding.UTF8, " + CSharpTypes.Literal(MediaTypeOnly(operation.BodyContentType!)) + ");");
                }

                break;
            }
        }
    }

    /// <summary>Opens <c>if (x is not null)</c> for parameters that may be null; a required value type needs no check.</summary>
    private static IDisposable Guard(SourceWriter w, ParameterSpec parameter)
    {
        if (parameter.Required && parameter.Type.IsValueType)
        {
            w.Line("{");
            w.Indent();
            return new SourceWriter.Block(w, "}");
        }

        return w.Open("if (" + parameter.Name + " is not null)");
    }

    private static string MediaTypeOnly(string contentType)
    {
        var end = contentType.IndexOf(';');
        return (end < 0 ? contentType : contentType.Substring(0, end)).Trim();
    }

    /// <summary>A static reader of the error bodies the spec declares per status (shared by operations with the same errors).</summary>
    private static string ErrorReader(OperationSpec operation, string ns, StaticFields statics)
    {
        if (operation.Errors.IsEmpty)
        {
            return Core + ".NoErrorBody";
        }

        var arms = new List<string>();
        var hasDefault = false;
        foreach (var error in operation.Errors.OrderBy(e => Rank(e.Status)).ThenBy(e => e.Status, StringComparer.Ordinal))
        {
            var read = "global::Procountor.Runtime.Json.JsonModel.Read(body, static (ref " + CSharpTypes.Reader + " r) => (object?)" + CSharpTypes.Read(error.Type, ns, "r") + ")";
            var status = error.Status.ToUpperInvariant();
            if (status == "DEFAULT")
            {
                arms.Add("_ => " + read);
                hasDefault = true;
            }
            else if (status.Length == 3 && status.EndsWith("XX", StringComparison.Ordinal))
            {
                var hundred = (status[0] - '0') * 100;
                arms.Add(">= " + hundred.ToString(CultureInfo.InvariantCulture) + " and < " + (hundred + 100).ToString(CultureInfo.InvariantCulture) + " => " + read);
            }
            else if (int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                arms.Add(code.ToString(CultureInfo.InvariantCulture) + " => " + read);
            }
        }

        if (!hasDefault)
        {
            arms.Add("_ => null");
        }

        return statics.Add("global::Procountor.Runtime.Http.ApiErrorReader", "static (status, body) => status switch { " + string.Join(", ", arms) + " }", "__errors");

        static int Rank(string status) => status.Equals("default", StringComparison.OrdinalIgnoreCase) ? 2 : status.EndsWith("XX", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    private static void Pager(SourceWriter w, string ns, OperationSpec operation, PagingSpec paging)
    {
        var parameters = Ordered(operation).Where(p => p.Name != paging.PageParameter).ToList();
        var itemType = CSharpTypes.Name(paging.ItemType, ns);
        var pageType = CSharpTypes.Name(operation.ResponseType!, ns);
        var pageable = "global::Procountor.Runtime.Paging.ApiPageable<" + pageType + ", " + itemType + ">";
        var defaultSize = paging.SizeParameter is not null && paging.DefaultPageSize is { } d ? d.ToString(CultureInfo.InvariantCulture) : null;
        w.Line();
        w.Summary(null, "Every item of <see cref=\"" + operation.Method + "\"/>, fetching one page after another as the caller enumerates; <c>AsPages()</c> gives the pages.");
        w.Line("/// <remarks>Starts at page 0 and stops after an empty or short page, or when the total count is reached.</remarks>");
        foreach (var parameter in parameters)
        {
            var text = parameter.Name != paging.SizeParameter ? "As for <see cref=\"" + operation.Method + "\"/>."
                : defaultSize is null ? "Items per page." : "Items per page; " + defaultSize + " (the most a page holds) when not given.";
            w.Line("/// <param name=\"" + parameter.Name.TrimStart('@') + "\">" + text + "</param>");
        }

        w.Line("/// <param name=\"cancellationToken\">Stops the walk.</param>");
        using (w.Open("public " + pageable + " " + paging.PagerMethod + "(" + Signature(parameters, ns) + ")"))
        {
            if (defaultSize is not null)
            {
                w.Line(paging.SizeParameter + " ??= " + defaultSize + ";");
            }

            var arguments = string.Concat(operation.Parameters.Select(p => p.Name.TrimStart('@') + ": " + (p.Name == paging.PageParameter ? "__page" : p.Name) + ", "));
            var total = paging.TotalCountProperty is null ? "static _ => null" : "static p => p." + paging.MetaProperty + "?." + paging.TotalCountProperty;
            var size = paging.SizeParameter is null ? "null" : "(int?)" + paging.SizeParameter;
            w.Line("return new " + pageable + "(");
            w.Line("    async (__page, __cancellationToken) => (await " + operation.Method + "(" + arguments + "cancellationToken: __cancellationToken).ConfigureAwait(false)).Value,");
            w.Line("    static p => p." + paging.ResultsProperty + ",");
            w.Line("    " + total + ",");
            w.Line("    " + size + ",");
            w.Line("    cancellationToken);");
        }
    }

    /// <summary>Static fields of a group, de-duplicated by their initializer so that identical readers are shared.</summary>
    private sealed class StaticFields
    {
        private readonly Dictionary<string, string> _byInitializer = new(StringComparer.Ordinal);

        public List<string> Declarations { get; } = [];

        public string Add(string type, string initializer, string prefix)
        {
            var key = type + "=" + initializer;
            if (!_byInitializer.TryGetValue(key, out var name))
            {
                name = prefix + _byInitializer.Count.ToString(CultureInfo.InvariantCulture);
                _byInitializer.Add(key, name);
                Declarations.Add("private static readonly " + type + " " + name + " = " + initializer + ";");
            }

            return name;
        }
    }
}
