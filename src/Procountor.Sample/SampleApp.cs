using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Procountor.Runtime;
using Procountor.Sdk;

namespace Procountor.Sample;

/// <summary>
/// Lists the invoices of the company an API key belongs to, page by page.
/// <code>
/// export Procountor__ClientId=… Procountor__ClientSecret=… Procountor__ApiKey=…
/// dotnet run --project src/Procountor.Sample -- https://pts-api.procountor.com [--Procountor:ApiVersion=v2312] [--PageSize=50]
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
        var pageSize = configuration.GetValue("PageSize", ProcountorValidation.MaxPageSize);

        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddProcountor(configuration.GetSection("Procountor"));
        await using var provider = services.BuildServiceProvider();
        try
        {
            var client = provider.GetRequiredService<ProcountorClient>();
            output.WriteLine($"Invoices at {client.GetVersionRoot(client.Options.ApiVersion)}");
            var listed = 0L;
            await foreach (var page in ProcountorPaging.EnumeratePagesAsync(
                (p, ct) => SearchInvoicesAsync(client, p, ct), CountResults, ReadMeta, pageSize, cancellationToken: cancellationToken))
            {
                using (page)
                {
                    var meta = ReadMeta(page);
                    output.WriteLine($"Page {meta?.PageNumber}: {CountResults(page)} invoices of {meta?.TotalCount}");
                    foreach (var invoice in page.RootElement.GetProperty("results").EnumerateArray())
                    {
                        output.WriteLine($"  {Text(invoice, "id"),8}  {Text(invoice, "date"),-10}  {Text(invoice, "type"),-18} {Text(invoice, "status"),-12} {Text(invoice, "totalAmount"),12} {Text(invoice, "currency")}");
                        listed++;
                    }
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
        catch (ProcountorApiException e)
        {
            errors.WriteLine(e.Message);
            return 1;
        }
    }

    // Raw JSON for now; the typed client of a version (client.V2312.Invoices…) replaces this once it is generated.
    private static async Task<JsonDocument> SearchInvoicesAsync(ProcountorClient client, PageRequest page, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get,
            string.Create(CultureInfo.InvariantCulture, $"invoices?page={page.Page}&size={page.Size}"));
        request.Options.Set(ApiRequestOptions.OperationId, "searchInvoice");
        using var response = await client.SendAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static int CountResults(JsonDocument page) =>
        page.RootElement.TryGetProperty("results", out var results) ? results.GetArrayLength() : 0;

    private static PageMeta? ReadMeta(JsonDocument page) =>
        page.RootElement.TryGetProperty("meta", out var m)
            ? new PageMeta(m.GetProperty("pageNumber").GetInt32(), m.GetProperty("pageSize").GetInt32(), m.GetProperty("resultCount").GetInt32(), m.GetProperty("totalCount").GetInt64())
            : null;

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText() : "";
}
