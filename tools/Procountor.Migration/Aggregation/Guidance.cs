using Procountor.Migration.Model;
using Procountor.SpecDiff.Model;

namespace Procountor.Migration.Aggregation;

/// <summary>The "what to do" of an entry: one or two plain sentences about the consumer's C#.</summary>
internal static class Guidance
{
    public static string For(MigrationKind kind, string ruleId, CSharpSymbol? from, CSharpSymbol? to, MigrationArea area, ChangeSide side = ChangeSide.None, string? detail = null) => kind switch
    {
        MigrationKind.Renamed when from is not null && to is not null && from.SameCodeAs(to) =>
            $"Nothing to change in C#: `{to.Local}` keeps its name ({Describe(ruleId)}).",
        MigrationKind.Renamed when from is { Kind: SymbolKind.Parameter } && to is not null =>
            $"Rename the named argument `{from.Parameter}:` to `{to.Parameter}:` in calls to `{to.Type}.{to.Member}`; positional calls compile as before.",
        MigrationKind.Renamed when from is { Kind: SymbolKind.Method } && to is not null =>
            $"Call `{to.Type}.{to.Member}` instead of `{from.Type}.{from.Member}`, and check its parameters.",
        MigrationKind.Renamed when from is not null && to is not null =>
            $"Rename `{from.Local}` to `{to.Local}` wherever you use it (the code fix does it).",
        MigrationKind.Moved when from is { Kind: SymbolKind.Method } && to is not null =>
            $"Call `{to.Local}` instead of `{from.Local}`: the operation moved to another group of the client under the same method name.",
        MigrationKind.Moved when from is not null && to is not null =>
            $"Read and write `{to.Local}` instead of `{from.Local}`: the value now sits in a nested object.",
        MigrationKind.Removed when from is { Kind: SymbolKind.Method } =>
            $"Stop calling `{from.Type}.{from.Member}`: the operation is gone; see the release note for what replaces it.",
        MigrationKind.Removed when from is { Kind: SymbolKind.Parameter } =>
            $"Stop passing `{from.Parameter}` to `{from.Type}.{from.Member}`.",
        MigrationKind.Removed when from is { Kind: SymbolKind.EnumMember } =>
            side == ChangeSide.Response
                ? $"`{from.Local}` is no longer returned; code that tests for it will not see it."
                : $"Stop sending `{from.Local}`: the API no longer accepts it.",
        MigrationKind.Removed when from is { Kind: SymbolKind.Type } => TypeRemoved(from),
        MigrationKind.Removed when from is not null =>
            side == ChangeSide.Response
                ? $"Stop reading `{from.Local}`: the API no longer returns it."
                : $"Stop setting `{from.Local}`: the API no longer accepts it (the code fix removes it from object initializers).",
        MigrationKind.Added when to is not null =>
            ruleId.Contains("enum-value-added", StringComparison.Ordinal) && side == ChangeSide.Response
                ? $"Expect `{to.Local}` in responses; values you do not handle arrive as unknown values, not errors."
                : $"Nothing to do; `{to.Local}` is available.",
        MigrationKind.Changed => Changed(ruleId, to ?? from, detail),
        _ => area == MigrationArea.Endpoint ? "Review the calls to this operation." : "Review the code that uses this model.",
    };

    public static string TypeRemoved(CSharpSymbol type) => $"`{type.Type}` is no longer generated: remove the code that names it.";

    private static string Changed(string ruleId, CSharpSymbol? symbol, string? detail)
    {
        var name = symbol is null ? "it" : $"`{symbol.Local}`";
        return ruleId switch
        {
            _ when ruleId.Contains("became-nullable", StringComparison.Ordinal) => $"Handle null in {name}.",
            _ when ruleId.Contains("became-required", StringComparison.Ordinal) => $"Always set {name}.",
            _ when ruleId.Contains("became-optional", StringComparison.Ordinal) || ruleId.Contains("became-not-required", StringComparison.Ordinal) => $"{Capital(name)} may be missing: handle null.",
            _ when ruleId.Contains("type-changed", StringComparison.Ordinal) || ruleId.Contains("became-enum", StringComparison.Ordinal) => $"{Capital(name)} has a new type: adapt the code that reads or sets it.",
            _ when ruleId.Contains("deprecated", StringComparison.Ordinal) => $"{Capital(name)} is deprecated: move off it before it is removed.",
            _ when ruleId.Contains("enum-value", StringComparison.Ordinal) => $"The allowed values of {name} changed{(detail is null ? string.Empty : $" ({detail})")}.",
            _ when ruleId.Contains("max", StringComparison.Ordinal) || ruleId.Contains("min", StringComparison.Ordinal) || ruleId.Contains("pattern", StringComparison.Ordinal) =>
                $"Check the values you send in or expect from {name} against the new limit.",
            _ when ruleId.Contains("default-value", StringComparison.Ordinal) => $"The default of {name} changed: set it explicitly if you relied on the old one.",
            _ when ruleId.Contains("tag", StringComparison.Ordinal) => "The operation's tags changed; its group and method keep their names.",
            _ => $"Review the code that uses {name}.",
        };
    }

    private static string Describe(string ruleId) => ruleId switch
    {
        "endpoint-method-changed" => "the HTTP method changed, and the generated method sends the new one",
        "endpoint-path-renamed" => "the path changed, and the generated method calls the new one",
        _ => "the spec name changed, not the C# name",
    };

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
