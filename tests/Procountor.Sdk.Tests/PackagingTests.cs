using System.IO.Compression;
using System.Xml.Linq;
using Procountor.FakeServer;
using Procountor.Generator.Tests.Infrastructure;

namespace Procountor.Sdk.Tests;

/// <summary>
/// The SDK package as an integrator gets it: the compiled clients of every shipped version, a dependency on the
/// runtime package, and the migration analyzer with its props; restored from a folder feed into a fresh project,
/// built, and run against the fake server.
/// </summary>
public sealed class PackagingTests
{
    private const string Version = "0.0.0-sdkpackagingtest";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task The_package_carries_the_clients_the_runtime_dependency_and_the_migration_analyzer_and_a_fresh_project_uses_them()
    {
        var root = Directory.CreateTempSubdirectory("procountor-sdk-packaging-").FullName;
        try
        {
            var feed = Directory.CreateDirectory(Path.Combine(root, "feed")).FullName;
            await LocalPackageFeed.PackAsync(RepoRoot(), feed, Version, Timeout, "src/Procountor.Runtime/Procountor.Runtime.csproj", "src/Procountor.Sdk/Procountor.Sdk.csproj");

            using (var package = ZipFile.OpenRead(Path.Combine(feed, $"Procountor.Sdk.{Version}.nupkg")))
            {
                var files = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
                Assert.Contains("lib/net10.0/Procountor.Sdk.dll", files);
                Assert.Contains("lib/net10.0/Procountor.Sdk.xml", files);
                Assert.Contains("analyzers/dotnet/cs/Procountor.Sdk.Analyzers.dll", files);
                Assert.Contains("buildTransitive/Procountor.Sdk.props", files);
                Assert.Contains("README.md", files);
                Assert.DoesNotContain(files, f => f.Contains("Procountor.Generator", StringComparison.Ordinal) || f.Contains("YamlDotNet", StringComparison.Ordinal));

                using var props = new StreamReader(package.GetEntry("buildTransitive/Procountor.Sdk.props")!.Open());
                Assert.Contains("<CompilerVisibleProperty Include=\"ProcountorMigrateTo\" />", await props.ReadToEndAsync(), StringComparison.Ordinal);

                var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
                var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").ToDictionary(e => (string)e.Attribute("id")!, e => (string)e.Attribute("version")!);
                Assert.Equal(Version, dependencies["Procountor.Runtime"]);
                Assert.DoesNotContain(dependencies.Keys, id => id is "Procountor.Generator" or "Procountor.OpenApi" or "Procountor.Sdk.Analyzers" or "YamlDotNet");
            }

            var consumer = Directory.CreateDirectory(Path.Combine(root, "consumer")).FullName;
            WriteConsumer(consumer, feed);
            var build = await ProcessRunner.RunAsync("dotnet", "build -c Release -nologo --disable-build-servers -p:UseSharedCompilation=false", consumer, Timeout);

            // The analyzer came with the package and read ProcountorMigrateTo: its migration notes, on both uses, are the only warnings.
            Assert.True(build.Contains("2 Warning(s)", StringComparison.Ordinal), build);
            Assert.DoesNotContain(build.Split('\n'), l => l.Contains(": warning ", StringComparison.Ordinal) && !l.Contains(": warning PCM002: `BusinessPartnerPaymentDetails.CashDiscountDays` is removed in 23.12", StringComparison.Ordinal));

            await using var server = await FakeProcountorServer.StartAsync(data: FakeData.Seeded(invoices: 7));
            var output = await ProcessRunner.RunAsync("dotnet", $"bin/Release/net10.0/Consumer.dll {server.BaseUrl}", consumer, Timeout);

            Assert.Contains("7 invoices in 23.12, 3 of them by id", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string RepoRoot() =>
        Path.GetFullPath(Path.Combine(Specs.SpecsRepository.Discover(AppContext.BaseDirectory).Directory, "..", ".."));

    private static void WriteConsumer(string directory, string feed)
    {
        LocalPackageFeed.WriteNuGetConfig(directory, feed);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <EnableTrimAnalyzer>true</EnableTrimAnalyzer>
                <EnableAotAnalyzer>true</EnableAotAnalyzer>
                <RestorePackagesPath>{Path.Combine(directory, "packages")}</RestorePackagesPath>
                <ProcountorMigrateTo>23.12</ProcountorMigrateTo>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Procountor.Sdk" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), $$"""
            using Procountor.Sdk;
            using V2308 = Procountor.Sdk.V2308;

            // Removed in 23.12: the migration analyzer says so (PCM002).
            var details = new V2308.BusinessPartnerPaymentDetails { CashDiscountDays = 7 };

            using var procountor = ProcountorClient.Create(new ProcountorClientOptions
            {
                BaseUrl = new Uri(args[0]),
                ClientId = "{{FakeProcountorServer.ClientId}}",
                ClientSecret = "{{FakeProcountorServer.ClientSecret}}",
                ApiKey = "{{FakeProcountorServer.ApiKey}}",
            });
            var count = 0;
            await foreach (var _ in procountor.V2312.Invoices.SearchInvoiceAllAsync(size: 2))
            {
                count++;
            }

            var byId = await procountor.V2312.Invoices.GetInvoicesAsync([1, 2, 3]);
            Console.WriteLine($"{count} invoices in {Procountor.Sdk.V2312.ProcountorClient.ApiVersion}, {byId.Count} of them by id (and {details.CashDiscountDays} days of 23.08)");
            """);
    }
}
