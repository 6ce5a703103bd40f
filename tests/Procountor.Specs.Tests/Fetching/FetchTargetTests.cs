using Procountor.Specs.Fetching;

namespace Procountor.Specs.Tests.Fetching;

public class FetchTargetTests
{
    private static readonly SpecsRepository Tiny = SpecsRepository.Open(TestTrees.Tiny);

    [Theory]
    [InlineData("19.12", "production", "https://api.example.test/v1912/api/openapi.json")]
    [InlineData("19.12", "test", "https://test-api.example.test/v1912/api/openapi.json")]
    [InlineData("latest", "production", "https://api.example.test/latest/api/openapi.json")]
    [InlineData("supported", "test", "https://test-api.example.test/supported/api/openapi.json")]
    [InlineData("24.05", "production", "https://api.example.test/v2405/api/openapi.json")]
    public void Builds_the_url_from_the_pattern_in_versions_yaml(string version, string environment, string expected) =>
        Assert.Equal(expected, FetchTarget.Resolve(Tiny.Catalog, version, environment, null, "versions.yaml").Url.ToString());

    [Fact]
    public void A_given_url_wins() =>
        Assert.Equal("http://127.0.0.1:1/x.json", FetchTarget.Resolve(Tiny.Catalog, "19.12", "production", "http://127.0.0.1:1/x.json", "versions.yaml").Url.ToString());

    [Theory]
    [InlineData("13.1", "production", null, "versions.yaml: '13.1' is not a YY.MM version or an alias (latest, supported); only those are published as OpenAPI JSON")]
    [InlineData("newest", "production", null, "versions.yaml: 'newest' is not a YY.MM version or an alias (latest, supported); only those are published as OpenAPI JSON")]
    [InlineData("19.12", "staging", null, "versions.yaml: no environment 'staging' (there are production, test)")]
    [InlineData("19.12", "production", "ftp://example.test/x", "ftp://example.test/x: not an http or https URL")]
    public void Rejects_what_has_no_published_document(string version, string environment, string? url, string expected) =>
        Assert.Equal(expected, Assert.Throws<SpecsException>(() => FetchTarget.Resolve(Tiny.Catalog, version, environment, url, "versions.yaml")).Message);
}
