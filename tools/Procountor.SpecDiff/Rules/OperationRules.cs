using Procountor.OpenApi.Reading;
using Procountor.SpecDiff.Diff;
using Procountor.SpecDiff.Model;

namespace Procountor.SpecDiff.Rules;

/// <summary>Endpoints: appearance, removal (with deprecation and sunset), lifecycle, operationId, tags, security.</summary>
internal static class OperationRules
{
    public static void Judge(ChangeCollector sink, PathDiff path)
    {
        foreach (var operation in path.Operations)
        {
            switch (operation.Action)
            {
                case DiffAction.Added:
                    sink.Emit("endpoint-added", operation.Operation, "endpoint", $"{operation.Operation} added", path.Base ?? sink.Base.Root["paths"], operation.Revision);
                    continue;
                case DiffAction.Removed:
                    JudgeRemoval(sink, path, operation);
                    continue;
            }

            JudgeKeywords(sink, operation);
            foreach (var parameter in operation.Parameters)
            {
                ParameterRules.Judge(sink, operation, parameter);
            }

            if (operation.RequestBody is { } body)
            {
                RequestBodyRules.Judge(sink, operation, body);
            }

            foreach (var response in operation.Responses)
            {
                ResponseRules.Judge(sink, operation, response);
            }

            SecurityRules.JudgeRequirements(sink, operation.Operation, operation.Security, "api-security", "operation security", operation.Base, operation.Revision);
        }
    }

    private static void JudgeRemoval(ChangeCollector sink, PathDiff path, OperationDiff operation)
    {
        var removed = operation.Base!;
        var wholePath = path.Action == DiffAction.Removed;
        var prefix = wholePath ? "api-path-" : "api-";
        var sunset = removed["x-sunset"];
        string id;
        if (removed.GetBoolean("deprecated") != true)
        {
            id = prefix + "removed-without-deprecation";
        }
        else if (sunset is not null && SunsetPolicy.Parse(sunset) is null)
        {
            id = wholePath ? "api-path-sunset-parse" : "api-deprecated-sunset-parse";
        }
        else if (SunsetPolicy.IsAfter(sunset, sink.Options.Date))
        {
            id = prefix + "removed-before-sunset";
        }
        else
        {
            id = prefix + "removed-with-deprecation";
        }

        var revision = wholePath ? sink.Revision.Root["paths"] : path.Revision;
        sink.Emit(id, operation.Operation, wholePath ? "path" : "endpoint", $"{operation.Operation} removed", removed, revision);
    }

    private static void JudgeKeywords(ChangeCollector sink, OperationDiff operation)
    {
        var op = operation.Operation;
        var revision = operation.Revision!;
        foreach (var change in operation.Keywords)
        {
            var b = change.Base ?? operation.Base;
            var r = change.Revision ?? revision;
            switch (change.Keyword)
            {
                case "deprecated":
                    JudgeDeprecation(sink, op, change, revision, b, r);
                    break;
                case "x-sunset" when operation.Base!.GetBoolean("deprecated") == true && revision.GetBoolean("deprecated") == true:
                    ParameterRules.JudgeSunsetChange(sink, op, "endpoint", change, ChangeTarget.None, revision.GetString("x-stability-level"), "sunset-deleted", "api-sunset-date-changed-too-small", b, r);
                    break;
                case "x-stability-level":
                    var before = sink.Options.StabilityRank(change.Base?.Text);
                    var after = sink.Options.StabilityRank(change.Revision?.Text);
                    if (change.Revision is not null && after < 0)
                    {
                        sink.Emit("api-invalid-stability-level", op, "endpoint", $"x-stability-level '{change.Revision.Text}' is not one of {string.Join(", ", sink.Options.StabilityLevels)}", b, r);
                    }
                    else if (before >= 0 && after >= 0 && before != after)
                    {
                        sink.Emit(after < before ? "api-stability-decreased" : "api-stability-increased", op, "endpoint", $"{change.Base!.Text} → {change.Revision!.Text}", b, r);
                    }

                    break;
                case "operationId":
                    sink.Emit(change.Action == DiffAction.Added ? "api-operation-id-added" : "api-operation-id-removed", op, "operationId", $"{change.BaseText ?? "none"} → {change.RevisionText ?? "none"}", b, r);
                    break;
                case "tags":
                    var verb = change.Action == DiffAction.Added ? "added" : "removed";
                    sink.Emit("api-tag-" + verb, op, "tags", $"tag {change.Item} {verb}", b, r, ChangeTarget.None with { Detail = change.Item });
                    break;
            }
        }
    }

    private static void JudgeDeprecation(ChangeCollector sink, string op, KeywordChange change, SpecNode revision, SpecNode? b, SpecNode? r)
    {
        var now = change.Revision?.AsBoolean() == true;
        if (now == (change.Base?.AsBoolean() == true))
        {
            return;
        }

        if (!now)
        {
            sink.Emit("endpoint-reactivated", op, "endpoint", "deprecated: false", b, r);
            return;
        }

        var sunset = revision["x-sunset"];
        sink.Emit(sunset is null ? "endpoint-deprecated" : "endpoint-deprecated-with-sunset", op, "endpoint", sunset is null ? "deprecated: true" : $"deprecated: true, sunset {sunset.Text}", b, r);
        switch (SunsetPolicy.Check(sink.Options, sunset, revision.GetString("x-stability-level")))
        {
            case SunsetVerdict.Missing:
                sink.Emit("api-deprecated-sunset-missing", op, "endpoint", "no x-sunset", b, r);
                break;
            case SunsetVerdict.Invalid:
                sink.Emit("api-deprecated-sunset-parse", op, "endpoint", $"x-sunset '{sunset!.Text}'", b, sunset);
                break;
            case SunsetVerdict.TooSoon:
                sink.Emit("api-sunset-date-too-small", op, "endpoint", $"x-sunset {sunset!.Text}", b, sunset);
                break;
        }
    }
}
