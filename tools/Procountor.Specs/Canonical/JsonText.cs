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

        var body = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        return JsonNode.Parse(body, documentOptions: Options) ?? throw new SpecsException(file, new SourcePosition(1, 1), "the document is null");
    }
}
