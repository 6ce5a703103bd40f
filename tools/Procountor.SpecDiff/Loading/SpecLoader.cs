using Procountor.Specs;
using Procountor.OpenApi.Reading;
using Procountor.Specs.Versions;

namespace Procountor.SpecDiff.Loading;

/// <summary>
/// Reads a document and checks what the differ relies on: an OpenAPI 3.x root object and <c>$ref</c>s that resolve
/// inside the document. Every failure is a <see cref="SpecsException"/> naming file and position.
/// </summary>
public static class SpecLoader
{
    /// <summary>Loads a file; <paramref name="displayPath"/> (default: <paramref name="path"/>) names it in messages and reports.</summary>
    public static LoadedSpec LoadFile(string path, string? label = null, VersionId? version = null, string? displayPath = null)
    {
        displayPath ??= path;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SpecsException(displayPath, null, "file not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new SpecsException(displayPath, null, "cannot read the file: " + e.Message);
        }

        return LoadText(text, displayPath, label, version);
    }

    /// <summary>Loads a document from text; <paramref name="path"/> names it in messages and reports.</summary>
    public static LoadedSpec LoadText(string text, string path, string? label = null, VersionId? version = null)
    {
        var document = SpecDocument.TryRead(text, path, out var error);
        if (document is null)
        {
            throw new SpecsException(path, error!.Position, error.Message);
        }

        Validate(document);
        return new LoadedSpec(label ?? path, version, document);
    }

    private static void Validate(SpecDocument document)
    {
        var root = document.Root;
        if (!root.IsObject)
        {
            throw new SpecsException(document.Path, root.Position, "not an OpenAPI document: the root is not an object");
        }

        if (root.GetString("swagger") is not null)
        {
            throw new SpecsException(document.Path, root["swagger"]!.Position, "Swagger 2.0 documents are not supported; compare OpenAPI 3.x documents");
        }

        var version = root["openapi"];
        if (version is null)
        {
            throw new SpecsException(document.Path, root.Position, "not an OpenAPI document: no 'openapi' version field");
        }

        if (version.Kind != SpecNodeKind.String || !version.Text!.StartsWith("3.", StringComparison.Ordinal))
        {
            throw new SpecsException(document.Path, version.Position, $"unsupported OpenAPI version '{version.Text}'; expected 3.x");
        }

        if (root["paths"] is { IsObject: false } paths)
        {
            throw new SpecsException(document.Path, paths.Position, "'paths' must be an object");
        }

        if (!AllReferencesResolve(document))
        {
            // The walk names the first failure users have always been shown: it checks an object's own $ref before those
            // inside it, which the list, in document order, may not.
            CheckReferences(document, root, new HashSet<string>(StringComparer.Ordinal));
        }
    }

    // The reader lists every $ref as it goes, so a valid document (the usual case) is checked without a walk of the tree.
    private static bool AllReferencesResolve(SpecDocument document)
    {
        var resolved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in document.References)
        {
            if (resolved.Add(reference.Text!) && document.ResolveRef(reference.Text!).Failure != RefFailure.None)
            {
                return false;
            }
        }

        return true;
    }

    // The same few hundred references repeat thousands of times; each is resolved once.
    private static SpecNode? ReferenceNode(SpecNode node)
    {
        for (var i = 0; i < node.Count; i++)
        {
            var member = node[i];
            if (member.Key!.Length == 4 && member.Key == "$ref")
            {
                return member.Kind == SpecNodeKind.String ? member : null;
            }
        }

        return null;
    }

    private static void CheckReferences(SpecDocument document, SpecNode node, HashSet<string> resolved)
    {
        if (node.Kind == SpecNodeKind.Object)
        {
            if (ReferenceNode(node) is { } reference && resolved.Add(reference.Text!))
            {
                var resolution = document.ResolveRef(reference.Text!);
                switch (resolution.Failure)
                {
                    case RefFailure.External:
                        throw new SpecsException(document.Path, reference.Position, $"external $ref '{reference.Text}' cannot be resolved (only references inside the document are supported)");
                    case RefFailure.Missing:
                        throw new SpecsException(document.Path, reference.Position, $"$ref '{reference.Text}' points at nothing in the document");
                    case RefFailure.Malformed:
                        throw new SpecsException(document.Path, reference.Position, $"$ref '{reference.Text}' is not a JSON pointer");
                }
            }
        }

        if (node.Kind is SpecNodeKind.Object or SpecNodeKind.Array)
        {
            // Indexed: enumerating Children through its interface would allocate once per node.
            for (var i = 0; i < node.Count; i++)
            {
                CheckReferences(document, node[i], resolved);
            }
        }
    }
}
