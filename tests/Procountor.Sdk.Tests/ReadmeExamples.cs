using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Procountor.FakeServer;
using Procountor.Runtime;
using Procountor.Runtime.Json;
using Procountor.Sdk;
using Procountor.Sdk.Tests.Support;
using V2312 = Procountor.Sdk.V2312;

namespace Procountor.Sdk.Tests;

/// <summary>
/// The code of src/Procountor.Sdk/README.md, line for line, run against the fake server: the README shows only names
/// that exist and code that works. A test fails when a README code line is not found here.
/// </summary>
public sealed partial class ReadmeExamples
{
    private static readonly CancellationToken ct = CancellationToken.None;

    [Fact]
    public async Task The_opening_example_and_errors()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        var configuration = Configuration(server);
        var services = new ServiceCollection();

        services.AddProcountor(configuration.GetSection("Procountor"));   // ClientId, ClientSecret, ApiKey, Environment or BaseUrl, …
        await using var provider = services.BuildServiceProvider();

        var procountor = provider.GetRequiredService<ProcountorClient>();
        V2312.Invoice invoice = (await procountor.V2312.Invoices.GetInvoiceAsync("42", ct)).Value;   // typed, pinned to 23.12

        Assert.Equal(42, invoice.Id);

        using (ApiRequestScope.Set(ApiRequestOptions.RetryNonIdempotent, true))
        {
            await procountor.V2312.Invoices.SaveInvoiceAsync(invoice, cancellationToken: ct);   // may be sent twice after a dropped connection
        }

        invoice.InvoiceRows = [];
        var printed = new StringWriter();
        var console = Console.Out;
        Console.SetOut(printed);
        try
        {
            try
            {
                await procountor.V2312.Invoices.SaveInvoiceAsync(invoice, cancellationToken: ct);
            }
            catch (ProcountorApiException e) when (e.StatusCode == 400)
            {
                foreach (var error in e.Errors)
                    Console.WriteLine($"{error.Field}: {error.Message}");
            }
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.Equal("invoiceRows: must not be empty", printed.ToString().Trim());
        Assert.Equal(2, server.RequestsTo("POST", "/invoices").Count);
    }

    [Fact]
    public async Task The_conventions()
    {
        await using var server = await FakeProcountorServer.StartAsync(data: FakeData.Seeded(invoices: 60));
        using var test = TestClient.For(server);
        var procountor = test.Client;
        long[] ids = [3, 1, 2];
        var destination = new MemoryStream();
        var printed = new StringWriter();
        var console = Console.Out;
        Console.SetOut(printed);
        try
        {
            await foreach (var basic in procountor.V2312.Invoices.SearchInvoiceAllAsync(status: [V2312.SearchInvoiceStatusItem.Sent], cancellationToken: ct))
                Console.WriteLine($"{basic.Id} {basic.Date}");
            await foreach (var page in procountor.V2312.Invoices.SearchInvoiceAllAsync(size: 50, cancellationToken: ct).AsPages(ct))
                Console.WriteLine($"page {page.Meta?.PageNumber} of {page.Meta?.TotalCount} invoices");
        }
        finally
        {
            Console.SetOut(console);
        }

        IReadOnlyList<V2312.Invoice> invoices = await procountor.V2312.Invoices.GetInvoicesAsync(ids, ct);
        IReadOnlyList<V2312.BusinessPartner> partners = await procountor.V2312.BusinessPartners.GetBusinessPartnersAsync([1, 2, 3], ct);
        var found = await procountor.V2312.BusinessPartners.SearchBusinessPartnersAsync(name: "Metsä", cancellationToken: ct);

        var receipt = Path.Combine(Path.GetTempPath(), "receipt.pdf");
        await File.WriteAllBytesAsync(receipt, [0x25, 0x50, 0x44, 0x46]);
        var directory = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Path.GetTempPath());
        try
        {
            var saved = (await procountor.V2312.Attachments.SaveAttachmentAsync(
                file: new ApiFile(File.OpenRead("receipt.pdf"), "receipt.pdf", "application/pdf"),
                meta: new V2312.Attachment { Name = "receipt.pdf", ReferenceType = V2312.AttachmentReferenceType.Invoice, ReferenceId = 42, SendWithInvoice = false },
                cancellationToken: ct)).Value;
            await using var download = await ProcountorDownload.FromResponseAsync(await procountor.V2312.Attachments.GetAttachmentAsync(saved.Id!.Value, ct), ct);
            var attachment = JsonModel.Deserialize<V2312.Attachment>(download.Metadata!.Value.Span);
            await download.Content.CopyToAsync(destination, ct);

            Assert.Equal("receipt.pdf", attachment.Name);
        }
        finally
        {
            Directory.SetCurrentDirectory(directory);
            File.Delete(receipt);
        }

        var lines = printed.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(60 + 2, lines.Length);
        Assert.Equal("page 1 of 60 invoices", lines[^1]);
        Assert.Equal([3, 1, 2], invoices.Select(i => (long)i.Id!.Value));
        Assert.Equal(3, partners.Count);
        Assert.Equal("Metsä Oy", found.Value.Results!.Single().Name);
        Assert.Equal([0x25, 0x50, 0x44, 0x46], destination.ToArray());
    }

    [Fact]
    public void Every_code_line_of_the_readme_is_here()
    {
        var readme = File.ReadAllText(Path.Combine(Specs.RepoRoot(), "src", "Procountor.Sdk", "README.md"));
        var here = File.ReadAllLines(Path.Combine(Specs.RepoRoot(), "tests", "Procountor.Sdk.Tests", "ReadmeExamples.cs")).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);

        var lines = CodeBlock().Matches(readme).SelectMany(m => m.Groups[1].Value.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        var missing = lines.Where(l => !here.Contains(l)).ToList();

        Assert.NotEmpty(lines);
        Assert.True(missing.Count == 0, "README code lines that ReadmeExamples.cs does not run:\n" + string.Join("\n", missing));
    }

    private static IConfiguration Configuration(FakeProcountorServer server) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Procountor:BaseUrl"] = server.BaseUrl.ToString(),
        ["Procountor:ClientId"] = FakeProcountorServer.ClientId,
        ["Procountor:ClientSecret"] = FakeProcountorServer.ClientSecret,
        ["Procountor:ApiKey"] = FakeProcountorServer.ApiKey,
        ["Procountor:RateLimit:RequestsPerSecond"] = "0",
    }).Build();

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    private static class Specs
    {
        // specs/procountor/ sits two levels below the repository root.
        public static string RepoRoot() => Path.GetFullPath(Path.Combine(Procountor.Specs.SpecsRepository.Discover(AppContext.BaseDirectory).Directory, "..", ".."));
    }
}
