namespace Procountor.SpecDiff.Ignoring;

/// <summary>One known change to suppress: rule and operation (and optionally subject), why, and until when.</summary>
/// <param name="Rule">Rule ID.</param>
/// <param name="Operation"><c>METHOD /path</c>, or <c>null</c> for document-level changes; path parameter names do not matter.</param>
/// <param name="Subject">Optional: only changes with this subject.</param>
/// <param name="Reason">Why the change is accepted (required: an ignore without a reason is a mystery later).</param>
/// <param name="Expires">Optional last day the entry suppresses; after it the change shows again and the entry is reported.</param>
/// <param name="Line">Line of the entry in the ignore file, for messages.</param>
public sealed record IgnoreEntry(string Rule, string? Operation, string? Subject, string Reason, DateOnly? Expires, int Line)
{
    public bool IsExpired(DateOnly today) => Expires is { } last && today > last;
}
