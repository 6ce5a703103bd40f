using Procountor.OpenApi.Reading;
using Procountor.SpecDiff.Diff;
using Procountor.SpecDiff.Model;

namespace Procountor.SpecDiff.Rules;

/// <summary>One media type of a request body or response: there or not, with a schema or not, and the schema itself.</summary>
internal static class ContentRules
{
    /// <param name="ids">The family's IDs: media type added, removed, schema added, schema removed.</param>
    /// <param name="baseOwner">The content's owner in the base (request body or response), for one-sided locations.</param>
    /// <param name="revisionOwner">The content's owner in the revision.</param>
    public static void Judge(ChangeCollector sink, string op, MediaTypeDiff media, string subject, ChangeTarget target, SchemaRoot root, (string Added, string Removed, string SchemaAdded, string SchemaRemoved) ids, SpecNode? baseOwner, SpecNode? revisionOwner)
    {
        switch (media.Action)
        {
            case DiffAction.Added:
                sink.Emit(ids.Added, op, subject, $"{media.MediaType} added", baseOwner, media.Revision, target);
                return;
            case DiffAction.Removed:
                sink.Emit(ids.Removed, op, subject, $"{media.MediaType} removed", media.Base, revisionOwner, target);
                return;
        }

        if (media.SchemaAction is { } action)
        {
            sink.Emit(action == DiffAction.Added ? ids.SchemaAdded : ids.SchemaRemoved, op, subject, action == DiffAction.Added ? "schema added" : "schema removed", media.Base, media.Revision, target);
        }

        if (media.Schema is { } schema)
        {
            SchemaRules.Judge(sink, schema, SchemaPlace.Create(root, op, subject, target));
        }
    }
}
