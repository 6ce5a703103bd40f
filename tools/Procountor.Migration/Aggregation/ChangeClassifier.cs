using Procountor.OpenApi.Reading;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Rules;

namespace Procountor.Migration.Aggregation;

/// <summary>
/// Reads a judged change as an event in the life of one element, from the rule's catalog entry (scope, kind, action)
/// and the change's target and pointers. The removal halves of renames are not events of their own: the rename is.
/// </summary>
public sealed class ChangeClassifier(RuleCatalog catalog)
{
    /// <summary>Scopes whose existence rules are about an element that has a C# symbol; tags, statuses, media types and security are changes to an operation.</summary>
    private static readonly HashSet<string> ExistenceScopes = new(StringComparer.Ordinal)
    {
        "endpoint", "path", "request-property", "response-property", "request-parameter", "request-header-property", "components-schema",
    };

    public ChangeEvent? Classify(int pair, Change change)
    {
        var rule = catalog.Get(change.RuleId);
        var isRename = rule.Kind == "rename";
        if (change.Rename is not null && !isRename)
        {
            return null;
        }

        var exists = rule.Kind == "existence" && ExistenceScopes.Contains(rule.Scope);
        var kind = isRename ? EventKind.Renamed
            : exists && rule.Action == "add" ? EventKind.Added
            : exists && rule.Action == "remove" ? EventKind.Removed
            : rule.Kind == "values" && change.Target.Detail is not null && rule.Action is "add" or "remove" ? (rule.Action == "add" ? EventKind.Added : EventKind.Removed)
            : rule.Kind == "lifecycle" && change.RuleId.Contains("deprecated", StringComparison.Ordinal) ? EventKind.Deprecated
            : EventKind.Modified;

        var element = ElementOf(change, rule, kind, before: true);
        if (element is null)
        {
            return null;
        }

        return new ChangeEvent(pair, kind, element, isRename ? ElementOf(change, rule, kind, before: false) : null, change);
    }

    private static Element? ElementOf(Change change, RuleDefinition rule, EventKind kind, bool before)
    {
        var operation = change.Operation;
        var target = change.Target;
        var pointer = kind == EventKind.Added || !before ? change.Revision?.Pointer : change.Base?.Pointer;

        if (rule.Scope is "endpoint" or "path" && operation is not null)
        {
            return kind == EventKind.Renamed
                ? Element.OfOperation(before ? change.Rename!.From : change.Rename!.To)
                : Element.OfOperation(operation);
        }

        if (rule.Scope == "components-schema" && pointer is not null)
        {
            return new Element(ElementKind.Schema, null, SchemaPointer(pointer));
        }

        var isValue = kind is EventKind.Added or EventKind.Removed && rule.Kind == "values" && target.Detail is not null;
        if (target.Parameter is { } parameter && operation is not null && target.ParameterIn is { } location)
        {
            var name = kind == EventKind.Renamed ? (before ? change.Rename!.From : change.Rename!.To) : parameter;
            return isValue
                ? new Element(ElementKind.EnumValue, operation, location + ":" + name, target.Detail)
                : Element.OfParameter(operation, location, name);
        }

        if (pointer is not null && isValue)
        {
            return new Element(ElementKind.EnumValue, null, EnumHolder(pointer), target.Detail);
        }

        if (pointer is not null && PropertyPointer(pointer) is { } property)
        {
            return new Element(ElementKind.Property, null, property);
        }

        // Anything else (a status, a media type, tags, security) is a change to the operation as a whole.
        return operation is not null ? Element.OfOperation(operation) : null;
    }

    /// <summary>The pointer up to the last <c>properties/&lt;name&gt;</c>: the property a deeper pointer is about.</summary>
    public static string? PropertyPointer(string pointer)
    {
        var segments = JsonPointer.Split(pointer);
        for (var i = segments.Count - 2; i >= 0; i--)
        {
            if (segments[i] == "properties" && (i == 0 || segments[i - 1] != "properties"))
            {
                return JsonPointer.Append(string.Empty, [.. segments.Take(i + 2)]);
            }
        }

        return null;
    }

    /// <summary>The schema that holds an <c>enum</c>: the pointer before <c>/enum</c>.</summary>
    private static string EnumHolder(string pointer)
    {
        var at = pointer.LastIndexOf("/enum", StringComparison.Ordinal);
        return at < 0 ? pointer : pointer.Substring(0, at);
    }

    private static string SchemaPointer(string pointer)
    {
        var segments = JsonPointer.Split(pointer);
        return segments.Count >= 3 ? JsonPointer.Append(string.Empty, [.. segments.Take(3)]) : pointer;
    }
}
