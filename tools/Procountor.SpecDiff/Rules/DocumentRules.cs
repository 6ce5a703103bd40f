using Procountor.OpenApi.Reading;
using Procountor.SpecDiff.Diff;
using Procountor.SpecDiff.Model;

namespace Procountor.SpecDiff.Rules;

/// <summary>Document-level rules: global security, components, webhooks, and the versioning policy of <c>info.version</c>.</summary>
internal static class DocumentRules
{
    public static void Judge(ChangeCollector sink, DocumentDiff diff)
    {
        SecurityRules.JudgeRequirements(sink, null, diff.Security, "api-global-security", "security", sink.Base.Root, sink.Revision.Root);
        SecurityRules.JudgeSchemes(sink, diff.SecuritySchemes);
        foreach (var schema in diff.Schemas.Where(s => s.Action == DiffAction.Removed))
        {
            sink.Emit("api-schema-removed", null, "components/schemas/" + schema.Name, $"schema {schema.Name} removed", schema.Base, sink.Revision.Root["components"]?["schemas"],
                ChangeTarget.None with { Schemas = [schema.Name] });
        }

        foreach (var webhook in diff.Webhooks)
        {
            var verb = webhook.Action == DiffAction.Added ? "added" : "removed";
            sink.Emit("webhook-" + verb, null, "webhooks/" + webhook.Name, $"webhook {webhook.Name} {verb}", webhook.Base ?? sink.Base.Root, webhook.Revision ?? sink.Revision.Root);
        }
    }

    /// <summary>Runs after every other rule: the versioning rules fire only when something breaks.</summary>
    public static void JudgeVersion(ChangeCollector sink)
    {
        if (!sink.Changes.Any(c => c.Level == ChangeLevel.Err))
        {
            return;
        }

        var before = sink.Base.Root["info"]?["version"];
        var after = sink.Revision.Root["info"]?["version"];
        if (before?.Text is not { } b || after?.Text is not { } r)
        {
            return;
        }

        var x = ParseVersion(b);
        var y = ParseVersion(r);
        string? id = b == r ? "api-version-not-bumped"
            : Compare(y, x) < 0 ? "api-version-decreased"
            : IsSemantic(b) && IsSemantic(r) && y[0] <= x[0] ? "api-major-version-not-bumped"
            : null;
        if (id is not null)
        {
            sink.Emit(id, null, "info.version", $"info.version {b} → {r} with breaking changes", before, after);
        }
    }

    /// <summary>major.minor.patch: only such versions have a major to bump (a YY.MM version does not).</summary>
    private static bool IsSemantic(string version) => ParseVersion(version.Split('-', '+')[0]).Length == 3;

    private static int[] ParseVersion(string version) =>
        version.Split('.', '-', '+')
            .TakeWhile(p => p.Length > 0 && p.All(char.IsAsciiDigit))
            .Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();

    private static int Compare(int[] a, int[] b)
    {
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : 0;
            var y = i < b.Length ? b[i] : 0;
            if (x != y)
            {
                return x.CompareTo(y);
            }
        }

        return 0;
    }
}
