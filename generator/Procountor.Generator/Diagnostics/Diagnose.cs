using Microsoft.CodeAnalysis;
using Procountor.Generator.Model;
using Procountor.OpenApi.Reading;

namespace Procountor.Generator;

internal static class Diagnose
{
    public static DiagnosticInfo At(DiagnosticDescriptor descriptor, string path, SourcePosition position, params string[] arguments) =>
        new(descriptor.Id, path, position.Line, position.Column, new EquatableArray<string>(arguments));
}
