using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Procountor.FakeServer;

/// <summary>Answers in Procountor's shapes.</summary>
internal static class Respond
{
    public static Task Json(HttpContext context, JsonNode node, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(node.ToJsonString());
    }

    /// <summary>An <c>ErrorMessages</c> body: <c>{errors: [{status, field, message}]}</c>.</summary>
    public static Task Errors(HttpContext context, int status, string message, string? field = null)
    {
        var entry = new JsonObject { ["status"] = status, ["message"] = message };
        if (field is not null)
            entry["field"] = field;
        return Json(context, new JsonObject { ["errors"] = new JsonArray(entry) }, status);
    }

    /// <summary>An OAuth error: <c>{error, error_description}</c>.</summary>
    public static Task OAuthError(HttpContext context, int status, string error, string description) =>
        Json(context, new JsonObject { ["error"] = error, ["error_description"] = description }, status);
}
