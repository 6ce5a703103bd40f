using Procountor.FakeServer;
using Procountor.Sample;

namespace Procountor.Sdk.Tests;

public sealed class SampleTests
{
    [Fact]
    public async Task The_sample_logs_in_with_an_api_key_and_lists_invoices_page_by_page()
    {
        await using var server = await FakeProcountorServer.StartAsync(data: FakeData.Seeded(invoices: 120));
        var output = new StringWriter();
        var errors = new StringWriter();

        var exit = await SampleApp.RunAsync(
        [
            server.BaseUrl.ToString(),
            "--Procountor:ApiVersion=v2312",
            $"--Procountor:ClientId={FakeProcountorServer.ClientId}",
            $"--Procountor:ClientSecret={FakeProcountorServer.ClientSecret}",
            $"--Procountor:ApiKey={FakeProcountorServer.ApiKey}",
            "--PageSize=50",
        ], output, errors);

        Assert.Equal("", errors.ToString());
        Assert.Equal(0, exit);
        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Equal($"Invoices at {server.BaseUrl}v2312/api/", lines[0]);
        Assert.Equal(["Page 0: 50 invoices of 120", "Page 1: 50 invoices of 120", "Page 2: 20 invoices of 120"], lines.Where(l => l.StartsWith("Page", StringComparison.Ordinal)));
        Assert.Contains("120 invoices listed.", lines);
        Assert.Equal(1, server.Tokens.Issued("client_credentials"));
    }

    [Fact]
    public async Task The_sample_explains_missing_settings()
    {
        var errors = new StringWriter();

        var exit = await SampleApp.RunAsync(["http://127.0.0.1:1", "--Procountor:ClientId=x"], new StringWriter(), errors);

        Assert.Equal(2, exit);
        Assert.Contains("ClientSecret is required", errors.ToString());
    }
}
