using System.Globalization;
using System.Text.Json.Nodes;
using Procountor.OpenApi.Reading;

namespace Procountor.Specs.Comparing;

/// <summary>
/// The simplest faithful comparison: walks both trees together and reports the highest pointer at which they part —
/// a member or item only on one side (added, removed) or a value that differs (changed). Sorted by pointer.
/// </summary>
public sealed class PointerComparer : IDocumentComparer
{
    public static PointerComparer Instance { get; } = new();

    public IReadOnlyList<DocumentDifference> Compare(JsonNode? old, JsonNode? @new)
    {
        var differences = new List<DocumentDifference>();
        Walk(old, @new, string.Empty, differences);
        differences.Sort((x, y) => string.CompareOrdinal(x.Pointer, y.Pointer) is var byPointer and not 0 ? byPointer : x.Kind.CompareTo(y.Kind));
        return differences;
    }

    private static void Walk(JsonNode? old, JsonNode? @new, string pointer, List<DocumentDifference> differences)
    {
        switch (old, @new)
        {
            case (JsonObject oldObject, JsonObject newObject):
                foreach (var (key, value) in oldObject)
                {
                    var at = JsonPointer.Append(pointer, key);
                    if (newObject.TryGetPropertyValue(key, out var newValue))
                    {
                        Walk(value, newValue, at, differences);
                    }
                    else
                    {
                        differences.Add(new(DifferenceKind.Removed, at));
                    }
                }

                foreach (var (key, _) in newObject)
                {
                    if (!oldObject.ContainsKey(key))
                    {
                        differences.Add(new(DifferenceKind.Added, JsonPointer.Append(pointer, key)));
                    }
                }

                break;
            case (JsonArray oldArray, JsonArray newArray):
                for (var i = 0; i < Math.Max(oldArray.Count, newArray.Count); i++)
                {
                    var at = pointer + "/" + i.ToString(CultureInfo.InvariantCulture);
                    if (i >= newArray.Count)
                    {
                        differences.Add(new(DifferenceKind.Removed, at));
                    }
                    else if (i >= oldArray.Count)
                    {
                        differences.Add(new(DifferenceKind.Added, at));
                    }
                    else
                    {
                        Walk(oldArray[i], newArray[i], at, differences);
                    }
                }

                break;
            default:
                if (!JsonNode.DeepEquals(old, @new))
                {
                    differences.Add(new(DifferenceKind.Changed, pointer));
                }

                break;
        }
    }
}
