using Procountor.OpenApi.Reading;
using Procountor.SpecDiff.Diff;
using Procountor.SpecDiff.Model;

namespace Procountor.SpecDiff.Rules;

/// <summary>Security requirements (document and operation level) and the security schemes of <c>components</c>.</summary>
internal static class SecurityRules
{
    /// <param name="prefix"><c>api-security</c> for operations, <c>api-global-security</c> for the document.</param>
    public static void JudgeRequirements(ChangeCollector sink, string? op, IReadOnlyList<SecurityRequirementDiff> requirements, string prefix, string subject, SpecNode? baseOwner, SpecNode? revisionOwner)
    {
        foreach (var requirement in requirements)
        {
            var name = requirement.Name.Length == 0 ? "{} (anonymous)" : requirement.Name;
            var b = requirement.Base ?? baseOwner;
            var r = requirement.Revision ?? revisionOwner;
            var target = ChangeTarget.None with { Detail = requirement.Name };
            switch (requirement.Action)
            {
                case DiffAction.Added:
                    sink.Emit(prefix + "-added", op, subject, $"requirement {name} added", b, r, target);
                    continue;
                case DiffAction.Removed:
                    sink.Emit(prefix + "-removed", op, subject, $"requirement {name} removed", b, r, target);
                    continue;
            }

            foreach (var scope in requirement.ScopesAdded)
            {
                sink.Emit(prefix + "-scope-added", op, subject, $"{name} asks for scope {scope}", b, r, target with { Detail = scope });
            }

            foreach (var scope in requirement.ScopesRemoved)
            {
                sink.Emit(prefix + "-scope-removed", op, subject, $"{name} no longer asks for scope {scope}", b, r, target with { Detail = scope });
            }
        }
    }

    public static void JudgeSchemes(ChangeCollector sink, IReadOnlyList<SecuritySchemeDiff> schemes)
    {
        foreach (var scheme in schemes)
        {
            var subject = "components/securitySchemes/" + scheme.Name;
            var b = scheme.Base ?? sink.Base.Root["components"];
            var r = scheme.Revision ?? sink.Revision.Root["components"];
            var target = ChangeTarget.None with { Detail = scheme.Name };
            switch (scheme.Action)
            {
                case DiffAction.Added:
                    sink.Emit("api-security-component-added", null, subject, $"scheme {scheme.Name} added", b, r, target);
                    continue;
                case DiffAction.Removed:
                    sink.Emit("api-security-component-removed", null, subject, $"scheme {scheme.Name} removed", b, r, target);
                    continue;
            }

            foreach (var change in scheme.Keywords)
            {
                var id = change.Keyword == "type" ? "api-security-component-type-changed"
                    : change.Keyword.EndsWith(".tokenUrl", StringComparison.Ordinal) ? "api-security-component-oauth-token-url-changed"
                    : "api-security-component-oauth-url-changed";
                sink.Emit(id, null, subject, $"{change.Keyword}: {change.BaseText ?? "none"} → {change.RevisionText ?? "none"}", change.Base ?? b, change.Revision ?? r, target with { Detail = change.Keyword });
            }

            Scopes(sink, scheme.ScopesAdded, "api-security-component-oauth-scope-added", "added");
            Scopes(sink, scheme.ScopesRemoved, "api-security-component-oauth-scope-removed", "removed");
            Scopes(sink, scheme.ScopesChanged, "api-security-component-oauth-scope-changed", "described differently");

            void Scopes(ChangeCollector collector, IReadOnlyList<string> scopes, string id, string verb)
            {
                foreach (var scope in scopes)
                {
                    collector.Emit(id, null, subject, $"scope {scope} {verb}", b, r, target with { Detail = scope });
                }
            }
        }
    }
}
