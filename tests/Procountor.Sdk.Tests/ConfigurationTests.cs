using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Procountor.FakeServer;
using Procountor.Sdk.Tests.Support;

namespace Procountor.Sdk.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task Add_procountor_binds_every_setting_from_configuration_and_serves_requests()
    {
        await using var server = await FakeProcountorServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Procountor:BaseUrl"] = server.BaseUrl.ToString(),
            ["Procountor:ApiVersion"] = "latest",
            ["Procountor:ClientId"] = FakeProcountorServer.ClientId,
            ["Procountor:ClientSecret"] = FakeProcountorServer.ClientSecret,
            ["Procountor:ApiKey"] = FakeProcountorServer.ApiKey,
            ["Procountor:Timeout"] = "00:00:45",
            ["Procountor:TokenRefreshMargin"] = "00:02:00",
            ["Procountor:BatchConcurrency"] = "2",
            ["Procountor:Retry:MaxRetries"] = "5",
            ["Procountor:Retry:MaxRetryAfter"] = "00:00:20",
            ["Procountor:RateLimit:RequestsPerSecond"] = "60",
        }).Build();
        var services = new ServiceCollection();
        services.AddProcountor(configuration.GetSection("Procountor"));
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<ProcountorClient>();
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "invoices?size=1"));

        var o = client.Options;
        Assert.Equal(("latest", TimeSpan.FromSeconds(45), TimeSpan.FromMinutes(2), 2), (o.ApiVersion, o.Timeout, o.TokenRefreshMargin, o.BatchConcurrency));
        Assert.Equal((5, TimeSpan.FromSeconds(20), 60), (o.Retry.MaxRetries, o.Retry.MaxRetryAfter, o.RateLimit.RequestsPerSecond));
        Assert.Equal("/latest/api/invoices", Assert.Single(server.RequestsTo("GET", "/invoices")).Path);
    }

    [Fact]
    public void Invalid_options_fail_at_start_with_a_message_per_setting()
    {
        var services = new ServiceCollection();
        services.AddProcountor(o =>
        {
            o.BaseUrl = new Uri("http://api.example.com");
            o.ApiVersion = "23.12";
            o.ClientSecret = "x";
            o.Timeout = TimeSpan.Zero;
            o.RateLimit.RequestsPerSecond = -1;
        });
        using var provider = services.BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ProcountorClientOptions>>().Value);

        Assert.Equal(
        [
            "Procountor client options: BaseUrl 'http://api.example.com/' uses plain http; credentials and tokens may only travel over https (http is allowed for loopback hosts).",
            "Procountor client options: ApiVersion '23.12' is not a version segment; use 'vYYMM' (e.g. v2312), 'supported' or 'latest'.",
            "Procountor client options: ClientId is required (the API client id Procountor issued).",
            "Procountor client options: set ApiKey for machine-to-machine authentication, or RedirectUri for the authorization-code flow.",
            "Procountor client options: Timeout must be positive (was 00:00:00).",
            "Procountor client options: RateLimit.RequestsPerSecond must not be negative (was -1; 0 turns the limiter off).",
        ], e.Failures);
    }

    [Fact]
    public void Create_validates_too()
    {
        var e = Assert.Throws<OptionsValidationException>(() => ProcountorClient.Create(new ProcountorClientOptions { ClientId = "id", ClientSecret = "s" }));

        Assert.Contains("set ApiKey", e.Message);
    }

    [Theory]
    [InlineData(ProcountorEnvironment.Production, null, "v2312", "https://api.procountor.com/v2312/api/")]
    [InlineData(ProcountorEnvironment.Test, null, "supported", "https://pts-api.procountor.com/supported/api/")]
    [InlineData(ProcountorEnvironment.Production, "https://proxy.example.com/procountor", "latest", "https://proxy.example.com/procountor/latest/api/")]
    public void A_version_root_is_host_segment_api_with_a_trailing_slash(ProcountorEnvironment environment, string? baseUrl, string segment, string expected)
    {
        using var client = ProcountorClient.Create(new ProcountorClientOptions
        {
            Environment = environment,
            BaseUrl = baseUrl is null ? null : new Uri(baseUrl),
            ClientId = "id",
            ClientSecret = "secret",
            ApiKey = "key",
        });

        Assert.Equal(expected, client.GetVersionRoot(segment).AbsoluteUri);
        Assert.Equal(expected, client.CreateHttpClient(segment).BaseAddress!.AbsoluteUri);
        Assert.Same(client.CreateHttpClient(segment), client.CreateHttpClient(segment));
    }

    [Fact]
    public void The_handlers_run_in_the_documented_order()
    {
        var services = new ServiceCollection();
        services.AddProcountor(o =>
        {
            o.ClientId = "id";
            o.ClientSecret = "secret";
            o.ApiKey = "key";
        });
        using var provider = services.BuildServiceProvider();

        var names = new List<string>();
        for (var handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler("Procountor") as DelegatingHandler;
             handler is not null; handler = handler.InnerHandler as DelegatingHandler)
            names.Add(handler.GetType().Name);

        Assert.Equal(
            ["TelemetryHandler", "ResilienceHandler", "AuthenticationHandler", "RateLimitingHandler", "AttemptTimeoutHandler", "ResponseBufferingHandler"],
            names.Where(n => n != "LifetimeTrackingHttpMessageHandler"));
        Assert.Equal(6, ProcountorHttpPipeline.Handlers.Count);
    }
}
