using Procountor.SpecDiff.Model;

namespace Procountor.SpecDiff.Rules;

/// <summary>One rule of the catalog: its stable ID, level, and what it judges.</summary>
/// <param name="Id">Stable ID, e.g. <c>request-property-removed</c>.</param>
/// <param name="Level">The level every change of this rule gets.</param>
/// <param name="Scope">What it looks at: <c>request-property</c>, <c>endpoint</c>, <c>response-header</c>, …</param>
/// <param name="Description">Our own short description.</param>
/// <param name="Direction"><c>request</c>, <c>response</c> or <c>none</c>.</param>
/// <param name="Area"><c>paths</c>, <c>parameters</c>, <c>schema</c>, <c>requestBody</c>, <c>responses</c>, <c>headers</c>, <c>security</c>, …</param>
/// <param name="Kind"><c>existence</c>, <c>type</c>, <c>values</c>, <c>constraints</c>, <c>requiredness</c>, <c>lifecycle</c>, <c>structure</c>, <c>mutability</c>, <c>rename</c>.</param>
/// <param name="Action"><c>add</c>, <c>remove</c>, <c>change</c>, <c>increase</c>, <c>decrease</c>, <c>set</c>, <c>generalize</c>, <c>specialize</c>, <c>rename</c>.</param>
/// <param name="IsExtension">Ours, beyond the shared catalog (the rename rules).</param>
public sealed record RuleDefinition(
    string Id,
    ChangeLevel Level,
    string Scope,
    string Description,
    string Direction,
    string Area,
    string Kind,
    string Action,
    bool IsExtension);
