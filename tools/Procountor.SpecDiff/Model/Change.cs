using System.Collections.Immutable;

namespace Procountor.SpecDiff.Model;

/// <summary>
/// One judged change between two documents: what a rule made of the structural diff. Every output format
/// (text, JSON, YAML, Markdown, HTML, SARIF, JUnit) renders exactly these fields.
/// </summary>
/// <param name="RuleId">Stable rule ID from the catalog, e.g. <c>request-property-removed</c>.</param>
/// <param name="Level">Severity of the rule.</param>
/// <param name="Operation"><c>METHOD /path</c> as written in the documents, or <c>null</c> for document-level changes.</param>
/// <param name="Subject">
/// Where inside the operation or document: e.g. <c>request body application/json: paymentInfo/bankReferenceCode</c>,
/// <c>query parameter limit</c>, <c>components/schemas/Invoice</c>.
/// </param>
/// <param name="Message">One human sentence, specific enough to act on.</param>
/// <param name="Base">Location in the old document, when the changed element exists there.</param>
/// <param name="Revision">Location in the new document, when the changed element exists there.</param>
/// <param name="Fingerprint">
/// Stable identity of the change: the same change gets the same fingerprint in every run and format, and edits
/// elsewhere in the documents (moving lines) do not alter it.
/// </param>
/// <param name="Rename">For renames detected from a removal plus a look-alike addition: both names.</param>
/// <param name="ReleaseNotes">IDs of the release-note items this change matches (filled by the notes layer).</param>
public sealed record Change(
    string RuleId,
    ChangeLevel Level,
    string? Operation,
    string Subject,
    string Message,
    SpecLocation? Base,
    SpecLocation? Revision,
    string Fingerprint,
    RenameInfo? Rename,
    ImmutableArray<string> ReleaseNotes)
{
    public bool IsBreaking => Level >= ChangeLevel.Warn;

    /// <summary>What the change is about, as data (side, schema, field, parameter, …): what release notes and the migration tool match on.</summary>
    public ChangeTarget Target { get; init; } = ChangeTarget.None;
}

/// <summary>The two sides of a rename (property, parameter, path or method).</summary>
public sealed record RenameInfo(string From, string To);
