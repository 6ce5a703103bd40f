namespace Procountor.Cli.Commands;

/// <summary>The help texts of the spec-data commands (<c>specs …</c>, <c>versions</c>), kept together so they read as one voice.</summary>
internal static class SpecsHelp
{
    public const string Specs = "Maintain the bundled OpenAPI documents: materialise them from the history, fetch the vendor's.";

    public const string Materialize = "Write every version's openapi.json from the newest document and history/ (canonical JSON).";

    public const string Check = "Write nothing; exit 1 listing the documents that differ from what would be written.";

    public const string Fetch = "Download a version's published OpenAPI JSON, canonicalise it and list how it differs from the bundled one.";

    public const string FetchVersion = "A YY.MM version such as 23.12, or an alias: latest, supported.";

    public const string Environment = "Which host to download from, as versions.yaml names it.";

    public const string Url = "Download from this URL instead of the one versions.yaml gives.";

    public const string Out = "Also write the canonical document to this file.";

    public const string Timeout = "Seconds to wait for the whole answer.";

    public const string SpecsRoot = "The specs/procountor folder or a folder above it (default: found upward from the current directory).";

    public const string Versions = "List every API version: release month, path segment, bundled document, lifecycle.";
}
