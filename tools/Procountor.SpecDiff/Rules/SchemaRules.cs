using Procountor.OpenApi.Reading;
using Procountor.SpecDiff.Diff;

namespace Procountor.SpecDiff.Rules;

/// <summary>
/// The schema rule families (request-body-*, request-property-*, response-body-*, response-property-*,
/// request-parameter-*, request-parameter-property-*, request-header-property-*, response-header-*), written once:
/// each structural change maps to a rule suffix, the place supplies the prefix, and the catalog decides which
/// combinations exist and at what level. Direction lives in the catalog's levels (a raised request minimum is ERR,
/// a raised response minimum is not listed) and in the property rules below.
/// </summary>
internal static class SchemaRules
{
    /// <summary>Numeric bounds: keyword → rule stem, and whether it is an upper bound.</summary>
    private static readonly Dictionary<string, (string Stem, bool Upper)> Bounds = new(StringComparer.Ordinal)
    {
        ["maximum"] = ("max", true),
        ["exclusiveMaximum"] = ("exclusive-max", true),
        ["maxLength"] = ("max-length", true),
        ["maxItems"] = ("max-items", true),
        ["maxContains"] = ("max-contains", true),
        ["minimum"] = ("min", false),
        ["exclusiveMinimum"] = ("exclusive-min", false),
        ["minLength"] = ("min-length", false),
        ["minItems"] = ("min-items", false),
        ["minContains"] = ("min-contains", false),
    };

    /// <summary>Keywords and subschemas whose appearance or disappearance is the change: keyword → rule stem.</summary>
    private static readonly Dictionary<string, string> Presence = new(StringComparer.Ordinal)
    {
        ["if"] = "if",
        ["then"] = "then",
        ["else"] = "else",
        ["contains"] = "contains",
        ["propertyNames"] = "property-names",
        ["unevaluatedItems"] = "unevaluated-items",
        ["unevaluatedProperties"] = "unevaluated-properties",
        ["contentSchema"] = "content-schema",
        ["patternProperties"] = "pattern-property",
        ["dependentSchemas"] = "dependent-schema",
        ["prefixItems"] = "prefix-items",
        ["discriminator"] = "discriminator",
        ["oneOf"] = "one-of",
        ["anyOf"] = "any-of",
        ["pattern"] = "pattern",
        ["const"] = "const",
        ["dependentRequired"] = "dependent-required",
        ["default"] = "default-value",
    };

    private static readonly HashSet<string> AnnotationKeywords = new(StringComparer.Ordinal)
    {
        "title", "description", "example", "examples", "deprecated", "readOnly", "writeOnly", "externalDocs", "$comment", "xml",
    };

    public static void Judge(ChangeCollector sink, SchemaDiff diff, SchemaPlace place) =>
        Walk(sink, diff, place, new HashSet<SchemaDiff>());

    private static void Walk(ChangeCollector sink, SchemaDiff diff, SchemaPlace place, HashSet<SchemaDiff> path)
    {
        if (!diff.HasChanges || !path.Add(diff))
        {
            return;
        }

        place = place.Enter(diff);
        if (IsWrappedInOneOf(diff))
        {
            sink.EmitFirst(place.Ids("wrapped-in-one-of"), place.Operation, place.Subject, "the schema moved inside a oneOf with one member", diff.Base, diff.Revision, place.Target());
            path.Remove(diff);
            return;
        }

        JudgeType(sink, diff, place);
        foreach (var change in diff.Keywords)
        {
            JudgeKeyword(sink, diff, change, place);
        }

        foreach (var subschema in diff.Subschemas)
        {
            JudgeSubschema(sink, diff, subschema, place, path);
        }

        foreach (var property in diff.Properties)
        {
            JudgeProperty(sink, diff, property, place, path);
        }

        path.Remove(diff);
    }

    private static void JudgeType(ChangeCollector sink, SchemaDiff diff, SchemaPlace place)
    {
        var typeChanged = false;
        foreach (var change in diff.Keywords)
        {
            typeChanged |= (change.Keyword == "type" && change.Item is null) || change.Keyword == "format";
        }

        if (!typeChanged)
        {
            return;
        }

        var before = Describe(diff.Base);
        var after = Describe(diff.Revision);
        var suffixes = TypeComparison.Classify(diff.Base.GetString("type"), diff.Base.GetString("format"), diff.Revision.GetString("type"), diff.Revision.GetString("format")) switch
        {
            TypeChange.Generalized => new[] { "type-generalized", "type-changed" },
            TypeChange.Specialized => ["type-specialized", "type-changed"],
            TypeChange.Compatible => ["type-compatible", "type-generalized"],
            _ => ["type-changed"],
        };
        sink.EmitFirst(place.Ids(suffixes), place.Operation, place.Subject, $"{before} → {after}", Node(diff.Base, "type"), Node(diff.Revision, "type"), place.Target());
    }

    private static string Describe(SpecNode schema)
    {
        var type = schema["type"] is { } t ? (t.IsArray ? SpecValues.ToJson(t) : t.Text) : "any";
        return schema.GetString("format") is { } format ? $"{type} ({format})" : type!;
    }

    private static void JudgeKeyword(ChangeCollector sink, SchemaDiff diff, KeywordChange change, SchemaPlace place)
    {
        var b = change.Base ?? diff.Base;
        var r = change.Revision ?? diff.Revision;
        void Emit(string detail, params string[] suffixes) =>
            sink.EmitFirst(place.Ids(suffixes), place.Operation, place.Subject, detail, b, r, place.Target(change.Item));

        switch (change.Keyword)
        {
            case "type" when change.Item is not null:
                if (change.Item == "null")
                {
                    Emit("type list " + (change.Action == DiffAction.Added ? "gained" : "lost") + " \"null\"", change.Action == DiffAction.Added ? "became-nullable" : "became-not-nullable");
                }
                else
                {
                    Emit($"type \"{change.Item}\" {Verb(change.Action)}", change.Action == DiffAction.Added ? "list-of-types-widened" : "list-of-types-narrowed");
                }

                return;
            case "nullable":
                var was = change.Base?.AsBoolean() == true;
                var now = change.Revision?.AsBoolean() == true;
                if (was != now)
                {
                    Emit(now ? "nullable: true" : "nullable no longer true", now ? "became-nullable" : "became-not-nullable");
                }

                return;
            case "enum":
                if (change.Item is null)
                {
                    if (change.Action == DiffAction.Added)
                    {
                        Emit("enum " + change.RevisionText, "became-enum");
                    }
                }
                else
                {
                    Emit($"value {change.Item} {Verb(change.Action)}", change.Action == DiffAction.Added ? "enum-value-added" : "enum-value-removed");
                }

                return;
            case "x-extensible-enum" when change.Item is not null && change.Action == DiffAction.Removed:
                Emit($"value {change.Item} removed", "x-extensible-enum-value-removed");
                return;
            case "readOnly" or "writeOnly" when !place.IsRoot && (place.Root is SchemaRoot.RequestBody or SchemaRoot.ResponseBody):
                var flag = change.Keyword == "readOnly" ? "read-only" : "write-only";
                var set = change.Revision?.AsBoolean() == true;
                if (set != (change.Base?.AsBoolean() == true))
                {
                    var id = $"{place.Side}-{(place.Required ? "required" : "optional")}-property-became-{(set ? string.Empty : "not-")}{flag}";
                    sink.EmitFirst([id], place.Operation, place.Subject, $"{change.Keyword}: {(set ? "true" : "false")}", b, r, place.Target());
                }

                return;
            case "deprecated":
                JudgeDeprecation(sink, diff, change, place, b, r);
                return;
            case "x-stability-level":
                var rankBefore = sink.Options.StabilityRank(change.Base?.Text);
                var rankAfter = sink.Options.StabilityRank(change.Revision?.Text);
                if (rankBefore >= 0 && rankAfter >= 0 && rankBefore != rankAfter)
                {
                    Emit($"{change.Base!.Text} → {change.Revision!.Text}", rankAfter < rankBefore ? "stability-decreased" : "stability-increased");
                }

                return;
            case "discriminator.propertyName":
                Emit($"{change.BaseText} → {change.RevisionText}", "discriminator-property-name-changed");
                return;
            case "discriminator.mapping":
                Emit($"mapping '{change.Item}' {Verb(change.Action)}", change.Action switch
                {
                    DiffAction.Added => "discriminator-mapping-added",
                    DiffAction.Removed => "discriminator-mapping-deleted",
                    _ => "discriminator-mapping-changed",
                });
                return;
            case "contentMediaType":
                Emit($"{change.BaseText ?? "none"} → {change.RevisionText ?? "none"}", "content-media-type-changed");
                return;
            case "contentEncoding":
                Emit($"{change.BaseText ?? "none"} → {change.RevisionText ?? "none"}", "content-encoding-changed");
                return;
            case "pattern" when change.Action == DiffAction.Modified:
                Emit($"{change.BaseText} → {change.RevisionText}", IsMatchAll(change.Revision!.Text) ? ["pattern-generalized", "pattern-changed"] : ["pattern-changed"]);
                return;
        }

        if (Bounds.TryGetValue(change.Keyword, out var bound))
        {
            // OAS 3.0 spells exclusiveMaximum/exclusiveMinimum as flags on maximum/minimum; only numbers are bounds.
            if (change.Base is { Kind: SpecNodeKind.Boolean } || change.Revision is { Kind: SpecNodeKind.Boolean })
            {
                return;
            }

            var (stem, upper) = bound;
            var detail = $"{change.Keyword} {change.BaseText ?? "none"} → {change.RevisionText ?? "none"}";
            var suffixes = change.Action switch
            {
                DiffAction.Increased => new[] { stem + "-increased" },
                DiffAction.Decreased => [stem + "-decreased"],
                DiffAction.Added => [stem + "-set", stem + (upper ? "-decreased" : "-increased")],
                DiffAction.Removed => [stem + "-unset", stem + (upper ? "-increased" : "-decreased")],
                _ => [],
            };
            Emit(detail, suffixes);
            return;
        }

        if (Presence.TryGetValue(change.Keyword, out var presence))
        {
            var what = change.Item is null ? change.Keyword : $"{change.Keyword} '{change.Item}'";
            Emit($"{what}: {change.BaseText ?? "none"} → {change.RevisionText ?? "none"}", presence + change.Action switch
            {
                DiffAction.Added => "-added",
                DiffAction.Removed => "-removed",
                _ => "-changed",
            });
        }
    }

    private static void JudgeDeprecation(ChangeCollector sink, SchemaDiff diff, KeywordChange change, SchemaPlace place, SpecNode b, SpecNode r)
    {
        var now = change.Revision?.AsBoolean() == true;
        if (now == (change.Base?.AsBoolean() == true))
        {
            return;
        }

        var target = place.Target();
        if (!now)
        {
            sink.EmitFirst(place.Ids("reactivated"), place.Operation, place.Subject, "deprecated: false", b, r, target);
            return;
        }

        var sunset = diff.Revision["x-sunset"];
        sink.EmitFirst(place.Ids(sunset is null ? ["deprecated"] : ["deprecated-with-sunset", "deprecated"]), place.Operation, place.Subject, sunset is null ? "deprecated: true" : $"deprecated: true, sunset {sunset.Text}", b, r, target);
        switch (SunsetPolicy.Check(sink.Options, sunset, diff.Revision.GetString("x-stability-level")))
        {
            case SunsetVerdict.Missing:
                sink.EmitFirst(place.Ids("deprecated-sunset-missing"), place.Operation, place.Subject, "no x-sunset", b, r, target);
                break;
            case SunsetVerdict.Invalid:
                sink.EmitFirst(place.Ids("deprecated-sunset-invalid"), place.Operation, place.Subject, $"x-sunset '{sunset!.Text}'", b, sunset, target);
                break;
            case SunsetVerdict.TooSoon:
                sink.EmitFirst(place.Ids("sunset-date-too-small"), place.Operation, place.Subject, $"x-sunset {sunset!.Text}", b, sunset, target);
                break;
        }
    }

    private static void JudgeSubschema(ChangeCollector sink, SchemaDiff diff, SubschemaDiff subschema, SchemaPlace place, HashSet<SchemaDiff> path)
    {
        if (subschema.Action == DiffAction.Modified)
        {
            var child = subschema.Keyword switch
            {
                "allOf" or "oneOf" or "anyOf" => place,
                "items" => place.Child("[]", false, Flag(subschema.Revision, "readOnly"), Flag(subschema.Revision, "writeOnly")),
                "additionalProperties" => place.Child("{*}", false, false, false),
                _ => place.Child(subschema.Name is null ? subschema.Keyword : $"{subschema.Keyword}[{subschema.Name}]", false, false, false),
            };
            Walk(sink, subschema.Schema!, child, path);
            return;
        }

        var b = subschema.Base ?? diff.Base;
        var r = subschema.Revision ?? diff.Revision;
        var verb = subschema.Action == DiffAction.Added ? "added" : "removed";
        var detail = subschema.Name is null ? $"{subschema.Keyword} {verb}" : $"{subschema.Keyword} member {subschema.Name} {verb}";
        var target = place.Target(subschema.Name);
        if (subschema.Keyword == "allOf")
        {
            var member = subschema.Revision ?? subschema.Base!;
            var annotationOnly = member.IsObject && member.Children.All(c => AnnotationKeywords.Contains(c.Key!) || c.Key!.StartsWith("x-", StringComparison.Ordinal));
            sink.EmitFirst(place.Ids(annotationOnly ? $"all-of-{verb}-annotation-only" : $"all-of-{verb}"), place.Operation, place.Subject, detail, b, r, target);
            return;
        }

        if (Presence.TryGetValue(subschema.Keyword, out var stem))
        {
            sink.EmitFirst(place.Ids($"{stem}-{verb}"), place.Operation, place.Subject, detail, b, r, target);
        }
    }

    private static void JudgeProperty(ChangeCollector sink, SchemaDiff parent, PropertyDiff property, SchemaPlace place, HashSet<SchemaDiff> path)
    {
        var node = property.Revision ?? property.Base!;
        var document = property.Revision is not null ? sink.Revision : sink.Base;
        var resolved = document?.Dereference(node) ?? node;
        var readOnly = Flag(resolved, "readOnly");
        var writeOnly = Flag(resolved, "writeOnly");
        var child = place.Child(property.Name, property.RevisionRequired || (property.Revision is null && property.BaseRequired), readOnly, writeOnly);
        var target = child.Target();
        var b = property.Base ?? parent.Base;
        var r = property.Revision ?? parent.Revision;
        var hasDefault = resolved.ContainsKey("default");
        switch (property.Action)
        {
            case DiffAction.Added:
                var added = (place.Root, property.RevisionRequired && !readOnly) switch
                {
                    (SchemaRoot.RequestBody, true) => hasDefault ? "new-required-request-property-with-default" : "new-required-request-property",
                    (SchemaRoot.RequestBody, false) => "new-optional-request-property",
                    (SchemaRoot.HeaderParameter, true) => "new-required-request-header-property",
                    (SchemaRoot.ResponseBody, _) => ResponsePropertyId(property.RevisionRequired, writeOnly, "added"),
                    _ => null,
                };
                Emit(added, $"property {property.Name} added{(property.RevisionRequired ? " as required" : string.Empty)}");
                return;
            case DiffAction.Removed:
                var removed = place.Root switch
                {
                    SchemaRoot.RequestBody => "request-property-removed",
                    SchemaRoot.ResponseBody => ResponsePropertyId(property.BaseRequired, writeOnly, "removed"),
                    _ => null,
                };
                Emit(removed, $"property {property.Name} removed");
                break;
            default:
                if (property.BaseRequired != property.RevisionRequired)
                {
                    var required = property.RevisionRequired;
                    var id = place.Root switch
                    {
                        SchemaRoot.RequestBody when required && !readOnly => hasDefault ? "request-property-became-required-with-default" : "request-property-became-required",
                        SchemaRoot.RequestBody when !required => "request-property-became-optional",
                        SchemaRoot.HeaderParameter when required => "request-header-property-became-required",
                        SchemaRoot.ResponseBody => writeOnly
                            ? (required ? "response-write-only-property-became-required" : "response-write-only-property-became-optional")
                            : (required ? "response-property-became-required" : "response-property-became-optional"),
                        _ => null,
                    };
                    Emit(id, required ? "now required" : "no longer required");
                }

                if (property.Schema is { } schema)
                {
                    Walk(sink, schema, child, path);
                }

                break;
        }

        void Emit(string? id, string detail)
        {
            if (id is not null && sink.Catalog.Contains(id))
            {
                sink.Emit(id, place.Operation, child.Subject, detail, b, r, target);
            }
        }
    }

    private static string ResponsePropertyId(bool required, bool writeOnly, string verb) =>
        $"response-{(required ? "required" : "optional")}-{(writeOnly ? "write-only-" : string.Empty)}property-{verb}";

    /// <summary>
    /// The revision's schema is a oneOf with a single member equal to the whole base schema: the same values, wrapped.
    /// </summary>
    private static bool IsWrappedInOneOf(SchemaDiff diff)
    {
        if (diff.Base.ContainsKey("oneOf") || diff.Revision["oneOf"] is not { IsArray: true, Count: 1 } oneOf)
        {
            return false;
        }

        var member = oneOf[0];
        if (member.GetString("$ref") is { } reference && reference == diff.BaseRef)
        {
            return true;
        }

        return SpecValues.DeepEquals(member, diff.Base);
    }

    private static bool IsMatchAll(string? pattern) => pattern is ".*" or "^.*$" or ".+" or "^.+$" or "(.*)" or "^(.*)$" or "";

    private static bool Flag(SpecNode? schema, string keyword) => schema?.GetBoolean(keyword) == true;

    private static SpecNode Node(SpecNode schema, string keyword) => schema[keyword] ?? schema["format"] ?? schema;

    private static string Verb(DiffAction action) => action == DiffAction.Added ? "added" : "removed";
}
