using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Procountor.Sdk.Analyzers;

/// <summary>
/// Which version of the Procountor API each generated namespace of a compilation is: from the generator's spec items
/// (<c>OpenApiNamespace</c> and <c>OpenApiVersionLabel</c> metadata, made visible by the generator's props) or, for
/// the SDK's own clients, from the namespace itself (<c>Procountor.Sdk.V2206</c> is 22.06).
/// </summary>
internal sealed class ConsumerVersions
{
    private const string Metadata = "build_metadata.AdditionalFiles.";
    private static readonly Regex SdkNamespace = new(@"^Procountor\.Sdk\.V(\d\d)(\d\d)$", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, int> _fromItems;

    private ConsumerVersions(Dictionary<string, int> fromItems)
    {
        _fromItems = fromItems;
    }

    public static ConsumerVersions Read(AnalyzerOptions options)
    {
        var items = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles)
        {
            var metadata = options.AnalyzerConfigOptionsProvider.GetOptions(file);
            if (metadata.TryGetValue(Metadata + "OpenApiSpec", out var spec) && string.Equals(spec, "true", System.StringComparison.OrdinalIgnoreCase)
                && metadata.TryGetValue(Metadata + "OpenApiNamespace", out var ns) && !string.IsNullOrWhiteSpace(ns)
                && metadata.TryGetValue(Metadata + "OpenApiVersionLabel", out var label) && ApiVersionOrder.TryParse(label, out var version))
            {
                items[ns.Trim()] = version;
            }
        }

        return new ConsumerVersions(items);
    }

    /// <summary>The version of the generated client in <paramref name="ns"/>, or <c>null</c> when it is not one.</summary>
    public int? Of(INamespaceSymbol ns)
    {
        var name = ns.ToDisplayString();
        if (_fromItems.TryGetValue(name, out var version))
        {
            return version;
        }

        var match = SdkNamespace.Match(name);
        return match.Success ? int.Parse(match.Groups[1].Value + match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
