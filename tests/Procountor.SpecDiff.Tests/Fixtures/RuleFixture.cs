using Procountor.SpecDiff.Rules;

namespace Procountor.SpecDiff.Tests.Fixtures;

/// <summary>A pair of tiny documents that must produce <see cref="Id"/> at <see cref="Operation"/>.</summary>
/// <param name="Name">Unique name of the fixture (the test case's name).</param>
/// <param name="Id">The rule that must fire.</param>
/// <param name="Operation">The operation the change must name (<c>null</c> for document-level rules).</param>
/// <param name="Base">The base document.</param>
/// <param name="Revision">The revision document.</param>
/// <param name="Options">Rule options, for the rules that need them.</param>
/// <param name="Symmetric">The rule also fires when the documents are swapped (a value changed either way).</param>
public sealed record RuleFixture(string Name, string Id, string? Operation, string Base, string Revision, RuleOptions? Options = null, bool Symmetric = false)
{
    public override string ToString() => Name;
}
