namespace Procountor.Generator;

/// <summary>Names of the pipeline's stages, so that tests can check each stage's caching.</summary>
internal static class TrackingNames
{
    public const string Specs = "OpenApi.Specs";
    public const string OverlayPaths = "OpenApi.OverlayPaths";
    public const string Overlays = "OpenApi.Overlays";
    public const string Inputs = "OpenApi.Inputs";
    public const string Parse = "OpenApi.Parse";
    public const string Diagnostics = "OpenApi.Diagnostics";
    public const string Documents = "OpenApi.Documents";
    public const string Types = "OpenApi.Types";
    public const string Clients = "OpenApi.Clients";
    public const string Groups = "OpenApi.Groups";

    public static readonly string[] All = [Specs, OverlayPaths, Overlays, Inputs, Parse, Diagnostics, Documents, Types, Clients, Groups];
}
