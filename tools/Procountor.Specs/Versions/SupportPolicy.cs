using System.Collections.Immutable;

namespace Procountor.Specs.Versions;

/// <summary>The <c>policy</c> of <c>versions.yaml</c>: how the vendor numbers and supports versions.</summary>
/// <param name="Summary">The policy in our own words.</param>
/// <param name="SupportedEveryMonths">How often a release becomes a supported version (3: every third month).</param>
/// <param name="SupportedForMonths">How long a supported version stays available (6).</param>
/// <param name="Aliases">Path segments that follow the newest versions (<c>latest</c>, <c>supported</c>).</param>
public sealed record SupportPolicy(string Summary, int SupportedEveryMonths, int SupportedForMonths, ImmutableArray<string> Aliases);
