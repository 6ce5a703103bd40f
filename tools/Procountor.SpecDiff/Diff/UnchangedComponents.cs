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
    private readonly HashSet<string> _sameText = new(StringComparer.Ordinal);

    // Base nodes with a reference to something not unchanged at or below them.
    private readonly HashSet<SpecNode> _reachChanged = new(ReferenceEqualityComparer.Instance);

    public UnchangedComponents(SpecDocument @base, SpecDocument revision)
    {
        FindUnchanged(@base, revision);
        foreach (var reference in @base.References)
        {
            if (!_unchanged.Contains(reference.Text!))
            {
                // Ancestors already present were marked by an earlier reference, and so were theirs.
                for (var node = reference.Parent; node is not null && _reachChanged.Add(node); node = node.Parent)
                {
                }
            }
        }
    }

    /// <summary>True when <paramref name="reference"/> names a component that is the same, all the way down, in both documents.</summary>
    public bool IsUnchanged(string reference) => _unchanged.Contains(reference);

    /// <summary>True when the component's own text is equal in both documents (what it references may still differ).</summary>
    public bool HasSameText(string reference) => _sameText.Contains(reference);

    /// <summary>Two nodes of equal text whose references all name unchanged components; <paramref name="base"/> is a node of the base document.</summary>
    public bool AreSame(SpecNode @base, SpecNode revision) => SpecValues.DeepEquals(@base, revision) && !_reachChanged.Contains(@base);

    private void FindUnchanged(SpecDocument @base, SpecDocument revision)
    {
        var before = @base.Root["components"];
        var after = revision.Root["components"];
        if (before is not { IsObject: true } || after is not { IsObject: true })
        {
            return;
        }

        var names = new Dictionary<SpecNode, string>(ReferenceEqualityComparer.Instance);
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
                    _sameText.Add(name);
                    names.Add(component, name);
                }
            }
        }

        // What each unchanged component references, from the document's list of references rather than a walk of each.
        var references = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var reference in @base.References)
        {
            if (ComponentOf(reference.Parent!, before) is { } component && names.TryGetValue(component, out var name))
            {
                if (!references.TryGetValue(name, out var list))
                {
                    references.Add(name, list = []);
                }

                list.Add(reference.Text!);
            }
        }

        // Drop components that reach a changed one until nothing more drops.
        bool dropped;
        do
        {
            dropped = false;
            foreach (var (name, refs) in references)
            {
                if (_unchanged.Contains(name) && !refs.TrueForAll(_unchanged.Contains))
                {
                    _unchanged.Remove(name);
                    dropped = true;
                }
            }
        }
        while (dropped);
    }

    /// <summary>The component (a member of a section of <paramref name="components"/>) that is or holds <paramref name="node"/>.</summary>
    private static SpecNode? ComponentOf(SpecNode node, SpecNode components)
    {
        for (var current = node; current.Parent is { } parent; current = parent)
        {
            if (ReferenceEquals(parent.Parent, components))
            {
                return current;
            }
        }

        return null;
    }
}
