namespace Procountor.SpecDiff.Model;

/// <summary>How much a change matters to existing clients. Ordered: a higher value is more severe.</summary>
public enum ChangeLevel
{
    /// <summary>Informational: nothing breaks (catalog level <c>INFO</c>).</summary>
    Info = 0,

    /// <summary>May break some clients (catalog level <c>WARN</c>).</summary>
    Warn = 1,

    /// <summary>Breaks existing clients (catalog level <c>ERR</c>).</summary>
    Err = 2,
}
