using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Procountor.Generator.Tests.Infrastructure;

/// <summary>An AdditionalFile held in memory, with the item metadata MSBuild would pass.</summary>
public sealed class TestAdditionalText(string path, string text, IReadOnlyDictionary<string, string>? metadata = null) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public IReadOnlyDictionary<string, string> Metadata { get; } = metadata ?? new Dictionary<string, string>();

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    /// <summary>A spec file: <c>OpenApiSpec="true"</c> plus the given metadata (names without the <c>OpenApi</c> prefix).</summary>
    public static TestAdditionalText Spec(string path, string text, string? ns = null, string? clientName = null, string? overlay = null, string? versionLabel = null)
    {
        var metadata = new Dictionary<string, string> { ["OpenApiSpec"] = "true" };
        if (ns is not null)
        {
            metadata["OpenApiNamespace"] = ns;
        }

        if (clientName is not null)
        {
            metadata["OpenApiClientName"] = clientName;
        }

        if (overlay is not null)
        {
            metadata["OpenApiOverlay"] = overlay;
        }

        if (versionLabel is not null)
        {
            metadata["OpenApiVersionLabel"] = versionLabel;
        }

        return new TestAdditionalText(path, text, metadata);
    }
}

/// <summary>Answers <c>build_metadata.AdditionalFiles.*</c> per file and a few global <c>build_property.*</c> values.</summary>
public sealed class TestOptionsProvider(IEnumerable<TestAdditionalText> files, IReadOnlyDictionary<string, string>? globals = null) : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, TestOptions> _byPath = files.ToDictionary(
        f => f.Path,
        f => new TestOptions(f.Metadata.ToImmutableDictionary(p => "build_metadata.AdditionalFiles." + p.Key, p => p.Value)));

    public override AnalyzerConfigOptions GlobalOptions { get; } = new TestOptions(
        (globals ?? new Dictionary<string, string> { ["RootNamespace"] = "Tests" }).ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _byPath.TryGetValue(textFile.Path, out var options) ? options : TestOptions.Empty;

    private sealed class TestOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly TestOptions Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
