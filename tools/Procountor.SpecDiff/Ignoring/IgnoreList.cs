using System.Collections.Immutable;
using System.Globalization;
using Procountor.OpenApi.Reading;
using Procountor.SpecDiff.Loading;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Notes;

namespace Procountor.SpecDiff.Ignoring;

/// <summary>
/// The ignore file: known changes that should not fail a gate. YAML (or JSON):
/// <code>
/// ignore:
///   - rule: request-property-removed
///     operation: POST /invoices
///     subject: "request body application/json: notes"   # optional
///     reason: removed on purpose, announced in 23.02
///     expires: 2024-06-30                                  # optional
/// </code>
/// </summary>
public sealed class IgnoreList
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "rule", "operation", "subject", "reason", "expires" };

    public IgnoreList(string file, ImmutableArray<IgnoreEntry> entries)
    {
        File = file;
        Entries = entries;
    }

    public static IgnoreList Empty { get; } = new(string.Empty, []);

    public string File { get; }

    public ImmutableArray<IgnoreEntry> Entries { get; }

    /// <summary>The entry that suppresses <paramref name="change"/> today, or <c>null</c>.</summary>
    public IgnoreEntry? Suppressing(Change change, DateOnly today) =>
        Entries.FirstOrDefault(e => !e.IsExpired(today) && Matches(e, change));

    /// <summary>Expired entries that would still match a change: reported so that someone looks at them again.</summary>
    public IEnumerable<IgnoreEntry> Expired(DateOnly today) => Entries.Where(e => e.IsExpired(today));

    public static bool Matches(IgnoreEntry entry, Change change) =>
        entry.Rule == change.RuleId
        && (entry.Operation is null
            ? change.Operation is null
            : change.Operation is not null && ReleaseNotesMatcher.NormalizeOperation(entry.Operation) == ReleaseNotesMatcher.NormalizeOperation(change.Operation))
        && (entry.Subject is null || entry.Subject == change.Subject);

    public static IgnoreList Load(string path)
    {
        string text;
        try
        {
            text = System.IO.File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new SpecLoadException(path, null, e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : "cannot read the file: " + e.Message);
        }

        return Parse(text, path);
    }

    public static IgnoreList Parse(string text, string path)
    {
        var result = SpecReader.Read(text, path);
        if (result.Root is not { } root)
        {
            throw new SpecLoadException(path, result.Error!.Position, result.Error.Message);
        }

        if (!root.IsObject || root["ignore"] is not { IsArray: true } list)
        {
            throw new SpecLoadException(path, root.Position, "an ignore file is an object with an 'ignore' list");
        }

        var entries = ImmutableArray.CreateBuilder<IgnoreEntry>();
        foreach (var item in list.Children)
        {
            if (!item.IsObject)
            {
                throw new SpecLoadException(path, item.Position, "each ignore entry is an object with rule, operation, reason and optionally subject and expires");
            }

            foreach (var member in item.Children)
            {
                if (!Keys.Contains(member.Key!))
                {
                    throw new SpecLoadException(path, member.KeyPosition, $"unknown key '{member.Key}' (expected rule, operation, subject, reason, expires)");
                }
            }

            var rule = Required(path, item, "rule");
            if (Rules.RuleCatalog.Default.Find(rule) is null)
            {
                throw new SpecLoadException(path, item["rule"]!.Position, $"unknown rule '{rule}' (see `procountor rules`)");
            }

            DateOnly? expires = null;
            if (item["expires"] is { } expiry)
            {
                if (!DateOnly.TryParseExact(expiry.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw new SpecLoadException(path, expiry.Position, $"expires must be a date (yyyy-MM-dd), not '{expiry.Text}'");
                }

                expires = date;
            }

            entries.Add(new IgnoreEntry(rule, item.GetString("operation"), item.GetString("subject"), Required(path, item, "reason"), expires, item.Position.Line));
        }

        return new IgnoreList(path, entries.ToImmutable());
    }

    private static string Required(string path, SpecNode item, string key) =>
        item.GetString(key) is { Length: > 0 } value
            ? value
            : throw new SpecLoadException(path, item[key]?.Position ?? item.Position, $"the ignore entry needs a '{key}'");
}
