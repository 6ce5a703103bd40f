using Procountor.OpenApi.Reading;

namespace Procountor.SpecDiff.Diff;

/// <summary>
/// One keyword of an object (schema, parameter, operation, …) that differs: added, removed, changed, or — for
/// numbers — increased or decreased. For list keywords (<c>enum</c>, <c>required</c>, <c>tags</c>, type arrays) there
/// is one change per added or removed item, with <see cref="Item"/> naming it.
/// </summary>
/// <param name="Keyword">The keyword as written, e.g. <c>maxLength</c>, <c>enum</c>, <c>x-sunset</c>.</param>
/// <param name="Action">What happened.</param>
/// <param name="Base">The keyword's value in the base document, when present.</param>
/// <param name="Revision">The keyword's value in the revision document, when present.</param>
/// <param name="Item">For list keywords: the item added or removed, as JSON text.</param>
public sealed record KeywordChange(string Keyword, DiffAction Action, SpecNode? Base, SpecNode? Revision, string? Item = null)
{
    /// <summary>The value before, as written (JSON text for containers).</summary>
    public string? BaseText => Base is null ? null : SpecValues.ToJson(Base);

    public string? RevisionText => Revision is null ? null : SpecValues.ToJson(Revision);
}
