using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Rules;
using Procountor.Specs.ReleaseNotes;

namespace Procountor.SpecDiff.Notes;

/// <summary>
/// The release-note kinds a change can be an instance of, from its rule's scope, kind and action in the catalog.
/// Deliberately generous where the notes' vocabulary is coarser than the rules' (an enum value is also a constraint).
/// </summary>
public static class ChangeKinds
{
    public static IReadOnlySet<ChangeKind> Of(Change change, RuleCatalog? catalog = null)
    {
        var kinds = new HashSet<ChangeKind>(OfRule(change, (catalog ?? RuleCatalog.Default).Get(change.RuleId)));
        if (change.Rename is { } rename)
        {
            // The removal half of a rename is also the rename.
            kinds.UnionWith(RenameKinds(change, rename));
        }

        return kinds;
    }

    private static IEnumerable<ChangeKind> RenameKinds(Change change, RenameInfo rename)
    {
        if (rename.From.Contains(' ', StringComparison.Ordinal))
        {
            var samePath = rename.From.Substring(rename.From.IndexOf(' ')) == rename.To.Substring(rename.To.IndexOf(' '));
            return [samePath ? ChangeKind.MethodChanged : ChangeKind.EndpointRenamed];
        }

        return change.Target.Parameter is not null
            ? [ChangeKind.ParameterRenamed, ChangeKind.ParameterMovedToHeader]
            : [ChangeKind.PropertyRenamed];
    }

    private static HashSet<ChangeKind> OfRule(Change change, RuleDefinition rule)
    {
        var kinds = new HashSet<ChangeKind>();
        var isParameter = rule.Scope.StartsWith("request-parameter", StringComparison.Ordinal) || rule.Scope == "request-header-property";
        switch (rule.Scope)
        {
            case "endpoint" or "path" or "webhook":
                kinds.Add(rule.Id switch
                {
                    "endpoint-path-renamed" => ChangeKind.EndpointRenamed,
                    "endpoint-method-changed" => ChangeKind.MethodChanged,
                    _ when rule.Kind == "existence" => rule.Action == "add" ? ChangeKind.EndpointAdded : ChangeKind.EndpointRemoved,
                    _ => ChangeKind.PropertyDeprecated,
                });
                if (rule.Kind == "existence" && rule.Action == "remove")
                {
                    kinds.Add(ChangeKind.PropertyDeprecated);
                }

                return kinds;
            case "operation-id" or "operation-tags":
                kinds.Add(ChangeKind.Docs);
                return kinds;
            case "operation-security" or "global-security" or "components-security-scheme":
                kinds.Add(ChangeKind.Auth);
                return kinds;
            case "components-schema":
                kinds.UnionWith([ChangeKind.PropertyRemoved, ChangeKind.EndpointRemoved, ChangeKind.RequestBodyChanged, ChangeKind.ResponseChanged]);
                return kinds;
        }

        if (change.Target.Side == ChangeSide.Request && !isParameter)
        {
            kinds.Add(ChangeKind.RequestBodyChanged);
        }
        else if (change.Target.Side == ChangeSide.Response)
        {
            kinds.Add(ChangeKind.ResponseChanged);
        }

        var property = rule.Scope is "request-property" or "response-property" or "request-body" or "response-body" or "response-header";
        switch (rule.Kind)
        {
            case "existence":
                kinds.Add(isParameter
                    ? (rule.Action == "add" ? ChangeKind.ParameterAdded : ChangeKind.ParameterRemoved)
                    : (rule.Action == "add" ? ChangeKind.PropertyAdded : ChangeKind.PropertyRemoved));
                break;
            case "rename":
                kinds.Add(isParameter
                    ? (change.Target.Detail is { } from && from.StartsWith(change.Target.ParameterIn + ":", StringComparison.Ordinal) ? ChangeKind.ParameterRenamed : ChangeKind.ParameterMovedToHeader)
                    : ChangeKind.PropertyRenamed);
                kinds.Add(isParameter ? ChangeKind.ParameterRenamed : ChangeKind.PropertyRenamed);
                kinds.UnionWith(isParameter ? [ChangeKind.ParameterAdded, ChangeKind.ParameterRemoved] : [ChangeKind.PropertyAdded, ChangeKind.PropertyRemoved]);
                break;
            case "requiredness":
                if (rule.Id.Contains("became-required", StringComparison.Ordinal))
                {
                    kinds.Add(isParameter ? ChangeKind.ParameterBecameRequired : ChangeKind.PropertyBecameRequired);
                }
                else if (rule.Id.Contains("became-optional", StringComparison.Ordinal))
                {
                    kinds.Add(isParameter ? ChangeKind.ParameterTypeChanged : ChangeKind.PropertyBecameOptional);
                }
                else
                {
                    kinds.Add(isParameter ? ChangeKind.ParameterTypeChanged : ChangeKind.PropertyTypeChanged);
                }

                break;
            case "type" or "mutability" or "structure":
                kinds.Add(isParameter ? ChangeKind.ParameterTypeChanged : ChangeKind.PropertyTypeChanged);
                break;
            case "values":
                kinds.Add(ChangeKind.ConstraintChanged);
                if (rule.Id.Contains("enum-value-added", StringComparison.Ordinal))
                {
                    kinds.Add(ChangeKind.EnumValueAdded);
                }
                else if (rule.Id.Contains("enum-value-removed", StringComparison.Ordinal))
                {
                    kinds.Add(ChangeKind.EnumValueRemoved);
                }
                else
                {
                    kinds.Add(isParameter ? ChangeKind.ParameterTypeChanged : ChangeKind.PropertyTypeChanged);
                }

                break;
            case "constraints":
                kinds.Add(ChangeKind.ConstraintChanged);
                break;
            case "lifecycle":
                kinds.Add(ChangeKind.PropertyDeprecated);
                break;
        }

        if (property && rule.Area == "responses")
        {
            kinds.Add(ChangeKind.ResponseChanged);
        }

        return kinds;
    }
}
