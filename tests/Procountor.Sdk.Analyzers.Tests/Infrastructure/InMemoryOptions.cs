using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Procountor.Sdk.Analyzers.Tests.Infrastructure;

/// <summary>An AdditionalFile in memory with the item metadata MSBuild would pass (<c>OpenApiSpec</c>, …).</summary>
public sealed class InMemoryAdditionalText(string path, string text, IReadOnlyDictionary<string, string> metadata) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public IReadOnlyDictionary<string, string> Metadata { get; } = metadata;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Answers <c>build_metadata.AdditionalFiles.*</c> per file and <c>build_property.*</c> globally, as MSBuild's editorconfig does.</summary>
public sealed class InMemoryOptions(IEnumerable<InMemoryAdditionalText> files, IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, Options> _byPath = files.ToDictionary(
        f => f.Path,
        f => new Options(f.Metadata.ToImmutableDictionary(p => "build_metadata.AdditionalFiles." + p.Key, p => p.Value)));

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties.ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _byPath.TryGetValue(textFile.Path, out var options) ? options : Options.Empty;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
