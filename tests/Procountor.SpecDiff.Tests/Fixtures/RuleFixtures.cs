namespace Procountor.SpecDiff.Tests.Fixtures;

/// <summary>Every rule fixture, by name.</summary>
internal static class RuleFixtures
{
    public static readonly IReadOnlyDictionary<string, RuleFixture> ByName =
        SchemaFamilyFixtures.All().Concat(OperationFixtures.All()).ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in ByName.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }
}
