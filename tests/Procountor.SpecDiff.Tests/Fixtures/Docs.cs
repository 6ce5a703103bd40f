namespace Procountor.SpecDiff.Tests.Fixtures;

/// <summary>Tiny OpenAPI documents written around one schema, parameter or operation, for rule fixtures.</summary>
internal static class Docs
{
    public const string Ok = """{"200":{"description":"ok"}}""";

    /// <summary>Replaces <c>@1</c>, <c>@2</c>, … in a JSON template (JSON's own braces make interpolation unreadable).</summary>
    public static string Fill(string template, params string[] values)
    {
        for (var i = values.Length; i >= 1; i--)
        {
            template = template.Replace("@" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), values[i - 1], StringComparison.Ordinal);
        }

        return template;
    }

    public static string Document(string paths, string components = "{}", string version = "1.0", string openapi = "3.0.1", string extra = "") =>
        Fill("""{"openapi":"@1","info":{"title":"fixture","version":"@2"}@3,"paths":@4,"components":@5}""", openapi, version, extra, paths, components);

    public static string Operation(string method, string path, string operation, string components = "{}", string version = "1.0") =>
        Document(Fill("""{"@1":{"@2":@3}}""", path, method, operation), components, version);

    public static string RequestBody(string schema, string mediaType = "application/json") =>
        Operation("post", "/things", Fill("""{"requestBody":{"content":{"@1":{"schema":@2}}},"responses":@3}""", mediaType, schema, Ok));

    public static string ResponseBody(string schema, string mediaType = "application/json") =>
        Operation("get", "/things", Fill("""{"responses":{"200":{"description":"ok","content":{"@1":{"schema":@2}}}}}""", mediaType, schema));

    public static string Parameter(string schema, string location = "query", string name = "q", bool required = false, string extra = "") =>
        Operation("get", "/things", Fill("""{"parameters":[{"name":"@1","in":"@2","required":@3@4,"schema":@5}],"responses":@6}""", name, location, required ? "true" : "false", extra, schema, Ok));

    public static string ResponseHeader(string schema, string extra = "") =>
        Operation("get", "/things", Fill("""{"responses":{"200":{"description":"ok","headers":{"X-Rate":{"schema":@1@2}}}}}""", schema, extra));

    /// <summary>An object with one property <c>p</c>.</summary>
    public static string Property(string schema, bool required = false) =>
        Fill("""{"type":"object",@1"properties":{"p":@2}}""", required ? "\"required\":[\"p\"]," : string.Empty, schema);

    /// <summary>Adds members to a schema object: <c>With("{\"type\":\"string\"}", "\"readOnly\":true")</c>.</summary>
    public static string With(string schema, string members) =>
        schema == "{}" ? "{" + members + "}" : "{" + members + "," + schema.Substring(1);
}
