using Procountor.Specs;
using Procountor.SpecDiff.Loading;

namespace Procountor.SpecDiff.Tests;

/// <summary>Documents that cannot be compared fail with one line naming the file and position.</summary>
public sealed class SpecLoaderTests
{
    [Theory]
    [InlineData("{\"openapi\": \"3.0.1\",\n  \"paths\": {,}}", "spec.json:2:13: Expected a property name")]
    [InlineData("[1, 2]", "spec.json:1:1: not an OpenAPI document: the root is not an object")]
    [InlineData("{\"info\": {}}", "spec.json:1:1: not an OpenAPI document: no 'openapi' version field")]
    [InlineData("{\"swagger\": \"2.0\"}", "spec.json:1:13: Swagger 2.0 documents are not supported")]
    [InlineData("{\"openapi\": \"2.9\"}", "spec.json:1:13: unsupported OpenAPI version '2.9'")]
    [InlineData("{\"openapi\": \"3.0.1\", \"paths\": []}", "spec.json:1:31: 'paths' must be an object")]
    [InlineData("{\"openapi\": \"3.0.1\",\n\"paths\": {\"/a\": {\"get\": {\"$ref\": \"other.yaml#/x\"}}}}", "spec.json:2:34: external $ref 'other.yaml#/x' cannot be resolved")]
    [InlineData("{\"openapi\": \"3.0.1\",\n\"components\": {\"schemas\": {\"A\": {\"$ref\": \"#/components/schemas/B\"}}}}", "spec.json:2:42: $ref '#/components/schemas/B' points at nothing")]
    public void Bad_documents_are_rejected_with_file_and_position(string text, string message)
    {
        var error = Assert.Throws<SpecsException>(() => SpecLoader.LoadText(text, "spec.json"));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<SpecsException>(() => SpecLoader.LoadFile(Path.Combine(Path.GetTempPath(), "no-such-dir", "spec.json"), displayPath: "no-such-dir/spec.json"));

        Assert.Equal("no-such-dir/spec.json: file not found", error.Message);
    }
}
