using Procountor.Generator.Tests.Infrastructure;

namespace Procountor.Generator.Tests;

/// <summary>
/// The package as a stranger gets it: packed to a folder feed, referenced by a fresh project with one spec, built with
/// warnings as errors and the trim and AOT analyzers on, and run against a loopback server.
/// </summary>
public class PackagingTests(ShopServer server) : IClassFixture<ShopServer>
{
    private const string Version = "0.0.0-packagingtest";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_fresh_project_builds_against_the_package_and_calls_the_generated_client()
    {
        var root = Directory.CreateTempSubdirectory("procountor-packaging-").FullName;
        try
        {
            var feed = Directory.CreateDirectory(Path.Combine(root, "feed")).FullName;
            await LocalPackageFeed.PackAsync(SpecFiles.RepoRoot(), feed, Version, Timeout, "generator/Procountor.Generator/Procountor.Generator.csproj", "src/Procountor.Runtime/Procountor.Runtime.csproj");

            var consumer = Directory.CreateDirectory(Path.Combine(root, "consumer")).FullName;
            WriteConsumer(consumer, feed);

            var build = await ProcessRunner.RunAsync("dotnet", "build -c Release -nologo --disable-build-servers -p:UseSharedCompilation=false", consumer, Timeout);
            Assert.Contains("0 Warning(s)", build, StringComparison.Ordinal);

            var output = await ProcessRunner.RunAsync("dotnet", $"bin/Release/net10.0/Consumer.dll {server.BaseAddress}", consumer, Timeout);

            Assert.Contains("invoice 42 from Acme, status ON_HOLD_SINCE_24_02 (known: False)", output, StringComparison.Ordinal);
            Assert.Contains("5 invoices over every page", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

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
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <EnableTrimAnalyzer>true</EnableTrimAnalyzer>
                <EnableAotAnalyzer>true</EnableAotAnalyzer>
                <EnableSingleFileAnalyzer>true</EnableSingleFileAnalyzer>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <NoWarn>$(NoWarn);CS1591</NoWarn>
                <RestorePackagesPath>{Path.Combine(directory, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Procountor.Generator" Version="{Version}" />
                <PackageReference Include="Procountor.Runtime" Version="{Version}" />
                <AdditionalFiles Include="shop.json" OpenApiSpec="true" OpenApiNamespace="Consumer.Shop" OpenApiOverlay="shop.overlay.yaml" />
              </ItemGroup>
            </Project>
            """);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Specs", "client.json"), Path.Combine(directory, "shop.json"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Specs", "client.overlay.yaml"), Path.Combine(directory, "shop.overlay.yaml"));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            using Consumer.Shop;

            var client = new ShopClient(new HttpClient { BaseAddress = new Uri(args[0]) });
            var invoice = (await client.Invoices.GetInvoiceAsync(42)).Value;
            Console.WriteLine($"invoice {invoice.Id} from {invoice.PartnerName}, status {invoice.Status} (known: {invoice.Status?.IsKnown})");
            var count = 0;
            await foreach (var _ in client.Invoices.GetInvoicesAllAsync(size: 2))
            {
                count++;
            }

            Console.WriteLine($"{count} invoices over every page");
            """);
    }
}
