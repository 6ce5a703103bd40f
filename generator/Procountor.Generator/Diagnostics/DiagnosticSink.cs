using Microsoft.CodeAnalysis;
using Procountor.OpenApi.Reading;

namespace Procountor.Generator;

/// <summary>Collects a document's diagnostics, once per descriptor and place, in the order found.</summary>
internal sealed class DiagnosticSink
{
    private readonly string _path;
    private readonly HashSet<(string, int, int)> _seen = [];

    public DiagnosticSink(string path)
    {
        _path = path;
    }

    public List<DiagnosticInfo> Items { get; } = [];

    public void Add(DiagnosticDescriptor descriptor, SpecNode at, params string[] arguments) =>
        Add(descriptor, at.KeyPosition.Line > 0 ? at.KeyPosition : at.Position, arguments);

    public void Add(DiagnosticDescriptor descriptor, SourcePosition position, params string[] arguments)
    {
        if (_seen.Add((descriptor.Id, position.Line, position.Column)))
        {
            Items.Add(Diagnose.At(descriptor, _path, position, arguments));
        }
    }
}
