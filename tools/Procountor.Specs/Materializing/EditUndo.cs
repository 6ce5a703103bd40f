using System.Globalization;
using System.Text.Json.Nodes;
using Procountor.OpenApi.Reading;
using Procountor.Specs.Comparing;
using Procountor.Specs.History;

namespace Procountor.Specs.Materializing;

/// <summary>
/// Undoes one forward edit on a document in place, after checking that the document is exactly what the edit
/// left behind. Returns why not, or <c>null</c> when the edit was undone.
/// </summary>
internal static class EditUndo
{
    public static string? Apply(JsonNode document, HistoryEdit edit)
    {
        var segments = JsonPointer.Split(edit.Path);
        return edit.Op switch
        {
            HistoryOp.Add => WithParent(document, segments, (parent, key) => UndoAdd(parent, key, edit.Value)),
            HistoryOp.Remove => WithParent(document, segments, (parent, key) => UndoRemove(parent, key, edit.Value)),
            HistoryOp.Replace => WithParent(document, segments, (parent, key) => UndoReplace(parent, key, edit.Value, edit.Old)),
            HistoryOp.Rename => WithTarget(document, segments, target => UndoRename(target, edit.From!, edit.To!)),
            HistoryOp.AddItem => WithTarget(document, segments, target => UndoAddItem(target, edit.Value, edit.Index)),
            HistoryOp.RemoveItem => WithTarget(document, segments, target => UndoRemoveItem(target, edit.Value, edit.Index)),
            _ => $"unknown op {edit.Op}",
        };
    }

    private static string? UndoAdd(JsonNode parent, string key, JsonNode? value)
    {
        if (parent is not JsonObject obj)
        {
            return "add creates an object member, but its parent is not an object";
        }

        if (!obj.TryGetPropertyValue(key, out var current))
        {
            return $"'{key}' is not there, so this version cannot have added it";
        }

        if (Mismatch(current, value) is { } mismatch)
        {
            return $"the member differs from the edit's value ({mismatch})";
        }

        obj.Remove(key);
        return null;
    }

    private static string? UndoRemove(JsonNode parent, string key, JsonNode? value)
    {
        if (parent is not JsonObject obj)
        {
            return "remove deletes an object member, but its parent is not an object";
        }

        if (obj.ContainsKey(key))
        {
            return $"'{key}' is still there, so this version cannot have removed it";
        }

        obj[key] = value?.DeepClone();
        return null;
    }

    private static string? UndoReplace(JsonNode parent, string key, JsonNode? value, JsonNode? old)
    {
        if (parent is JsonObject obj)
        {
            if (!obj.TryGetPropertyValue(key, out var current))
            {
                return $"'{key}' is not there";
            }

            if (Mismatch(current, value) is { } mismatch)
            {
                return $"the value differs from the edit's new value ({mismatch})";
            }

            obj[key] = old?.DeepClone();
            return null;
        }

        var array = (JsonArray)parent;
        if (Index(key, array.Count) is not { } index)
        {
            return $"no item {key} in an array of {array.Count}";
        }

        if (Mismatch(array[index], value) is { } itemMismatch)
        {
            return $"the item differs from the edit's new value ({itemMismatch})";
        }

        array[index] = old?.DeepClone();
        return null;
    }

    private static string? UndoRename(JsonNode target, string from, string to)
    {
        if (target is not JsonObject obj)
        {
            return "rename works on an object, but this is not one";
        }

        if (!obj.TryGetPropertyValue(to, out var value))
        {
            return $"'{to}' is not there, so this version cannot have renamed '{from}' to it";
        }

        if (obj.ContainsKey(from))
        {
            return $"'{from}' is still there, so this version cannot have renamed it";
        }

        obj.Remove(to);
        obj[from] = value;
        return null;
    }

    private static string? UndoAddItem(JsonNode target, JsonNode? value, int? index)
    {
        if (target is not JsonArray array)
        {
            return "add-item works on an array, but this is not one";
        }

        if (index is { } at)
        {
            if (at >= array.Count || !JsonNode.DeepEquals(array[at], value))
            {
                return $"item {at} is not {Describe(value)}";
            }

            array.RemoveAt(at);
            return null;
        }

        var matches = Matches(array, value);
        if (matches.Count != 1)
        {
            return matches.Count == 0 ? $"{Describe(value)} is not in the array" : $"{Describe(value)} is in the array {matches.Count} times; give 'index'";
        }

        array.RemoveAt(matches[0]);
        return null;
    }

    private static string? UndoRemoveItem(JsonNode target, JsonNode? value, int? index)
    {
        if (target is not JsonArray array)
        {
            return "remove-item works on an array, but this is not one";
        }

        if (Matches(array, value).Count > 0)
        {
            return $"{Describe(value)} is still in the array, so this version cannot have removed it";
        }

        if (index > array.Count)
        {
            return $"index {index} is past the end of an array of {array.Count}";
        }

        array.Insert(index ?? array.Count, value?.DeepClone());
        return null;
    }

    private static string? WithParent(JsonNode document, IReadOnlyList<string> segments, Func<JsonNode, string, string?> undo)
    {
        var (parent, missing) = Walk(document, segments, segments.Count - 1);
        return parent is null ? missing : parent is JsonObject or JsonArray ? undo(parent, segments[^1]) : "the parent is neither an object nor an array";
    }

    private static string? WithTarget(JsonNode document, IReadOnlyList<string> segments, Func<JsonNode, string?> undo)
    {
        var (target, missing) = Walk(document, segments, segments.Count);
        return target is null ? missing : undo(target);
    }

    // Follows the first `count` segments; on failure says which prefix of the pointer names nothing.
    private static (JsonNode? Node, string? Missing) Walk(JsonNode document, IReadOnlyList<string> segments, int count)
    {
        var node = document;
        for (var i = 0; i < count; i++)
        {
            JsonNode? next = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(segments[i], out var member) ? member : null,
                JsonArray array => Index(segments[i], array.Count) is { } index ? array[index] : null,
                _ => null,
            };
            if (next is null)
            {
                return (null, $"nothing at {JsonPointer.Append(string.Empty, [.. segments.Take(i + 1)])}");
            }

            node = next;
        }

        return (node, null);
    }

    private static int? Index(string segment, int count) =>
        int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < count && (segment == "0" || segment[0] != '0') ? index : null;

    private static List<int> Matches(JsonArray array, JsonNode? value)
    {
        var matches = new List<int>();
        for (var i = 0; i < array.Count; i++)
        {
            if (JsonNode.DeepEquals(array[i], value))
            {
                matches.Add(i);
            }
        }

        return matches;
    }

    private static string? Mismatch(JsonNode? current, JsonNode? expected)
    {
        var differences = PointerComparer.Instance.Compare(expected, current);
        if (differences.Count == 0)
        {
            return null;
        }

        var first = differences[0];
        var where = first.Pointer.Length == 0 ? "the whole value" : first.Pointer;
        return first.Kind switch
        {
            DifferenceKind.Added => $"{where} is in the document, not in the edit",
            DifferenceKind.Removed => $"{where} is in the edit, not in the document",
            _ => $"{where}: the document has {Describe(Resolve(current, first.Pointer))}, the edit {Describe(Resolve(expected, first.Pointer))}",
        };
    }

    private static JsonNode? Resolve(JsonNode? node, string pointer)
    {
        foreach (var segment in JsonPointer.Split(pointer))
        {
            node = node switch
            {
                JsonObject obj => obj[segment],
                JsonArray array => array[int.Parse(segment, CultureInfo.InvariantCulture)],
                _ => null,
            };
        }

        return node;
    }

    private static string Describe(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
