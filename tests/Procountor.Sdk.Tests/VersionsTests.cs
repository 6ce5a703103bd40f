using System.Reflection;
using System.Text.RegularExpressions;
using Procountor.FakeServer;
using Procountor.Sdk.Tests.Support;
using Procountor.Specs;

namespace Procountor.Sdk.Tests;

/// <summary>The versions the SDK ships are the ones versions.yaml says an integrator can call, each at its own URL.</summary>
public sealed partial class VersionsTests
{
    private static readonly SpecsRepository Specs = SpecsRepository.Discover(AppContext.BaseDirectory);

    /// <summary>
    /// At the newest release (23.12 released 2023-12): every version the vendor supports that month (23.08 until
    /// 2024-02, 23.11 from 2023-12), and the newest itself.
    /// </summary>
    private static IReadOnlyList<string> ExpectedVersions()
    {
        var documented = Specs.Catalog.Documented.ToList();
        var newest = documented.MaxBy(v => v.Id)!;
        var month = newest.Released;
        return documented
            .Where(v => v == newest || (v.Lifecycle.SupportedFrom is { } from && v.Lifecycle.SupportedUntil is { } until
                && string.CompareOrdinal(from, month) <= 0 && string.CompareOrdinal(month, until) <= 0))
            .OrderBy(v => v.Id)
            .Select(v => v.Id.Text)
            .ToList();
    }

    [Fact]
    public void The_sdk_ships_the_versions_supported_at_the_newest_release_and_the_newest()
    {
        var expected = ExpectedVersions();
        var sdk = typeof(ProcountorClient).Assembly;

        Assert.Equal(expected, ProcountorClient.ApiVersions);
        Assert.Equal(expected.Select(Property), typeof(ProcountorClient).GetProperties().Select(p => p.Name).Where(n => VersionProperty().IsMatch(n)).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Select(v => "Procountor.Sdk." + Property(v)),
            sdk.GetTypes().Where(t => t.Name == "ProcountorClient" && t.Namespace != "Procountor.Sdk").Select(t => t.Namespace!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Each_version_property_calls_its_own_version_through_the_same_login()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        using var test = TestClient.For(server);

        foreach (var version in ProcountorClient.ApiVersions)
        {
            var client = typeof(ProcountorClient).GetProperty(Property(version))!.GetValue(test.Client)!;
            Assert.Equal(version, client.GetType().GetField("ApiVersion", BindingFlags.Public | BindingFlags.Static)!.GetValue(null));
        }
        await test.Client.V2308.Invoices.SearchInvoiceAsync(size: 1);
        await test.Client.V2311.Invoices.SearchInvoiceAsync(size: 1);
        await test.Client.V2312.Invoices.SearchInvoiceAsync(size: 1);

        Assert.Equal(["/v2308/api/invoices", "/v2311/api/invoices", "/v2312/api/invoices"], server.RequestsTo("GET", "/invoices").Select(r => r.Path));
        Assert.Equal(1, server.Tokens.Issued("client_credentials"));
        Assert.Same(test.Client.V2312, test.Client.V2312);
    }

    [Fact]
    public void The_environments_are_the_hosts_of_versions_yaml()
    {
        var hosts = Specs.Catalog.Environments.ToDictionary(e => e.Name, e => e.Host.TrimEnd('/') + "/");

        Assert.Equal(hosts["production"], ProcountorEndpoints.ProductionHost.AbsoluteUri);
        Assert.Equal(hosts["test"], ProcountorEndpoints.TestHost.AbsoluteUri);
        Assert.Equal("{host}/{segment}/api", Specs.Catalog.BaseUrlPattern);
    }

    private static string Property(string version) => "V" + version.Replace(".", "", StringComparison.Ordinal);

    [GeneratedRegex("^V[0-9]{4}$")]
    private static partial Regex VersionProperty();
}
