using Procountor.SpecDiff.Rules;

namespace Procountor.SpecDiff.Tests.Fixtures;

/// <summary>Fixtures of the rules outside the schema families: properties, parameters, bodies, responses, endpoints, security, document.</summary>
internal static class OperationFixtures
{
    private const string Ok = Docs.Ok;
    private const string Str = """{"type":"string"}""";
    private const string Int = """{"type":"integer"}""";

    private static readonly RuleOptions Policy = SchemaFamilyFixtures.Policy;

    public static IEnumerable<RuleFixture> All() =>
        Properties().Concat(Mutability()).Concat(Parameters()).Concat(RequestBodies()).Concat(Responses())
            .Concat(Endpoints()).Concat(Security()).Concat(Document());

    private static RuleFixture Fixture(string id, string? operation, string @base, string revision, RuleOptions? options = null, bool symmetric = false, string? name = null) =>
        new(name ?? id, id, operation, @base, revision, options, symmetric);

    private static string Object(string properties, string required = "") =>
        Docs.Fill("""{"type":"object",@1"properties":{"a":{"type":"boolean"}@2}}""", required.Length > 0 ? "\"required\":[" + required + "]," : string.Empty, properties);

    private static IEnumerable<RuleFixture> Properties()
    {
        const string post = "POST /things";
        const string get = "GET /things";
        var none = Object(string.Empty);
        var optional = Object(""","p":{"type":"integer"}""");
        var required = Object(""","p":{"type":"integer"}""", "\"p\"");
        var requiredWithDefault = Object(""","p":{"type":"integer","default":1}""", "\"p\"");
        var optionalWithDefault = Object(""","p":{"type":"integer","default":1}""");
        var writeOnlyOptional = Object(""","p":{"type":"integer","writeOnly":true}""");
        var writeOnlyRequired = Object(""","p":{"type":"integer","writeOnly":true}""", "\"p\"");

        yield return Fixture("new-required-request-property", post, Docs.RequestBody(none), Docs.RequestBody(required));
        yield return Fixture("new-required-request-property-with-default", post, Docs.RequestBody(none), Docs.RequestBody(requiredWithDefault));
        yield return Fixture("new-optional-request-property", post, Docs.RequestBody(none), Docs.RequestBody(optional));
        yield return Fixture("request-property-removed", post, Docs.RequestBody(optional), Docs.RequestBody(none));
        yield return Fixture("request-property-became-required", post, Docs.RequestBody(optional), Docs.RequestBody(required));
        yield return Fixture("request-property-became-required-with-default", post, Docs.RequestBody(optionalWithDefault), Docs.RequestBody(requiredWithDefault));
        yield return Fixture("request-property-became-optional", post, Docs.RequestBody(required), Docs.RequestBody(optional));
        yield return Fixture("new-required-request-header-property", get, Docs.Parameter(none, "header", "X-Filter"), Docs.Parameter(required, "header", "X-Filter"));
        yield return Fixture("request-header-property-became-required", get, Docs.Parameter(optional, "header", "X-Filter"), Docs.Parameter(required, "header", "X-Filter"));

        yield return Fixture("response-optional-property-added", get, Docs.ResponseBody(none), Docs.ResponseBody(optional));
        yield return Fixture("response-required-property-added", get, Docs.ResponseBody(none), Docs.ResponseBody(required));
        yield return Fixture("response-optional-write-only-property-added", get, Docs.ResponseBody(none), Docs.ResponseBody(writeOnlyOptional));
        yield return Fixture("response-required-write-only-property-added", get, Docs.ResponseBody(none), Docs.ResponseBody(writeOnlyRequired));
        yield return Fixture("response-optional-property-removed", get, Docs.ResponseBody(optional), Docs.ResponseBody(none));
        yield return Fixture("response-required-property-removed", get, Docs.ResponseBody(required), Docs.ResponseBody(none));
        yield return Fixture("response-optional-write-only-property-removed", get, Docs.ResponseBody(writeOnlyOptional), Docs.ResponseBody(none));
        yield return Fixture("response-required-write-only-property-removed", get, Docs.ResponseBody(writeOnlyRequired), Docs.ResponseBody(none));
        yield return Fixture("response-property-became-required", get, Docs.ResponseBody(optional), Docs.ResponseBody(required));
        yield return Fixture("response-property-became-optional", get, Docs.ResponseBody(required), Docs.ResponseBody(optional));
        yield return Fixture("response-write-only-property-became-required", get, Docs.ResponseBody(writeOnlyOptional), Docs.ResponseBody(writeOnlyRequired));
        yield return Fixture("response-write-only-property-became-optional", get, Docs.ResponseBody(writeOnlyRequired), Docs.ResponseBody(writeOnlyOptional));

        // Renames: the only removal and the only addition of the same type at the same place.
        var before = Object(""","referenceCode":{"type":"string"}""");
        var after = Object(""","bankReferenceCode":{"type":"string"}""");
        yield return Fixture("request-property-renamed", post, Docs.RequestBody(before), Docs.RequestBody(after), symmetric: true);
        yield return Fixture("response-property-renamed", get, Docs.ResponseBody(before), Docs.ResponseBody(after), symmetric: true);
    }

    private static IEnumerable<RuleFixture> Mutability()
    {
        foreach (var side in new[] { "request", "response" })
        {
            foreach (var requiredness in new[] { "required", "optional" })
            {
                foreach (var flag in new[] { "readOnly", "writeOnly" })
                {
                    var list = requiredness == "required" ? "\"p\"" : string.Empty;
                    var plain = Object(""","p":{"type":"integer"}""", list);
                    var flagged = Object(Docs.Fill(""","p":{"type":"integer","@1":true}""", flag), list);
                    string Doc(string schema) => side == "request" ? Docs.RequestBody(schema) : Docs.ResponseBody(schema);
                    var operation = side == "request" ? "POST /things" : "GET /things";
                    var words = flag == "readOnly" ? "read-only" : "write-only";
                    yield return Fixture($"{side}-{requiredness}-property-became-{words}", operation, Doc(plain), Doc(flagged));
                    yield return Fixture($"{side}-{requiredness}-property-became-not-{words}", operation, Doc(flagged), Doc(plain));
                }
            }
        }
    }

    private static string Parameters(string parameters, string path = "/things", string pathParameters = "") =>
        Docs.Document(Docs.Fill("""{"@1":{@2"get":{"parameters":[@3],"responses":@4}}}""", path, pathParameters, parameters, Ok));

    private static string Query(string name, bool required = false, string extra = "", string schema = Int) =>
        Docs.Fill("""{"name":"@1","in":"query","required":@2@3,"schema":@4}""", name, required ? "true" : "false", extra, schema);

    private static IEnumerable<RuleFixture> Parameters()
    {
        const string get = "GET /things";
        var none = Parameters(string.Empty);
        yield return Fixture("new-required-request-parameter", get, none, Parameters(Query("q", required: true)));
        yield return Fixture("new-optional-request-parameter", get, none, Parameters(Query("q")));
        yield return Fixture("new-request-path-parameter", "GET /things/{id}", Parameters(string.Empty, "/things/{id}"),
            Parameters("""{"name":"id","in":"path","required":true,"schema":{"type":"string"}}""", "/things/{id}"));
        yield return Fixture("new-required-request-default-parameter-to-existing-path", get, none, Parameters(string.Empty, pathParameters: "\"parameters\":[" + Query("q", required: true) + "],"));
        yield return Fixture("new-optional-request-default-parameter-to-existing-path", get, none, Parameters(string.Empty, pathParameters: "\"parameters\":[" + Query("q") + "],"));
        yield return Fixture("request-parameter-removed", get, Parameters(Query("q")), none);
        yield return Fixture("request-parameter-removed-with-deprecation", get, Parameters(Query("q", extra: ",\"deprecated\":true")), none);
        yield return Fixture("request-parameter-removed-before-sunset", get, Parameters(Query("q", extra: ",\"deprecated\":true,\"x-sunset\":\"2030-01-01\"")), none, Policy);
        yield return Fixture("request-parameter-sunset-parse", get, Parameters(Query("q", extra: ",\"deprecated\":true,\"x-sunset\":\"someday\"")), none);
        yield return Fixture("request-parameter-became-required", get, Parameters(Query("q")), Parameters(Query("q", required: true)));
        yield return Fixture("request-parameter-became-optional", get, Parameters(Query("q", required: true)), Parameters(Query("q")));
        yield return Fixture("request-parameter-deprecated", get, Parameters(Query("q")), Parameters(Query("q", extra: ",\"deprecated\":true")));
        yield return Fixture("request-parameter-reactivated", get, Parameters(Query("q", extra: ",\"deprecated\":true")), Parameters(Query("q")));
        yield return Fixture("request-parameter-deprecated-sunset-missing", get, Parameters(Query("q")), Parameters(Query("q", extra: ",\"deprecated\":true")), Policy);
        yield return Fixture("request-parameter-sunset-date-too-small", get, Parameters(Query("q")), Parameters(Query("q", extra: ",\"deprecated\":true,\"x-sunset\":\"2024-02-01\"")), Policy);
        yield return Fixture("request-parameter-sunset-deleted", get, Parameters(Query("q", extra: ",\"deprecated\":true,\"x-sunset\":\"2030-01-01\"")), Parameters(Query("q", extra: ",\"deprecated\":true")));
        yield return Fixture("request-parameter-sunset-date-changed-too-small", get, Parameters(Query("q", extra: ",\"deprecated\":true,\"x-sunset\":\"2030-01-01\"")), Parameters(Query("q", extra: ",\"deprecated\":true,\"x-sunset\":\"2024-02-01\"")), Policy);
        yield return Fixture("request-parameter-renamed", get, Parameters(Query("limit")), Parameters(Query("size")), symmetric: true);
        yield return Fixture("request-parameter-renamed", get, Parameters(Query("limit")), Parameters("""{"name":"limit","in":"header","schema":{"type":"integer"}}"""), symmetric: true, name: "request-parameter-renamed (moved to a header)");
    }

    private static string Body(string body) => Docs.Operation("post", "/things", "{" + body + "\"responses\":" + Ok + "}");

    private static string Content(string mediaTypes, string required = "") => "{" + required + "\"content\":{" + mediaTypes + "}},";

    private static IEnumerable<RuleFixture> RequestBodies()
    {
        const string post = "POST /things";
        var json = "\"application/json\":{\"schema\":" + Str + "}";
        var xml = "\"application/xml\":{\"schema\":" + Str + "}";
        var none = Body(string.Empty);
        yield return Fixture("request-body-added-required", post, none, Body("\"requestBody\":" + Content(json, "\"required\":true,").TrimEnd(',') + ","));
        yield return Fixture("request-body-added-optional", post, none, Body("\"requestBody\":" + Content(json).TrimEnd(',') + ","));
        yield return Fixture("request-body-removed", post, Body("\"requestBody\":" + Content(json).TrimEnd(',') + ","), none);
        yield return Fixture("request-body-became-required", post, Body("\"requestBody\":" + Content(json).TrimEnd(',') + ","), Body("\"requestBody\":" + Content(json, "\"required\":true,").TrimEnd(',') + ","));
        yield return Fixture("request-body-became-optional", post, Body("\"requestBody\":" + Content(json, "\"required\":true,").TrimEnd(',') + ","), Body("\"requestBody\":" + Content(json).TrimEnd(',') + ","));
        yield return Fixture("request-body-media-type-added", post, Body("\"requestBody\":" + Content(json).TrimEnd(',') + ","), Body("\"requestBody\":" + Content(json + "," + xml).TrimEnd(',') + ","));
        yield return Fixture("request-body-media-type-removed", post, Body("\"requestBody\":" + Content(json + "," + xml).TrimEnd(',') + ","), Body("\"requestBody\":" + Content(json).TrimEnd(',') + ","));
        yield return Fixture("request-body-media-type-schema-added", post, Body("\"requestBody\":" + Content("\"application/json\":{}").TrimEnd(',') + ","), Body("\"requestBody\":" + Content(json).TrimEnd(',') + ","));
        yield return Fixture("request-body-media-type-schema-removed", post, Body("\"requestBody\":" + Content(json).TrimEnd(',') + ","), Body("\"requestBody\":" + Content("\"application/json\":{}").TrimEnd(',') + ","));
    }

    private static string Responses(string responses) => Docs.Operation("get", "/things", "{\"responses\":{" + responses + "}}");

    private static string Response(string status, string content = "", string headers = "") =>
        Docs.Fill("\"@1\":{\"description\":\"r\"@2@3}", status, content.Length > 0 ? ",\"content\":{" + content + "}" : string.Empty, headers.Length > 0 ? ",\"headers\":{" + headers + "}" : string.Empty);

    private static IEnumerable<RuleFixture> Responses()
    {
        const string get = "GET /things";
        var ok = Response("200");
        var json = "\"application/json\":{\"schema\":" + Str + "}";
        yield return Fixture("response-success-status-added", get, Responses(ok), Responses(ok + "," + Response("201")));
        yield return Fixture("response-success-status-removed", get, Responses(ok + "," + Response("201")), Responses(ok));
        yield return Fixture("response-non-success-status-added", get, Responses(ok), Responses(ok + "," + Response("404")));
        yield return Fixture("response-non-success-status-removed", get, Responses(ok + "," + Response("404")), Responses(ok));
        yield return Fixture("response-media-type-added", get, Responses(Response("200", json)), Responses(Response("200", json + ",\"application/xml\":{}")));
        yield return Fixture("response-media-type-removed", get, Responses(Response("200", json + ",\"application/xml\":{}")), Responses(Response("200", json)));
        yield return Fixture("response-media-type-name-changed", get, Responses(Response("200", json)), Responses(Response("200", "\"application/json; charset=utf-8\":{}")), symmetric: true);
        yield return Fixture("response-media-type-name-generalized", get, Responses(Response("200", json)), Responses(Response("200", "\"application/*\":{}")));
        yield return Fixture("response-media-type-name-specialized", get, Responses(Response("200", "\"application/*\":{}")), Responses(Response("200", json)));
        yield return Fixture("response-body-media-type-schema-added", get, Responses(Response("200", "\"application/json\":{}")), Responses(Response("200", json)));
        yield return Fixture("response-body-media-type-schema-removed", get, Responses(Response("200", json)), Responses(Response("200", "\"application/json\":{}")));
        var header = "\"X-Rate\":{\"schema\":" + Int + "}";
        var requiredHeader = "\"X-Rate\":{\"required\":true,\"schema\":" + Int + "}";
        yield return Fixture("response-header-added", get, Responses(ok), Responses(Response("200", headers: header)));
        yield return Fixture("optional-response-header-removed", get, Responses(Response("200", headers: header)), Responses(ok));
        yield return Fixture("required-response-header-removed", get, Responses(Response("200", headers: requiredHeader)), Responses(ok));
        yield return Fixture("response-header-became-optional", get, Responses(Response("200", headers: requiredHeader)), Responses(Response("200", headers: header)));
    }

    private static string Paths(string paths) => Docs.Document("{" + paths + "}");

    private static string Op(string path, string methods) => "\"" + path + "\":{" + methods + "}";

    private static string Method(string method, string extra = "") => "\"" + method + "\":{" + extra + "\"responses\":" + Ok + "}";

    private static IEnumerable<RuleFixture> Endpoints()
    {
        var things = Op("/things", Method("get"));
        yield return Fixture("endpoint-added", "POST /things", Paths(things), Paths(Op("/things", Method("get") + "," + Method("post"))));
        yield return Fixture("endpoint-added", "GET /other", Paths(things), Paths(things + "," + Op("/other", Method("get"))), name: "endpoint-added (new path)");
        yield return Fixture("api-path-removed-without-deprecation", "GET /other", Paths(things + "," + Op("/other", Method("get"))), Paths(things));
        yield return Fixture("api-path-removed-with-deprecation", "GET /other", Paths(things + "," + Op("/other", Method("get", "\"deprecated\":true,"))), Paths(things));
        yield return Fixture("api-path-removed-before-sunset", "GET /other", Paths(things + "," + Op("/other", Method("get", "\"deprecated\":true,\"x-sunset\":\"2030-01-01\","))), Paths(things), Policy);
        yield return Fixture("api-path-sunset-parse", "GET /other", Paths(things + "," + Op("/other", Method("get", "\"deprecated\":true,\"x-sunset\":\"later\","))), Paths(things));
        var two = Paths(Op("/things", Method("get") + "," + Method("delete", "\"operationId\":\"drop\",")));
        var deprecatedDelete = Paths(Op("/things", Method("get") + "," + Method("delete", "\"operationId\":\"drop\",\"deprecated\":true,")));
        yield return Fixture("api-removed-without-deprecation", "DELETE /things", two, Paths(things));
        yield return Fixture("api-removed-with-deprecation", "DELETE /things", deprecatedDelete, Paths(things));
        yield return Fixture("api-removed-before-sunset", "DELETE /things", Paths(Op("/things", Method("get") + "," + Method("delete", "\"deprecated\":true,\"x-sunset\":\"2030-01-01\","))), Paths(things), Policy);
        string Get(string extra) => Paths(Op("/things", Method("get", extra)));
        yield return Fixture("endpoint-deprecated", "GET /things", Get(string.Empty), Get("\"deprecated\":true,"));
        yield return Fixture("endpoint-deprecated-with-sunset", "GET /things", Get(string.Empty), Get("\"deprecated\":true,\"x-sunset\":\"2030-01-01\","));
        yield return Fixture("endpoint-reactivated", "GET /things", Get("\"deprecated\":true,"), Get(string.Empty));
        yield return Fixture("api-deprecated-sunset-missing", "GET /things", Get(string.Empty), Get("\"deprecated\":true,"), Policy);
        yield return Fixture("api-deprecated-sunset-parse", "GET /things", Get(string.Empty), Get("\"deprecated\":true,\"x-sunset\":\"later\","));
        yield return Fixture("api-sunset-date-too-small", "GET /things", Get(string.Empty), Get("\"deprecated\":true,\"x-sunset\":\"2024-02-01\","), Policy);
        yield return Fixture("sunset-deleted", "GET /things", Get("\"deprecated\":true,\"x-sunset\":\"2030-01-01\","), Get("\"deprecated\":true,"));
        yield return Fixture("api-sunset-date-changed-too-small", "GET /things", Get("\"deprecated\":true,\"x-sunset\":\"2030-01-01\","), Get("\"deprecated\":true,\"x-sunset\":\"2024-02-01\","), Policy);
        yield return Fixture("api-stability-decreased", "GET /things", Get("\"x-stability-level\":\"stable\","), Get("\"x-stability-level\":\"beta\","));
        yield return Fixture("api-stability-increased", "GET /things", Get("\"x-stability-level\":\"beta\","), Get("\"x-stability-level\":\"stable\","));
        yield return Fixture("api-invalid-stability-level", "GET /things", Get("\"x-stability-level\":\"beta\","), Get("\"x-stability-level\":\"solid\","));
        yield return Fixture("api-operation-id-added", "GET /things", Get(string.Empty), Get("\"operationId\":\"list\","));
        yield return Fixture("api-operation-id-removed", "GET /things", Get("\"operationId\":\"list\","), Get(string.Empty));
        yield return Fixture("api-tag-added", "GET /things", Get(string.Empty), Get("\"tags\":[\"things\"],"));
        yield return Fixture("api-tag-removed", "GET /things", Get("\"tags\":[\"things\"],"), Get(string.Empty));
        var metadata = "\"operationId\":\"putMetadata\",";
        yield return Fixture("endpoint-path-renamed", "PUT /referencepayments/{referencePaymentId}/metadata",
            Paths(Op("/referencepayments/metadata", Method("put", metadata))), Paths(Op("/referencepayments/{referencePaymentId}/metadata", Method("put", metadata))), symmetric: true);
        yield return Fixture("endpoint-method-changed", "PATCH /things", Paths(Op("/things", Method("put", metadata))), Paths(Op("/things", Method("patch", metadata))), symmetric: true);
    }

    private static string Secured(string operationSecurity = "", string globalSecurity = "", string schemes = "") =>
        Docs.Document(
            "{\"/things\":{\"get\":{" + operationSecurity + "\"responses\":" + Ok + "}}}",
            schemes.Length == 0 ? "{}" : "{\"securitySchemes\":{" + schemes + "}}",
            extra: globalSecurity.Length == 0 ? string.Empty : ",\"security\":" + globalSecurity);

    private static string OAuth(string tokenUrl = "https://t/token", string authorizationUrl = "https://t/auth", string scopes = "\"read\":\"Read\"", string type = "oauth2") =>
        type != "oauth2"
            ? Docs.Fill("\"oauth\":{\"type\":\"@1\",\"scheme\":\"bearer\"}", type)
            : Docs.Fill("\"oauth\":{\"type\":\"oauth2\",\"flows\":{\"authorizationCode\":{\"authorizationUrl\":\"@1\",\"tokenUrl\":\"@2\",\"scopes\":{@3}}}}", authorizationUrl, tokenUrl, scopes);

    private static IEnumerable<RuleFixture> Security()
    {
        const string get = "GET /things";
        yield return Fixture("api-security-added", get, Secured("\"security\":[],"), Secured("\"security\":[{\"oauth\":[]}],"));
        yield return Fixture("api-security-removed", get, Secured("\"security\":[{\"oauth\":[]}],"), Secured("\"security\":[],"));
        yield return Fixture("api-security-scope-added", get, Secured("\"security\":[{\"oauth\":[]}],"), Secured("\"security\":[{\"oauth\":[\"read\"]}],"));
        yield return Fixture("api-security-scope-removed", get, Secured("\"security\":[{\"oauth\":[\"read\"]}],"), Secured("\"security\":[{\"oauth\":[]}],"));
        yield return Fixture("api-global-security-added", null, Secured(), Secured(globalSecurity: "[{\"oauth\":[]}]"));
        yield return Fixture("api-global-security-removed", null, Secured(globalSecurity: "[{\"oauth\":[]}]"), Secured());
        yield return Fixture("api-global-security-scope-added", null, Secured(globalSecurity: "[{\"oauth\":[]}]"), Secured(globalSecurity: "[{\"oauth\":[\"read\"]}]"));
        yield return Fixture("api-global-security-scope-removed", null, Secured(globalSecurity: "[{\"oauth\":[\"read\"]}]"), Secured(globalSecurity: "[{\"oauth\":[]}]"));
        yield return Fixture("api-security-component-added", null, Secured(), Secured(schemes: OAuth()));
        yield return Fixture("api-security-component-removed", null, Secured(schemes: OAuth()), Secured());
        yield return Fixture("api-security-component-type-changed", null, Secured(schemes: OAuth()), Secured(schemes: OAuth(type: "http")), symmetric: true);
        yield return Fixture("api-security-component-oauth-url-changed", null, Secured(schemes: OAuth()), Secured(schemes: OAuth(authorizationUrl: "https://t/authorize")), symmetric: true);
        yield return Fixture("api-security-component-oauth-token-url-changed", null, Secured(schemes: OAuth()), Secured(schemes: OAuth(tokenUrl: "https://t/oauth/token")), symmetric: true);
        yield return Fixture("api-security-component-oauth-scope-added", null, Secured(schemes: OAuth()), Secured(schemes: OAuth(scopes: "\"read\":\"Read\",\"write\":\"Write\"")));
        yield return Fixture("api-security-component-oauth-scope-removed", null, Secured(schemes: OAuth(scopes: "\"read\":\"Read\",\"write\":\"Write\"")), Secured(schemes: OAuth()));
        yield return Fixture("api-security-component-oauth-scope-changed", null, Secured(schemes: OAuth()), Secured(schemes: OAuth(scopes: "\"read\":\"Read everything\"")), symmetric: true);
    }

    private static IEnumerable<RuleFixture> Document()
    {
        var paths = "{\"/things\":{\"get\":{\"responses\":" + Ok + "}}}";
        yield return Fixture("api-schema-removed", null, Docs.Document(paths, "{\"schemas\":{\"Thing\":{\"type\":\"object\"}}}"), Docs.Document(paths, "{\"schemas\":{}}"));
        yield return Fixture("webhook-added", null, Docs.Document(paths, openapi: "3.1.0"), Docs.Document(paths, openapi: "3.1.0", extra: ",\"webhooks\":{\"thingCreated\":{\"post\":{\"responses\":" + Ok + "}}}"));
        yield return Fixture("webhook-removed", null, Docs.Document(paths, openapi: "3.1.0", extra: ",\"webhooks\":{\"thingCreated\":{\"post\":{\"responses\":" + Ok + "}}}"), Docs.Document(paths, openapi: "3.1.0"));

        // The versioning rules need a breaking change to fire: here a required request parameter appears.
        string Versioned(string version, bool breaking) => Docs.Document(
            breaking ? "{\"/things\":{\"get\":{\"parameters\":[" + Query("q", required: true) + "],\"responses\":" + Ok + "}}}" : paths, version: version);
        yield return Fixture("api-version-not-bumped", null, Versioned("1.0", false), Versioned("1.0", true));
        yield return Fixture("api-version-decreased", null, Versioned("2.0", false), Versioned("1.0", true));
        yield return Fixture("api-major-version-not-bumped", null, Versioned("1.0.0", false), Versioned("1.1.0", true));
    }
}
