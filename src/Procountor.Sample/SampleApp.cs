using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Procountor.Sdk;

namespace Procountor.Sample;

/// <summary>
/// Lists the invoices of the company an API key belongs to, page by page, through the typed client of 23.12.
/// <code>
/// export Procountor__ClientId=… Procountor__ClientSecret=… Procountor__ApiKey=…
/// dotnet run --project src/Procountor.Sample -- https://pts-api.procountor.com [--PageSize=50]
/// </code>
/// Settings come from <c>appsettings.json</c>, environment variables (<c>Procountor__ClientSecret</c>) and the
/// command line (<c>--Procountor:ClientId=…</c>), later ones winning; keep secrets out of the command line, where
/// other users of the machine can see them.
/// </summary>
public static class SampleApp
{
    /// <summary>Runs the sample; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        var positional = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var configuration = new ConfigurationBuilder()
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.Skip(positional.Length).ToArray())
            .AddInMemoryCollection(positional.Length > 0 ? [new("Procountor:BaseUrl", positional[0])] : [])
            .Build();
        int? pageSize = configuration.GetValue<int?>("PageSize");

        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddProcountor(configuration.GetSection("Procountor"));
        await using var provider = services.BuildServiceProvider();
        try
        {
            var procountor = provider.GetRequiredService<ProcountorClient>();
            output.WriteLine($"Invoices at {procountor.GetVersionRoot("v2312")}");
            var listed = 0L;
            // The generated pager of 23.12: one request per page (200 invoices unless PageSize says otherwise), fetched as the loop asks.
            await foreach (var page in procountor.V2312.Invoices.SearchInvoiceAllAsync(size: pageSize, cancellationToken: cancellationToken).AsPages(cancellationToken))
            {
                output.WriteLine($"Page {page.Meta?.PageNumber}: {page.Results?.Count ?? 0} invoices of {page.Meta?.TotalCount}");
                foreach (var invoice in page.Results ?? [])
                {
                    var total = invoice.InvoiceSumInfo?.FirstOrDefault();
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {invoice.Id,8}  {invoice.Date,-10:yyyy-MM-dd}  {invoice.Type?.Value,-18} {invoice.Status?.Value,-12} {total?.InvoiceSumTotal,12:0.00} {total?.Currency}"));
                    listed++;
                }
            }
            output.WriteLine($"{listed} invoices listed.");
            return 0;
        }
        catch (OptionsValidationException e)
        {
            errors.WriteLine(string.Join(Environment.NewLine, e.Failures));
            return 2;
        }
        catch (Procountor.Runtime.Validation.ApiValidationException e)
        {
            // A setting the API would refuse (PageSize over 200), caught before anything was sent.
            errors.WriteLine(e.Message);
            return 2;
        }
        catch (ProcountorApiException e)
        {
            errors.WriteLine(e.Message);
            return 1;
        }
    }
}
