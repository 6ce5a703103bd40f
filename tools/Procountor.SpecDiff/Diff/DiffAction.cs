namespace Procountor.SpecDiff.Diff;

/// <summary>What happened to one element between the base and the revision document.</summary>
public enum DiffAction
{
    /// <summary>Only the revision has it.</summary>
    Added,

    /// <summary>Only the base has it.</summary>
    Removed,

    /// <summary>Both have it, and it differs (a scalar keyword changed, or something inside it did).</summary>
    Modified,

    /// <summary>A numeric keyword got a larger value.</summary>
    Increased,

    /// <summary>A numeric keyword got a smaller value.</summary>
    Decreased,
}
