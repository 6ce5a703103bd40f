using System.Text.Json;
using System.Text.Json.Nodes;
using Procountor.OpenApi.Reading;

namespace Procountor.Specs.Canonical;

/// <summary>
/// Reads a JSON document into a <see cref="JsonNode"/> after the strict reader of <c>Procountor.OpenApi</c> has
/// accepted it, so that a syntax error or a duplicate key (which <c>JsonNode</c> would only trip over later) is
/// reported with its line and column.
/// </summary>
public static class JsonText
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };

    /// <param name="text">The document's text.</param>
    /// <param name="file">The file (or URL) as messages name it.</param>
    public static JsonNode Parse(string text, string file)
    {
        var checkedText = SpecReader.Read(text, SpecFormat.Json);
        if (checkedText.Error is { } error)
        {
            throw new SpecsException(file, error.Position, $"not valid JSON: {error.Message}");
        }

        if (FindLoneSurrogate(checkedText.Root!) is { } broken)
        {
            // System.Text.Json cannot hand such a string out, and UTF-8 cannot carry it: refuse it here, with its place.
            throw new SpecsException(file, broken.Position, "not valid JSON text: a string holds a lone UTF-16 surrogate escape");
        }

        var body = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        return JsonNode.Parse(body, documentOptions: Options) ?? throw new SpecsException(file, new SourcePosition(1, 1), "the document is null");
    }

    private static SpecNode? FindLoneSurrogate(SpecNode node)
    {
        if ((node.Kind == SpecNodeKind.String && HasLoneSurrogate(node.Text!)) || (node.Key is { } key && HasLoneSurrogate(key)))
        {
            return node;
        }

        foreach (var child in node.Children)
        {
            if (FindLoneSurrogate(child) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
