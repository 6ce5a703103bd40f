using System.Collections.Frozen;
using Procountor.SpecDiff.Model;

namespace Procountor.SpecDiff.Rules;

/// <summary>
/// The rule IDs, levels and descriptions: the shared catalog (the vocabulary users of other tools know) plus our
/// rename rules. Rules take their level from here, never from code, so the catalog is the one place to read them.
/// </summary>
public sealed class RuleCatalog
{
    private readonly FrozenDictionary<string, RuleDefinition> _byId;

    private RuleCatalog(IReadOnlyList<RuleDefinition> rules)
    {
        Rules = rules;
        _byId = rules.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>The catalog bundled with the engine.</summary>
    public static RuleCatalog Default { get; } = Load();

    /// <summary>Every rule, ordered by ID.</summary>
    public IReadOnlyList<RuleDefinition> Rules { get; }

    public RuleDefinition? Find(string id) => _byId.GetValueOrDefault(id);

    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>The rule with this ID; an unknown ID is a bug in a rule, not a user error.</summary>
    public RuleDefinition Get(string id) =>
        _byId.TryGetValue(id, out var rule) ? rule : throw new InvalidOperationException($"Rule '{id}' is not in the catalog.");

    /// <summary>Reads catalog text in the shared TSV layout (a header line, then one rule per line).</summary>
    public static IEnumerable<RuleDefinition> Parse(string tsv, bool extensions)
    {
        foreach (var line in tsv.Split('\n').Skip(1))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length < 8 || fields[0].Length == 0)
            {
                continue;
            }

            var level = fields[1] switch
            {
                "ERR" => ChangeLevel.Err,
                "WARN" => ChangeLevel.Warn,
                "INFO" => ChangeLevel.Info,
                _ => throw new FormatException($"Rule '{fields[0]}' has an unknown level '{fields[1]}'."),
            };
            yield return new RuleDefinition(fields[0], level, fields[2], fields[3], fields[4], fields[5], fields[6], fields[7], extensions);
        }
    }

    private static RuleCatalog Load()
    {
        var rules = Parse(Resource("rule-catalog.tsv"), false)
            .Concat(Parse(Resource("rule-extensions.tsv"), true))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return new RuleCatalog(rules);
    }

    private static string Resource(string name)
    {
        using var stream = typeof(RuleCatalog).Assembly.GetManifestResourceStream("Procountor.SpecDiff." + name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
