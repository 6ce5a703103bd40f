namespace Procountor.SpecDiff.Rules;

/// <summary>
/// Settings of the rules that need them. The defaults judge the documents alone: sunset policies are off until a
/// minimum notice is given, so a plain <c>deprecated: true</c> is information, not an error.
/// </summary>
public sealed record RuleOptions
{
    /// <summary>The stability levels of <c>x-stability-level</c>, least stable first.</summary>
    public static readonly IReadOnlyList<string> DefaultStabilityLevels = ["draft", "alpha", "beta", "stable"];

    /// <summary>"Today" for sunset rules. Fixed by the caller so that a report does not change with the clock.</summary>
    public DateOnly Date { get; init; } = new(2000, 1, 1);

    /// <summary>Minimum days between deprecating a beta element and its sunset; 0 turns the beta sunset policy off.</summary>
    public int DeprecationDaysBeta { get; init; }

    /// <summary>Minimum days between deprecating a stable (or unlabelled) element and its sunset; 0 turns the policy off.</summary>
    public int DeprecationDaysStable { get; init; }

    /// <summary>Known values of <c>x-stability-level</c>, least stable first.</summary>
    public IReadOnlyList<string> StabilityLevels { get; init; } = DefaultStabilityLevels;

    /// <summary>The minimum notice for an element of the given stability level, or 0 when no policy applies.</summary>
    public int MinimumNoticeDays(string? stability) => stability switch
    {
        null or "stable" => DeprecationDaysStable,
        "beta" => DeprecationDaysBeta,
        _ => 0,
    };

    /// <summary>Position of a stability level, or -1 when unknown.</summary>
    public int StabilityRank(string? level) => level is null ? -1 : IndexOf(StabilityLevels, level);

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
