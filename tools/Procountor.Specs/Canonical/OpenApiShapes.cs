namespace Procountor.Specs.Canonical;

/// <summary>
/// The OpenAPI 3.0 object kinds and their keyword order, as <c>specs/FORMATS.md</c> fixes it. Keys the grammar does
/// not name (extensions, 3.1 additions, vendor oddities) follow the keywords in ordinal order, so nothing is lost.
/// </summary>
internal static class OpenApiShapes
{
    public static JsonShape Document { get; } = Build();

    private static JsonShape Build()
    {
        var schema = JsonShape.Keywords(
            "$ref", "type", "format", "title", "description", "nullable", "readOnly", "writeOnly", "deprecated", "enum", "default", "example",
            "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern",
            "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "required", "properties", "additionalProperties",
            "items", "allOf", "oneOf", "anyOf", "not", "discriminator", "xml", "externalDocs");
        var schemas = JsonShape.ListOf(schema);
        schema.With("properties", JsonShape.MapOf(schema)).With("additionalProperties", schema).With("items", schema)
            .With("allOf", schemas).With("oneOf", schemas).With("anyOf", schemas).With("not", schema)
            .With("discriminator", JsonShape.Keywords("propertyName", "mapping"))
            .With("xml", JsonShape.Keywords("name", "namespace", "prefix", "attribute", "wrapped"));

        var externalDocs = JsonShape.Keywords("description", "url");
        schema.With("externalDocs", externalDocs);
        var example = JsonShape.Keywords("$ref", "summary", "description", "value", "externalValue");
        var examples = JsonShape.MapOf(example);

        var header = JsonShape.Keywords("$ref", "description", "required", "deprecated", "allowEmptyValue", "style", "explode", "allowReserved", "schema", "example", "examples", "content");
        var headers = JsonShape.MapOf(header);
        var encoding = JsonShape.Keywords("contentType", "headers", "style", "explode", "allowReserved").With("headers", headers);
        var mediaType = JsonShape.Keywords("schema", "example", "examples", "encoding")
            .With("schema", schema).With("examples", examples).With("encoding", JsonShape.MapOf(encoding));
        var content = JsonShape.MapOf(mediaType);
        header.With("schema", schema).With("examples", examples).With("content", content);

        var parameter = JsonShape.Keywords("$ref", "name", "in", "description", "required", "deprecated", "allowEmptyValue", "style", "explode", "allowReserved", "schema", "example", "examples", "content")
            .With("schema", schema).With("examples", examples).With("content", content);
        var requestBody = JsonShape.Keywords("$ref", "description", "content", "required").With("content", content);
        var server = JsonShape.Keywords("url", "description", "variables")
            .With("variables", JsonShape.MapOf(JsonShape.Keywords("enum", "default", "description")));
        var servers = JsonShape.ListOf(server);
        var link = JsonShape.Keywords("$ref", "operationRef", "operationId", "parameters", "requestBody", "description", "server").With("server", server);
        var response = JsonShape.Keywords("$ref", "description", "headers", "content", "links")
            .With("headers", headers).With("content", content).With("links", JsonShape.MapOf(link));

        var pathItem = JsonShape.Keywords("$ref", "summary", "description", "servers", "parameters", "get", "put", "post", "delete", "options", "head", "patch", "trace");
        var callback = JsonShape.MapOf(pathItem);
        var operation = JsonShape.Keywords("summary", "description", "operationId", "tags", "parameters", "requestBody", "responses", "callbacks", "deprecated", "security", "servers", "externalDocs")
            .With("parameters", JsonShape.ListOf(parameter)).With("requestBody", requestBody).With("responses", JsonShape.MapOf(response))
            .With("callbacks", JsonShape.MapOf(callback)).With("servers", servers).With("externalDocs", externalDocs);
        pathItem.With("servers", servers).With("parameters", JsonShape.ListOf(parameter));
        foreach (var method in new[] { "get", "put", "post", "delete", "options", "head", "patch", "trace" })
        {
            pathItem.With(method, operation);
        }

        var flow = JsonShape.Keywords("authorizationUrl", "tokenUrl", "refreshUrl", "scopes");
        var securityScheme = JsonShape.Keywords("$ref", "type", "description", "name", "in", "scheme", "bearerFormat", "flows", "openIdConnectUrl")
            .With("flows", JsonShape.Keywords("implicit", "password", "clientCredentials", "authorizationCode")
                .With("implicit", flow).With("password", flow).With("clientCredentials", flow).With("authorizationCode", flow));
        var components = JsonShape.Keywords("schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links", "callbacks")
            .With("schemas", JsonShape.MapOf(schema)).With("responses", JsonShape.MapOf(response)).With("parameters", JsonShape.MapOf(parameter))
            .With("examples", examples).With("requestBodies", JsonShape.MapOf(requestBody)).With("headers", headers)
            .With("securitySchemes", JsonShape.MapOf(securityScheme)).With("links", JsonShape.MapOf(link)).With("callbacks", JsonShape.MapOf(callback));

        var info = JsonShape.Keywords("title", "description", "termsOfService", "contact", "license", "version")
            .With("contact", JsonShape.Keywords("name", "url", "email")).With("license", JsonShape.Keywords("name", "url"));
        var tag = JsonShape.Keywords("name", "description", "externalDocs").With("externalDocs", externalDocs);
        return JsonShape.Keywords("openapi", "info", "servers", "security", "tags", "paths", "components", "externalDocs")
            .With("info", info).With("servers", servers).With("tags", JsonShape.ListOf(tag)).With("paths", JsonShape.MapOf(pathItem))
            .With("components", components).With("externalDocs", externalDocs);
    }
}
