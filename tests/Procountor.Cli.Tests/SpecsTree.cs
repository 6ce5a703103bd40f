namespace Procountor.Cli.Tests;

/// <summary>
/// A throwaway specs tree on disk: three versions of a tiny API, versions.yaml and release-notes.yaml. 19.11 makes
/// a query parameter required (documented); 19.12 adds an endpoint the notes forget to mention.
/// </summary>
internal sealed class SpecsTree : IDisposable
{
    public SpecsTree(string? extraNote = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "procountor-cli-tests", Guid.NewGuid().ToString("N"));
        var specs = Path.Combine(Root, "specs", "procountor");
        Directory.CreateDirectory(specs);
        Write("19.10", Document(required: false, extraPath: false));
        Write("19.11", Document(required: true, extraPath: false));
        Write("19.12", Document(required: true, extraPath: true));
        File.WriteAllText(Path.Combine(specs, "versions.yaml"), """
            baseUrlPattern: "{host}/{segment}/api"
            documentUrlPattern: "{host}/{segment}/api/openapi.json"
            environments:
              - name: production
                host: https://api.example.test
            policy:
              summary: Monthly numbered versions.
              supportedEveryMonths: 3
              supportedForMonths: 6
              aliases: [latest, supported]
            versions:
              - id: "19.10"
                released: 2019-10
                specFormat: openapi-3.0.1
                document: 19.10/openapi.json
                lifecycle: { channel: numbered }
              - id: "19.11"
                released: 2019-11
                specFormat: openapi-3.0.1
                document: 19.11/openapi.json
                lifecycle: { channel: numbered }
              - id: "19.12"
                released: 2019-12
                specFormat: openapi-3.0.1
                document: 19.12/openapi.json
                lifecycle: { channel: numbered }
            """);
        File.WriteAllText(Path.Combine(specs, "release-notes.yaml"), """
            monthsWithoutRelease: []
            versions:
              - version: "19.11"
                released: 2019-11
                items:
                  - id: 19.11-01
                    summary: GET /widgets requires the colour parameter
                    kinds: [parameter-became-required]
                    endpoints: [GET /widgets]
                    parameters: [colour]
                    specVisible: true
                    breaking: true
                    allVersions: false
            """ + (extraNote ?? string.Empty));
    }

    public string Root { get; }

    public string Specs => Path.Combine(Root, "specs", "procountor");

    public string File19_10 => Path.Combine(Specs, "19.10", "openapi.json");

    public string File19_11 => Path.Combine(Specs, "19.11", "openapi.json");

    /// <summary>Writes a file in the tree's folder and returns its path.</summary>
    public string Add(string name, string text)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private void Write(string version, string text)
    {
        Directory.CreateDirectory(Path.Combine(Specs, version));
        File.WriteAllText(Path.Combine(Specs, version, "openapi.json"), text);
    }

    private static string Document(bool required, bool extraPath) =>
        """{"openapi":"3.0.1","info":{"title":"widgets","version":"1"},"paths":{"/widgets":{"get":{"parameters":[{"name":"colour","in":"query","required":"""
        + (required ? "true" : "false")
        + ""","schema":{"type":"string"}}],"responses":{"200":{"description":"ok"}}}}"""
        + (extraPath ? ""","/gadgets":{"get":{"responses":{"200":{"description":"ok"}}}}""" : string.Empty)
        + "}}";
}
