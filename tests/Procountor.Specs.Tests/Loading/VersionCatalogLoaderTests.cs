using Procountor.Specs.Versions;

namespace Procountor.Specs.Tests.Loading;

public class VersionCatalogLoaderTests
{
    private const string Valid = """
        baseUrlPattern: "{host}/{segment}/api"
        documentUrlPattern: "{host}/{segment}/api/openapi.json"
        environments:
          - name: production
            host: https://api.procountor.com
          - name: test
            host: https://pts-api.procountor.com
        policy:
          summary: Every third release is supported for six months.
          supportedEveryMonths: 3
          supportedForMonths: 6
          aliases: [latest, supported]
        versions:
          - id: "13.1"
            released: 2019-06
            specFormat: none
            lifecycle: { channel: numbered }
          - id: "23.11"
            released: 2023-11
            specFormat: openapi-3.0.1
            document: 23.11/openapi.json
            lifecycle: { channel: numbered }
          - id: "23.12"
            released: 2023-12
            specFormat: openapi-3.0.1
            document: 23.12/openapi.json
            lifecycle: { channel: supported, supportedFrom: 2024-01, supportedUntil: 2024-06 }

        """;

    [Fact]
    public void Reads_versions_environments_patterns_and_policy()
    {
        var catalog = VersionCatalogLoader.Parse(Valid, "versions.yaml");

        Assert.Equal(["13.1", "23.11", "23.12"], catalog.Versions.Select(v => v.Id.Text));
        Assert.Null(catalog.Versions[0].Document);
        Assert.Equal(new VersionLifecycle("supported", "2024-01", "2024-06"), catalog.Versions[2].Lifecycle);
        Assert.Equal("https://pts-api.procountor.com/v2312/api", catalog.BaseUrl("test", "v2312"));
        Assert.Equal("https://api.procountor.com/latest/api/openapi.json", catalog.DocumentUrl("production", "latest"));
        Assert.Equal((3, 6), (catalog.Policy!.SupportedEveryMonths, catalog.Policy.SupportedForMonths));
        Assert.Equal(["latest", "supported"], catalog.Policy.Aliases.AsEnumerable());
        Assert.Equal(["23.11", "23.12"], catalog.Documented.Select(v => v.Id.Text));
    }

    [Theory]
    [InlineData("policy:", "colour: red\npolicy:", "versions.yaml:8:1: unknown key 'colour' in versions.yaml (expected baseUrlPattern, documentUrlPattern, environments, policy, versions)")]
    [InlineData("    specFormat: none\n", "    specFormat: none\n    notes: x\n", "versions.yaml:17:5: unknown key 'notes' in version entry (expected id, released, specFormat, document, lifecycle)")]
    [InlineData("{ channel: numbered }\n  - id: \"23.11\"", "{ channel: numbered, until: 2020-01 }\n  - id: \"23.11\"", "versions.yaml:17:37: unknown key 'until' in lifecycle (expected channel, supportedFrom, supportedUntil)")]
    [InlineData("  - id: \"23.11\"\n", "  - id: \"23.12\"\n", "versions.yaml:23:9: duplicate version 23.12")]
    [InlineData("  - id: \"13.1\"\n", "  - id: \"23.12.1\"\n", "versions.yaml:14:9: 'id' is not an API version: '23.12.1' (expected YY.MM such as 23.12, or 2 … 13.1)")]
    [InlineData("  - id: \"13.1\"\n", "  - id: 13.1\n", "versions.yaml:14:9: 'id' must be a quoted string (\"13.1\"): unquoted, YAML reads a number")]
    [InlineData("  - id: \"13.1\"\n", "  - id: \"24.01\"\n", "versions.yaml:18:9: version 23.11 comes after 24.01; list versions in ascending order")]
    [InlineData("    released: 2023-11\n", "    released: 2023-13\n", "versions.yaml:19:15: 'released' must be a month written yyyy-MM, not '2023-13'")]
    [InlineData("    released: 2023-11\n", "    released: 2019-05\n", "versions.yaml:19:15: 23.11 is released 2019-05, before 13.1 (2019-06)")]
    [InlineData("    specFormat: none\n", "", "versions.yaml:14:5: version entry needs 'specFormat'")]
    [InlineData("    specFormat: none\n", "    specFormat: raml\n", "versions.yaml:16:17: 'specFormat' must be one of openapi-3.0.1, swagger-2.0, none, not 'raml'")]
    [InlineData("    specFormat: none\n", "    specFormat: none\n    document: 13.1/openapi.json\n", "versions.yaml:17:15: 13.1 has specFormat none, so it can have no document")]
    [InlineData("document: 23.11/openapi.json", "document: ../23.11/openapi.json", "versions.yaml:21:15: 'document' must be a .json path relative to specs/procountor/ (such as 23.11/openapi.json), not '../23.11/openapi.json'")]
    [InlineData("document: 23.11/openapi.json", "document: 23.12/openapi.json", "versions.yaml:26:15: 23.12/openapi.json is already the document of 23.11")]
    [InlineData("{ channel: numbered }\n  - id: \"23.11\"", "{ channel: monthly }\n  - id: \"23.11\"", "versions.yaml:17:27: 'channel' must be one of numbered, supported, not 'monthly'")]
    [InlineData("supportedFrom: 2024-01", "supportedFrom: 2024-07", "versions.yaml:27:78: supportedUntil 2024-06 is before supportedFrom 2024-07")]
    [InlineData("    lifecycle: { channel: numbered }\n  - id: \"23.11\"", "  - id: \"23.11\"", "versions.yaml:14:5: version entry needs 'lifecycle'")]
    [InlineData("\"{host}/{segment}/api\"", "\"{host}/api\"", "versions.yaml:1:17: 'baseUrlPattern' must contain {host} and {segment}")]
    [InlineData("host: https://api.procountor.com\n", "host: https://api.procountor.com/\n", "versions.yaml:5:11: 'host' must be a scheme and host without a path or trailing slash, such as https://api.procountor.com, not 'https://api.procountor.com/'")]
    [InlineData("  - name: test", "  - name: production", "versions.yaml:6:11: duplicate environment 'production'")]
    [InlineData("  supportedForMonths: 6", "  supportedForMonths: six", "versions.yaml:11:23: 'supportedForMonths' must be a whole number of at least 1, not 'six'")]
    [InlineData("  aliases: [latest, supported]\n", "", "versions.yaml:9:3: policy needs 'aliases'")]
    [InlineData("aliases: [latest, supported]", "aliases: latest", "versions.yaml:12:12: 'aliases' must be a list")]
    [InlineData("  - name: production\n    host: https://api.procountor.com\n  - name: test\n    host: https://pts-api.procountor.com\n", "  []\n", "versions.yaml:4:3: 'environments' must list at least one entry")]
    [InlineData("policy:\n", "policy: 1\npolicy:\n", "versions.yaml:9:1: Duplicate key 'policy'.")]
    public void Rejects_with_file_line_and_column(string from, string to, string expected)
    {
        Assert.Contains(from, Valid, StringComparison.Ordinal);
        var yaml = Valid.Replace(from, to, StringComparison.Ordinal);

        var error = Assert.Throws<SpecsException>(() => VersionCatalogLoader.Parse(yaml, "versions.yaml"));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Rejects_an_empty_file() =>
        Assert.Equal("versions.yaml:1:1: The document is empty.", Assert.Throws<SpecsException>(() => VersionCatalogLoader.Parse("", "versions.yaml")).Message);
}
