using Procountor.SpecDiff.Diff;
using Procountor.SpecDiff.Model;

namespace Procountor.SpecDiff.Rules;

/// <summary>Responses: status codes, media types, headers; their schemas go to <see cref="SchemaRules"/>.</summary>
internal static class ResponseRules
{
    public static void Judge(ChangeCollector sink, OperationDiff operation, ResponseDiff response)
    {
        var op = operation.Operation;
        var subject = "response " + response.Status;
        var target = ChangeTarget.None with { Side = ChangeSide.Response, Status = response.Status };
        if (response.Action != DiffAction.Modified)
        {
            var success = response.Status.Length > 0 && response.Status[0] is '1' or '2' or '3';
            var verb = response.Action == DiffAction.Added ? "added" : "removed";
            sink.Emit($"response-{(success ? "success" : "non-success")}-status-{verb}", op, subject, $"status {response.Status} {verb}", response.Base ?? operation.Base?["responses"], response.Revision ?? operation.Revision?["responses"], target);
            return;
        }

        JudgeMediaTypes(sink, op, response, subject, target);
        foreach (var header in response.Headers)
        {
            JudgeHeader(sink, op, response, header, target with { Header = header.Name });
        }
    }

    private static void JudgeMediaTypes(ChangeCollector sink, string op, ResponseDiff response, string subject, ChangeTarget target)
    {
        var added = response.Content.Where(m => m.Action == DiffAction.Added).ToList();
        var removed = response.Content.Where(m => m.Action == DiffAction.Removed).ToList();
        var paired = new HashSet<MediaTypeDiff>();
        foreach (var gone in removed)
        {
            foreach (var replacement in added)
            {
                if (paired.Contains(replacement) || Relation(gone.MediaType, replacement.MediaType) is not { } suffix)
                {
                    continue;
                }

                paired.Add(gone);
                paired.Add(replacement);
                sink.Emit("response-media-type-name-" + suffix, op, subject + " " + replacement.MediaType, $"{gone.MediaType} → {replacement.MediaType}", gone.Base, replacement.Revision, target with { MediaType = replacement.MediaType });
                break;
            }
        }

        foreach (var media in response.Content)
        {
            var mediaSubject = subject + " " + media.MediaType;
            var mediaTarget = target with { MediaType = media.MediaType };
            if (paired.Contains(media))
            {
                continue;
            }

            switch (media.Action)
            {
                case DiffAction.Added:
                    sink.Emit("response-media-type-added", op, mediaSubject, $"{media.MediaType} added", response.Base, media.Revision, mediaTarget);
                    continue;
                case DiffAction.Removed:
                    sink.Emit("response-media-type-removed", op, mediaSubject, $"{media.MediaType} removed", media.Base, response.Revision, mediaTarget);
                    continue;
            }

            if (media.SchemaAction is { } action)
            {
                sink.Emit(action == DiffAction.Added ? "response-body-media-type-schema-added" : "response-body-media-type-schema-removed", op, mediaSubject, action == DiffAction.Added ? "schema added" : "schema removed", media.Base, media.Revision, mediaTarget);
            }

            if (media.Schema is { } schema)
            {
                SchemaRules.Judge(sink, schema, SchemaPlace.Create(SchemaRoot.ResponseBody, op, mediaSubject, mediaTarget));
            }
        }
    }

    /// <summary>How a replacement media type relates to the one it replaces: same family, broader, narrower, or unrelated.</summary>
    internal static string? Relation(string before, string after)
    {
        var (b, bParameters) = Split(before);
        var (a, aParameters) = Split(after);
        if (b == a)
        {
            return bParameters != aParameters ? "changed" : null;
        }

        if (Covers(a, b))
        {
            return "generalized";
        }

        return Covers(b, a) ? "specialized" : null;
    }

    private static (string Type, string Parameters) Split(string mediaType)
    {
        var semicolon = mediaType.IndexOf(';');
        return semicolon < 0
            ? (mediaType.Trim().ToLowerInvariant(), string.Empty)
            : (mediaType.Substring(0, semicolon).Trim().ToLowerInvariant(), mediaType.Substring(semicolon + 1).Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant());
    }

    /// <summary><c>*/*</c> covers everything, <c>application/*</c> covers <c>application/json</c>.</summary>
    private static bool Covers(string wide, string narrow)
    {
        if (wide == "*/*")
        {
            return true;
        }

        return wide.EndsWith("/*", StringComparison.Ordinal) && narrow.StartsWith(wide.Substring(0, wide.Length - 1), StringComparison.Ordinal);
    }

    private static void JudgeHeader(ChangeCollector sink, string op, ResponseDiff response, HeaderDiff header, ChangeTarget target)
    {
        var subject = $"response {response.Status} header {header.Name}";
        switch (header.Action)
        {
            case DiffAction.Added:
                sink.Emit("response-header-added", op, subject, $"header {header.Name} added", response.Base, header.Revision, target);
                return;
            case DiffAction.Removed:
                var required = header.Base!.GetBoolean("required") == true;
                sink.Emit(required ? "required-response-header-removed" : "optional-response-header-removed", op, subject, $"header {header.Name} removed", header.Base, response.Revision, target);
                return;
        }

        foreach (var change in header.Keywords)
        {
            if (change.Keyword == "required" && change.Base?.AsBoolean() == true && change.Revision?.AsBoolean() != true)
            {
                sink.Emit("response-header-became-optional", op, subject, "no longer required", change.Base, change.Revision ?? header.Revision, target);
            }
        }

        if (header.Schema is { } schema)
        {
            SchemaRules.Judge(sink, schema, SchemaPlace.Create(SchemaRoot.ResponseHeader, op, subject, target));
        }
    }
}
