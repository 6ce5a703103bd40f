using Procountor.OpenApi.Reading;
using Procountor.SpecDiff.Diff;
using Procountor.SpecDiff.Model;

namespace Procountor.SpecDiff.Rules;

/// <summary>Request parameters: existence, requiredness, deprecation and sunset; their schemas go to <see cref="SchemaRules"/>.</summary>
internal static class ParameterRules
{
    public static void Judge(ChangeCollector sink, OperationDiff operation, ParameterDiff parameter)
    {
        var op = operation.Operation;
        var subject = $"{parameter.In} parameter {parameter.Name}";
        var target = ChangeTarget.None with { Side = ChangeSide.Request, Parameter = parameter.Name, ParameterIn = parameter.In };
        switch (parameter.Action)
        {
            case DiffAction.Added:
                var required = parameter.Revision!.GetBoolean("required") == true;
                var id = parameter.PathLevel
                    ? (required ? "new-required-request-default-parameter-to-existing-path" : "new-optional-request-default-parameter-to-existing-path")
                    : parameter.In == "path" ? "new-request-path-parameter"
                    : required ? "new-required-request-parameter" : "new-optional-request-parameter";
                sink.Emit(id, op, subject, $"{subject} added{(required ? " as required" : string.Empty)}", operation.Base, parameter.Revision, target);
                return;
            case DiffAction.Removed:
                JudgeRemoval(sink, operation, parameter, subject, target);
                return;
        }

        foreach (var change in parameter.Keywords)
        {
            JudgeKeyword(sink, op, parameter, change, subject, target);
        }

        if (parameter.Schema is { } schema)
        {
            var root = parameter.In == "header" ? SchemaRoot.HeaderParameter : SchemaRoot.Parameter;
            SchemaRules.Judge(sink, schema, SchemaPlace.Create(root, op, subject, target));
        }
    }

    private static void JudgeRemoval(ChangeCollector sink, OperationDiff operation, ParameterDiff parameter, string subject, ChangeTarget target)
    {
        var removed = parameter.Base!;
        var sunset = removed["x-sunset"];
        string id;
        if (removed.GetBoolean("deprecated") != true)
        {
            id = "request-parameter-removed";
        }
        else if (sunset is not null && SunsetPolicy.Parse(sunset) is null)
        {
            id = "request-parameter-sunset-parse";
        }
        else if (SunsetPolicy.IsAfter(sunset, sink.Options.Date))
        {
            id = "request-parameter-removed-before-sunset";
        }
        else
        {
            id = "request-parameter-removed-with-deprecation";
        }

        sink.Emit(id, operation.Operation, subject, $"{subject} removed", removed, operation.Revision, target);
    }

    private static void JudgeKeyword(ChangeCollector sink, string op, ParameterDiff parameter, KeywordChange change, string subject, ChangeTarget target)
    {
        var b = change.Base ?? parameter.Base;
        var r = change.Revision ?? parameter.Revision;
        var was = change.Base?.AsBoolean() == true;
        var now = change.Revision?.AsBoolean() == true;
        switch (change.Keyword)
        {
            case "required" when was != now:
                sink.Emit(now ? "request-parameter-became-required" : "request-parameter-became-optional", op, subject, now ? "now required" : "no longer required", b, r, target);
                break;
            case "deprecated" when was != now:
                if (!now)
                {
                    sink.Emit("request-parameter-reactivated", op, subject, "deprecated: false", b, r, target);
                    break;
                }

                var sunset = parameter.Revision!["x-sunset"];
                sink.Emit("request-parameter-deprecated", op, subject, sunset is null ? "deprecated: true" : $"deprecated: true, sunset {sunset.Text}", b, r, target);
                switch (SunsetPolicy.Check(sink.Options, sunset, parameter.Revision.GetString("x-stability-level")))
                {
                    case SunsetVerdict.Missing:
                        sink.Emit("request-parameter-deprecated-sunset-missing", op, subject, "no x-sunset", b, r, target);
                        break;
                    case SunsetVerdict.TooSoon:
                    case SunsetVerdict.Invalid:
                        sink.Emit("request-parameter-sunset-date-too-small", op, subject, $"x-sunset {sunset!.Text}", b, sunset, target);
                        break;
                }

                break;
            case "x-sunset" when parameter.Base!.GetBoolean("deprecated") == true && parameter.Revision!.GetBoolean("deprecated") == true:
                JudgeSunsetChange(sink, op, subject, change, target, parameter.Revision.GetString("x-stability-level"), "request-parameter-sunset-deleted", "request-parameter-sunset-date-changed-too-small", b, r);
                break;
        }
    }

    /// <summary>A deprecated element's sunset lost, or moved earlier than the minimum notice allows.</summary>
    internal static void JudgeSunsetChange(ChangeCollector sink, string op, string subject, KeywordChange change, ChangeTarget target, string? stability, string deletedId, string tooSmallId, SpecNode? b, SpecNode? r)
    {
        if (change.Action == DiffAction.Removed)
        {
            sink.Emit(deletedId, op, subject, $"x-sunset {change.Base!.Text} removed", b, r, target);
            return;
        }

        if (change.Action == DiffAction.Modified
            && SunsetPolicy.Parse(change.Base) is { } before
            && SunsetPolicy.Parse(change.Revision) is { } after
            && after < before
            && after < sink.Options.Date.AddDays(sink.Options.MinimumNoticeDays(stability)))
        {
            sink.Emit(tooSmallId, op, subject, $"x-sunset {change.Base!.Text} → {change.Revision!.Text}", b, r, target);
        }
    }
}
