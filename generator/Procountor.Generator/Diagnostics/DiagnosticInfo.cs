using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Procountor.Generator;

/// <summary>
/// A diagnostic as plain values (descriptor ID, file, line, column, message arguments), so that it can sit in a
/// cached pipeline model; turned into a <see cref="Diagnostic"/> only when reported.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string Path, int Line, int Column, Model.EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic()
    {
        var position = new LinePosition(Math.Max(0, Line - 1), Math.Max(0, Column - 1));
        var location = Location.Create(Path, default, new LinePositionSpan(position, position));
        return Diagnostic.Create(DiagnosticDescriptors.ById(Id), location, Arguments.Cast<object>().ToArray());
    }
}
