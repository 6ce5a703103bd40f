using Procountor.SpecDiff.Loading;

namespace Procountor.Migration.Naming;

/// <summary>The namers of a range's documents: the first (in the consumer's namespace), the last, and any in between.</summary>
internal sealed class SymbolNamers(IReadOnlyList<LoadedSpec> documents, SymbolNamespaces namespaces, Func<LoadedSpec, string, SymbolNamer> make)
{
    public SymbolNamer First => make(documents[0], namespaces.Of(documents[0]));

    public SymbolNamer Last => At(documents[^1]);

    public SymbolNamer At(LoadedSpec spec) => make(spec, namespaces.Of(spec));
}
