using Procountor.Generator.Model;
using Procountor.OpenApi.Naming;
using Procountor.OpenApi.Reading;

namespace Procountor.Generator.Parsing;

/// <summary>How the offset-less date-times of a document are represented.</summary>
internal enum DateTimeMapping
{
    /// <summary><c>DateTimeOffset</c>; values without an offset are read as UTC.</summary>
    Offset,

    /// <summary><c>DateTime</c> of kind Unspecified, written <c>yyyy-MM-ddTHH:mm:ss</c>: no offset is ever invented.</summary>
    Unspecified,
}

/// <summary>
/// The overlay's settings: type mappings, paging and names. An overlay never edits the spec; it says how to read it.
/// See specs/procountor/overlays/README.md for the format.
/// </summary>
internal sealed class GeneratorOverlay
{
    private static readonly HashSet<string> KnownKeys = new(StringComparer.Ordinal)
    {
        "overlay", "description", "clientName", "types", "paging", "batch", "uploads", "operations",
    };

    public static readonly GeneratorOverlay Default = new();

    public NamingOptions Naming { get; private set; } = NamingOptions.Default;

    /// <summary><c>decimal</c> (money; the default) or <c>double</c> for <c>number</c> without a format.</summary>
    public TypeKind Number { get; private set; } = TypeKind.Decimal;

    /// <summary><c>long</c> (the default: safe) or <c>int</c> for <c>integer</c> without a format.</summary>
    public TypeKind Integer { get; private set; } = TypeKind.Int64;

    public DateTimeMapping DateTime { get; private set; } = DateTimeMapping.Offset;

    /// <summary>The most bytes a multipart file field may hold, by <c>METHOD /path</c> (or operationId) and field name.</summary>
    private Dictionary<string, Dictionary<string, long>> Uploads { get; } = new(StringComparer.Ordinal);

    /// <summary>The byte limit of a file field of <paramref name="operation"/>, or <c>null</c> when the overlay sets none.</summary>
    public long? UploadLimit(SpecOperation operation, string field) =>
        (Uploads.TryGetValue(operation.Key, out var byKey) || (operation.OperationId is { } id && Uploads.TryGetValue(id, out byKey)))
        && byKey.TryGetValue(field, out var limit) ? limit : null;

    /// <summary>Reads an overlay; problems are reported and the rest of the overlay still applies.</summary>
    public static GeneratorOverlay Read(OverlaySource source, List<DiagnosticInfo> diagnostics)
    {
        var result = SpecReader.Read(source.Text, source.Path);
        if (result.Root is not { IsObject: true } root)
        {
            var position = result.Error?.Position ?? new SourcePosition(1, 1);
            diagnostics.Add(Diagnose.At(DiagnosticDescriptors.OverlayProblem, source.Path, position, $"The overlay cannot be read: {result.Error?.Message ?? "it is not an object"}"));
            return Default;
        }

        var overlay = new GeneratorOverlay { Naming = NamingOptions.FromOverlay(root) };
        foreach (var member in root.Children)
        {
            if (!KnownKeys.Contains(member.Key!))
            {
                diagnostics.Add(Diagnose.At(DiagnosticDescriptors.OverlayProblem, source.Path, member.KeyPosition, $"Unknown overlay setting '{member.Key}' is ignored"));
            }
        }

        if (root["types"] is { IsObject: true } types)
        {
            overlay.Number = Choose(types, "number", TypeKind.Decimal, ("decimal", TypeKind.Decimal), ("double", TypeKind.Double));
            overlay.Integer = Choose(types, "integer", TypeKind.Int64, ("long", TypeKind.Int64), ("int", TypeKind.Int32));
            overlay.DateTime = Choose(types, "dateTime", DateTimeMapping.Offset, ("offset", DateTimeMapping.Offset), ("unspecified", DateTimeMapping.Unspecified));
        }

        if (root["uploads"] is { IsObject: true } uploads)
        {
            foreach (var operation in uploads.Children)
            {
                var fields = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var field in operation.Children)
                {
                    if (field.AsInt64() is { } limit and > 0)
                    {
                        fields[field.Key!] = limit;
                    }
                    else
                    {
                        diagnostics.Add(Diagnose.At(DiagnosticDescriptors.OverlayProblem, source.Path, field.Position,
                            $"uploads.{operation.Key}.{field.Key} must be a positive number of bytes; '{field.Text}' is ignored"));
                    }
                }

                overlay.Uploads[operation.Key!] = fields;
            }
        }

        return overlay;

        T Choose<T>(SpecNode types, string key, T fallback, params (string Name, T Value)[] choices)
        {
            if (types[key] is not { } node)
            {
                return fallback;
            }

            foreach (var (name, value) in choices)
            {
                if (node.Text == name)
                {
                    return value;
                }
            }

            diagnostics.Add(Diagnose.At(DiagnosticDescriptors.OverlayProblem, source.Path, node.Position,
                $"types.{key} must be one of {string.Join(", ", choices.Select(c => c.Name))}; '{node.Text}' is ignored"));
            return fallback;
        }
    }
}
