using Procountor.OpenApi.Reading;

namespace Procountor.SpecDiff.Diff;

/// <summary>
/// Which parts of two documents are the same, found before diffing so that the diff can skip them: consecutive
/// versions share almost everything, and comparing a shared component keyword by keyword is most of the cost.
/// A component is unchanged when its text is equal in both documents and every component it references is
/// unchanged too (the largest such set, so that unchanged <c>$ref</c> cycles stay unchanged).
/// </summary>
internal sealed class UnchangedComponents
{
    private const string Prefix = "#/components/";

    private readonly HashSet<string> _unchanged = new(StringComparer.Ordinal);

    public UnchangedComponents(SpecDocument @base, SpecDocument revision)
    {
        var before = @base.Root["components"];
        var after = revision.Root["components"];
        if (before is not { IsObject: true } || after is not { IsObject: true })
        {
            return;
        }

        var references = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var section in before.Children)
        {
            if (!section.IsObject || after[section.Key!] is not { IsObject: true } other)
            {
                continue;
            }

            foreach (var component in section.Children)
            {
                if (other[component.Key!] is { } twin && SpecValues.DeepEquals(component, twin))
                {
                    var name = Prefix + JsonPointer.Escape(section.Key!) + "/" + JsonPointer.Escape(component.Key!);
                    _unchanged.Add(name);
                    var refs = new HashSet<string>(StringComparer.Ordinal);
                    CollectReferences(component, refs);
                    references[name] = refs;
                }
            }
        }

        // Drop components that reach a changed one until nothing more drops.
        bool dropped;
        do
        {
            dropped = false;
            foreach (var (name, refs) in references)
            {
                if (_unchanged.Contains(name) && !refs.All(_unchanged.Contains))
                {
                    _unchanged.Remove(name);
                    dropped = true;
                }
            }
        }
        while (dropped);
    }

    /// <summary>True when <paramref name="reference"/> names a component that is the same, all the way down, in both documents.</summary>
    public bool IsUnchanged(string reference) => _unchanged.Contains(reference);

    /// <summary>Two nodes of equal text whose references all name unchanged components.</summary>
    public bool AreSame(SpecNode @base, SpecNode revision) => SpecValues.DeepEquals(@base, revision) && ReferencesUnchanged(@base);

    private bool ReferencesUnchanged(SpecNode node)
    {
        if (node.Kind == SpecNodeKind.Object && node.GetString("$ref") is { } reference && !_unchanged.Contains(reference))
        {
            return false;
        }

        if (node.Kind is SpecNodeKind.Object or SpecNodeKind.Array)
        {
            foreach (var child in node.Children)
            {
                if (!ReferencesUnchanged(child))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void CollectReferences(SpecNode node, HashSet<string> references)
    {
        if (node.Kind == SpecNodeKind.Object && node.GetString("$ref") is { } reference)
        {
            references.Add(reference);
        }

        if (node.Kind is SpecNodeKind.Object or SpecNodeKind.Array)
        {
            foreach (var child in node.Children)
            {
                CollectReferences(child, references);
            }
        }
    }
}
