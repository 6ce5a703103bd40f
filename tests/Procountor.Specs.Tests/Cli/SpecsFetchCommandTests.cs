using Procountor.Specs.Tests.Fetching;

namespace Procountor.Specs.Tests.Cli;

public sealed class SpecsFetchCommandTests(VendorServer server) : IClassFixture<VendorServer>
{
    [Fact]
    public void Reports_a_document_equal_to_the_bundled_one()
    {
        var url = server.Url("/v1912/api/openapi.json");

        var run = CliRun.Of("specs", "fetch", "19.12", "--url", url, "--specs", TestTrees.Tiny);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal($"Fetched {url} (19.12, production).\nSame as specs/procountor/19.12/openapi.json.\n", run.Output);
    }

    [Fact]
    public void Lists_the_pointers_that_differ_and_writes_the_canonical_document()
    {
        using var tree = new TreeCopy(TestTrees.Tiny);
        var output = Path.Combine(tree.Root, "fetched.json");
        var url = server.Url("/changed");

        var run = CliRun.Of("specs", "fetch", "19.12", "--url", url, "--out", output, "--specs", tree.Root);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal(
            $"""
            Fetched {url} (19.12, production).
            Wrote the canonical document to {output}.
            Differs from specs/procountor/19.12/openapi.json: 1 added, 1 removed, 1 changed.
              added    /components/schemas/Gadget
              changed  /info/description
              removed  /paths/~1widgets~1{"{"}id{"}"}

            """.ReplaceLineEndings("\n"),
            run.Output);
        var written = File.ReadAllText(output);
        Assert.Equal(Procountor.Specs.Canonical.CanonicalJson.Write(System.Text.Json.Nodes.JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Finds_the_url_through_versions_yaml_and_an_alias_through_the_documents_own_version()
    {
        using var tree = new TreeCopy(TestTrees.Tiny);
        tree.Edit("versions.yaml", "host: https://test-api.example.test", $"host: {server.BaseAddress}");

        var run = CliRun.Of("specs", "fetch", "latest", "--environment", "test", "--specs", tree.Root);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal($"Fetched {server.Url("/latest/api/openapi.json")} (latest, test).\nSame as specs/procountor/19.12/openapi.json.\n", run.Output);
    }

    [Fact]
    public void Says_so_when_no_bundled_document_exists()
    {
        var run = CliRun.Of("specs", "fetch", "24.05", "--url", server.Url("/v1912/api/openapi.json"), "--specs", TestTrees.Tiny);

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("No bundled document of this version; nothing to compare.\n", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/missing", "HTTP 404 Not Found")]
    [InlineData("/not-openapi", "not an OpenAPI document (no 'openapi: 3.x' or 'swagger: 2.0' at the top)")]
    [InlineData("/html", null)]
    [InlineData("/slow", "no complete answer within 0.2 s")]
    public void Failures_are_one_line_and_exit_code_2(string path, string? detail)
    {
        var url = server.Url(path);

        var run = CliRun.Of("specs", "fetch", "19.12", "--url", url, "--timeout", path == "/slow" ? "0.2" : "30", "--specs", TestTrees.Tiny);

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith(detail is null ? $"error: {url}:1:1: not valid JSON: " : $"error: {url}: {detail}\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_environment_is_bad_input()
    {
        var run = CliRun.Of("specs", "fetch", "19.12", "--environment", "staging", "--specs", TestTrees.Tiny);

        Assert.Equal((2, "error: specs/procountor/versions.yaml: no environment 'staging' (there are production, test)\n"), (run.ExitCode, run.Error));
    }
}
