using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Procountor.FakeServer;

namespace Procountor.Sdk.Tests.Support;

/// <summary>A client pointed at a fake server, with its logs captured.</summary>
public sealed class TestClient : IDisposable
{
    private readonly ILoggerFactory _loggers;

    private TestClient(ProcountorClient client, ILoggerFactory loggers, FakeLogCollector logs, ITokenStore store)
    {
        Client = client;
        _loggers = loggers;
        Logs = logs;
        Store = store;
    }

    public ProcountorClient Client { get; }

    /// <summary>The generated client of 23.12, the version the fake server speaks, through the SDK's pipeline.</summary>
    public global::Procountor.Sdk.V2312.ProcountorClient V2312 => Client.V2312;

    public FakeLogCollector Logs { get; }

    public ITokenStore Store { get; }

    /// <summary>
    /// An M2M client (or an authorization-code one when <paramref name="apiKey"/> is <c>false</c>) with quick
    /// retries and no rate limit unless <paramref name="configure"/> says otherwise.
    /// </summary>
    public static TestClient For(FakeProcountorServer server, Action<ProcountorClientOptions>? configure = null,
        TimeProvider? time = null, ITokenStore? store = null, bool apiKey = true)
    {
        var options = new ProcountorClientOptions
        {
            BaseUrl = server.BaseUrl,
            ApiVersion = "v2312",
            ClientId = FakeProcountorServer.ClientId,
            ClientSecret = FakeProcountorServer.ClientSecret,
            ApiKey = apiKey ? FakeProcountorServer.ApiKey : null,
            RedirectUri = new Uri(FakeProcountorServer.RedirectUri),
            Retry = { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
            RateLimit = { RequestsPerSecond = 0 },
        };
        configure?.Invoke(options);
        var logs = new FakeLogCollector();
        var loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        store ??= new InMemoryTokenStore();
        return new TestClient(ProcountorClient.Create(options, loggers, store, time), loggers, logs, store);
    }

    /// <summary>Every captured log line with its exception and structured values, one string per record.</summary>
    public IReadOnlyList<string> LogText() =>
        Logs.GetSnapshot().Select(r => string.Join(" | ", new[] { r.Level.ToString(), r.Category ?? "", r.Message, r.Exception?.ToString() ?? "" }
            .Concat(r.StructuredState?.Select(kv => kv.Key + "=" + kv.Value) ?? []))).ToArray();

    public void Dispose()
    {
        Client.Dispose();
        _loggers.Dispose();
    }
}
