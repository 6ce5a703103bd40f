using Procountor.SpecDiff.Diff;
using Procountor.SpecDiff.Model;

namespace Procountor.SpecDiff.Rules;

/// <summary>Request bodies: existence, requiredness, media types; their schemas go to <see cref="SchemaRules"/>.</summary>
internal static class RequestBodyRules
{
    public static void Judge(ChangeCollector sink, OperationDiff operation, RequestBodyDiff body)
    {
        var op = operation.Operation;
        var target = ChangeTarget.None with { Side = ChangeSide.Request };
        switch (body.Action)
        {
            case DiffAction.Added:
                var required = body.Revision!.GetBoolean("required") == true;
                sink.Emit(required ? "request-body-added-required" : "request-body-added-optional", op, "request body", required ? "a required request body" : "an optional request body", operation.Base, body.Revision, target);
                return;
            case DiffAction.Removed:
                sink.Emit("request-body-removed", op, "request body", "the request body is gone", body.Base, operation.Revision, target);
                return;
        }

        foreach (var change in body.Keywords)
        {
            var was = change.Base?.AsBoolean() == true;
            var now = change.Revision?.AsBoolean() == true;
            if (change.Keyword == "required" && was != now)
            {
                sink.Emit(now ? "request-body-became-required" : "request-body-became-optional", op, "request body", now ? "required: true" : "required: false", change.Base ?? body.Base, change.Revision ?? body.Revision, target);
            }
        }

        foreach (var media in body.Content)
        {
            var subject = "request body " + media.MediaType;
            var mediaTarget = target with { MediaType = media.MediaType };
            switch (media.Action)
            {
                case DiffAction.Added:
                    sink.Emit("request-body-media-type-added", op, subject, $"{media.MediaType} added", body.Base, media.Revision, mediaTarget);
                    continue;
                case DiffAction.Removed:
                    sink.Emit("request-body-media-type-removed", op, subject, $"{media.MediaType} removed", media.Base, body.Revision, mediaTarget);
                    continue;
            }

            if (media.SchemaAction is { } action)
            {
                sink.Emit(action == DiffAction.Added ? "request-body-media-type-schema-added" : "request-body-media-type-schema-removed", op, subject, action == DiffAction.Added ? "schema added" : "schema removed", media.Base, media.Revision, mediaTarget);
            }

            if (media.Schema is { } schema)
            {
                SchemaRules.Judge(sink, schema, SchemaPlace.Create(SchemaRoot.RequestBody, op, subject, mediaTarget));
            }
        }
    }
}
