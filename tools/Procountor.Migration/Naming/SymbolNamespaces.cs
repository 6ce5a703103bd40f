using Procountor.SpecDiff.Loading;

namespace Procountor.Migration.Naming;

/// <summary>
/// Which namespace a version's generated client lives in. The SDK puts each version in <c>Procountor.Sdk.V</c> plus
/// the version's digits (<c>Procountor.Sdk.V2312</c>), as its generator items say; a consumer who generates the
/// client themselves picked their own namespace, which <c>--project</c> reads from their project's spec item; moving
/// means pointing that item at the new version's document, so both sides live in that one namespace.
/// </summary>
public sealed record SymbolNamespaces(string Prefix = SymbolNamespaces.SdkPrefix, string? Consumer = null)
{
    public const string SdkPrefix = "Procountor.Sdk.";

    /// <summary><c>23.12</c> → <c>V2312</c>; a file that is not a version of the catalog → <c>Api</c>.</summary>
    public static string Segment(LoadedSpec spec) =>
        spec.Version is { IsMonthly: true } version ? "V" + version.Text.Replace(".", string.Empty, StringComparison.Ordinal) : "Api";

    public string Of(LoadedSpec spec) => Consumer is { Length: > 0 } consumer ? consumer : Prefix + Segment(spec);
}
