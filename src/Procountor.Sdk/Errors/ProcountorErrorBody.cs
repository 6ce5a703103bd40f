using System.Text.Json;

namespace Procountor.Sdk;

/// <summary>
/// Reads an error body in any of the shapes Procountor has used. Works on the raw text with <see cref="JsonDocument"/>
/// so that it needs no generated model and never throws: a body that is not JSON simply yields no entries.
/// </summary>
internal readonly record struct ProcountorErrorBody(IReadOnlyList<ProcountorError> Errors, string? RequestId, bool IsJson)
{
    public static ProcountorErrorBody Parse(string? rawBody)
    {
        if (string.IsNullOrWhiteSpace(rawBody))
            return new([], null, IsJson: false);
        try
        {
            using var document = JsonDocument.Parse(rawBody);
            var errors = new List<ProcountorError>();
            string? requestId = null;
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                ReadEntries(root, errors);
            }
            else if (root.ValueKind == JsonValueKind.Object)
            {
                requestId = String(root, "requestId");
                ReadObject(root, errors);
            }
            return new(errors, requestId, IsJson: true);
        }
        catch (JsonException)
        {
            return new([], null, IsJson: false);
        }
    }

    private static void ReadObject(JsonElement root, List<ProcountorError> errors)
    {
        if (root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array)
            ReadEntries(list, errors);

        if (root.TryGetProperty("constraintViolations", out var violations) && violations.ValueKind == JsonValueKind.Array)
        {
            foreach (var v in violations.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Object))
                errors.Add(new(null, String(v, "field"), String(v, "message") ?? String(v, "errorCode"), String(v, "errorCode")));
        }

        // OAuth: {error, error_description}.
        if (String(root, "error") is { } oauthCode)
            errors.Add(new(null, null, String(root, "error_description") ?? oauthCode, oauthCode));

        // ErrorResponse: {requestId, timestamp, code, message: string | {errors: [...]}}.
        if (root.TryGetProperty("message", out var message))
        {
            if (message.ValueKind == JsonValueKind.String)
                errors.Add(new(null, null, message.GetString(), String(root, "code")));
            else if (message.ValueKind == JsonValueKind.Object && message.TryGetProperty("errors", out var nested)
                     && nested.ValueKind == JsonValueKind.Array)
                ReadEntries(nested, errors, String(root, "code"));
        }
    }

    private static void ReadEntries(JsonElement array, List<ProcountorError> errors, string? code = null)
    {
        foreach (var e in array.EnumerateArray())
        {
            if (e.ValueKind == JsonValueKind.String)
                errors.Add(new(null, null, e.GetString(), code));
            else if (e.ValueKind == JsonValueKind.Object)
                errors.Add(new(Int(e, "status"), String(e, "field"), String(e, "message"), String(e, "code") ?? code));
        }
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;
}
