namespace Procountor.OpenApi.Reading;

/// <summary>A read spec file: its tree, where it came from, and local <c>$ref</c> resolution.</summary>
public sealed class SpecDocument
{
    private IReadOnlyList<SpecNode>? _references;

    private SpecDocument(string path, SpecNode root, IReadOnlyList<SpecNode>? references = null)
    {
        Path = path;
        Root = root;
        _references = references;
    }

    /// <summary>The file the document was read from, as the caller named it (used in messages).</summary>
    public string Path { get; }

    public SpecNode Root { get; }

    /// <summary><c>openapi</c> (3.x) or <c>swagger</c> (2.0) version string, or <c>null</c> when the document declares neither.</summary>
    public string? OpenApiVersion => Root.GetString("openapi") ?? Root.GetString("swagger");

    /// <summary>
    /// The <c>$ref</c> member of every object whose first <c>$ref</c> member is a string, in document order. Checks and
    /// diffs that care only about references use it instead of walking the whole tree; the JSON reader collects it
    /// while reading.
    /// </summary>
    public IReadOnlyList<SpecNode> References => _references ??= CollectReferences(Root, []);

    public static SpecDocument FromRoot(string path, SpecNode root) => new(path, root);

    /// <summary>Reads a document; on failure <paramref name="error"/> says what and where.</summary>
    public static SpecDocument? TryRead(string text, string path, out SpecError? error)
    {
        var result = SpecReader.Read(text, path);
        error = result.Error;
        return result.Root is null ? null : new SpecDocument(path, result.Root, result.References);
    }

    /// <summary>Follows a <c>$ref</c> string. Only references inside this document (<c>#/...</c>) resolve.</summary>
    public RefResolution ResolveRef(string reference)
    {
        if (!reference.StartsWith("#", StringComparison.Ordinal))
        {
            return new RefResolution(null, RefFailure.External);
        }

        var pointer = Uri.UnescapeDataString(reference.Substring(1));
        if (pointer.Length > 0 && pointer[0] != '/')
        {
            return new RefResolution(null, RefFailure.Malformed);
        }

        var target = Root.Resolve(pointer);
        return target is null ? new RefResolution(null, RefFailure.Missing) : new RefResolution(target, RefFailure.None);
    }

    /// <summary>
    /// Follows <c>$ref</c> chains from <paramref name="node"/> until a node without <c>$ref</c>; stops (returning
    /// <c>null</c>) on a dangling or external reference or a cycle of references to references.
    /// </summary>
    public SpecNode? Dereference(SpecNode node)
    {
        var seen = 0;
        while (node.GetString("$ref") is { } reference)
        {
            if (++seen > 64 || ResolveRef(reference).Target is not { } target)
            {
                return null;
            }

            node = target;
        }

        return node;
    }

    private static List<SpecNode> CollectReferences(SpecNode node, List<SpecNode> references)
    {
        // Only an object's first $ref counts, as for Dereference; readers reject duplicate keys anyway.
        var seenReference = false;
        for (var i = 0; i < node.Count; i++)
        {
            var child = node[i];
            if (!seenReference && child.Key == "$ref")
            {
                seenReference = true;
                if (child.Kind == SpecNodeKind.String)
                {
                    references.Add(child);
                }
            }

            CollectReferences(child, references);
        }

        return references;
    }
}

/// <summary>The target of a <c>$ref</c>, or why there is none.</summary>
public readonly record struct RefResolution(SpecNode? Target, RefFailure Failure);

public enum RefFailure
{
    None,

    /// <summary>The pointer names nothing in the document.</summary>
    Missing,

    /// <summary>The reference points into another file; reading other files is out of scope.</summary>
    External,

    /// <summary>The fragment is not a JSON pointer.</summary>
    Malformed,
}
