using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Procountor.Migration.Model;

namespace Procountor.Migration.Usages;

/// <summary>
/// The report's from-symbols by what a bound name looks like (containing type's full name, member, parameter), and
/// the walk that finds them in one syntax tree: names of types and members, and arguments bound to a parameter.
/// </summary>
internal sealed class SymbolIndex
{
    private readonly Dictionary<string, List<MigrationEntry>> _byKey = new(StringComparer.Ordinal);

    public SymbolIndex(IEnumerable<MigrationEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.From is { } from && !entry.KeepsCSharp)
            {
                var key = Key(from.TypeMetadataName, from.Via is null ? from.Member : from.Via.Split('.')[0], from.Parameter);
                if (!_byKey.TryGetValue(key, out var list))
                {
                    _byKey[key] = list = [];
                }

                list.Add(entry);
            }
        }
    }

    public IEnumerable<(MigrationEntry Entry, Location Location)> Uses(SemanticModel model)
    {
        var root = model.SyntaxTree.GetRoot();
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case ArgumentSyntax argument when model.GetOperation(argument) is IArgumentOperation { Parameter: { } parameter }:
                    if (parameter.ContainingSymbol is IMethodSymbol { ContainingType: { } owner } method)
                    {
                        foreach (var entry in Lookup(Key(owner.ToDisplayString(), method.Name, parameter.Name)))
                        {
                            yield return (entry, argument.GetLocation());
                        }
                    }

                    break;
                case SimpleNameSyntax name when !IsDeclaration(name):
                    var symbol = model.GetSymbolInfo(name).Symbol;
                    var key = symbol switch
                    {
                        INamedTypeSymbol type => Key(type.ToDisplayString(), null, null),
                        IPropertySymbol or IMethodSymbol or IFieldSymbol when symbol.ContainingType is { } container => Key(container.ToDisplayString(), symbol.Name, null),
                        _ => null,
                    };
                    if (key is not null)
                    {
                        foreach (var entry in Lookup(key))
                        {
                            yield return (entry, name.Identifier.GetLocation());
                        }
                    }

                    break;
            }
        }
    }

    private IEnumerable<MigrationEntry> Lookup(string key) => _byKey.TryGetValue(key, out var list) ? list : [];

    private static bool IsDeclaration(SimpleNameSyntax name) => name.Parent is NameColonSyntax;

    private static string Key(string type, string? member, string? parameter) => type + "|" + member + "|" + parameter;
}
