using Procountor.Runtime;

namespace Procountor.Sdk;

public sealed partial class ProcountorClient
{
    private global::Procountor.Sdk.V2308.ProcountorClient? _v2308;
    private global::Procountor.Sdk.V2311.ProcountorClient? _v2311;
    private global::Procountor.Sdk.V2312.ProcountorClient? _v2312;
    private ApiClientOptions? _apiOptions;

    /// <summary>
    /// The API versions this SDK ships, oldest first: those the vendor supports at the SDK's newest version, and the
    /// newest. Each has a property of its own (<see cref="V2312"/>) and a namespace (<c>Procountor.Sdk.V2312</c>).
    /// </summary>
    public static IReadOnlyList<string> ApiVersions { get; } =
    [
        global::Procountor.Sdk.V2308.ProcountorClient.ApiVersion,
        global::Procountor.Sdk.V2311.ProcountorClient.ApiVersion,
        global::Procountor.Sdk.V2312.ProcountorClient.ApiVersion,
    ];

    /// <summary>The 23.08 API (<c>{host}/v2308/api/</c>), a supported version; models in <c>Procountor.Sdk.V2308</c>.</summary>
    public global::Procountor.Sdk.V2308.ProcountorClient V2308 =>
        Version(ref _v2308, "v2308", static (http, options) => new global::Procountor.Sdk.V2308.ProcountorClient(http, options));

    /// <summary>The 23.11 API (<c>{host}/v2311/api/</c>), a supported version; models in <c>Procountor.Sdk.V2311</c>.</summary>
    public global::Procountor.Sdk.V2311.ProcountorClient V2311 =>
        Version(ref _v2311, "v2311", static (http, options) => new global::Procountor.Sdk.V2311.ProcountorClient(http, options));

    /// <summary>The 23.12 API (<c>{host}/v2312/api/</c>), the newest; models in <c>Procountor.Sdk.V2312</c>.</summary>
    public global::Procountor.Sdk.V2312.ProcountorClient V2312 =>
        Version(ref _v2312, "v2312", static (http, options) => new global::Procountor.Sdk.V2312.ProcountorClient(http, options));

    /// <summary>
    /// What every generated client of this object runs with: error answers become <see cref="ProcountorApiException"/>
    /// (or its authentication and rate-limit subtypes), requests are checked against the spec and the vendor's rules
    /// first, and batches run <see cref="ProcountorClientOptions.BatchConcurrency"/> requests at a time.
    /// </summary>
    internal ApiClientOptions ApiOptions => _apiOptions ??= new ApiClientOptions
    {
        ExceptionFactory = static context => ProcountorExceptionFactory.Create(context.StatusCode, context.RawBody, context.Headers, context.Error, context.OperationId),
        BatchConcurrency = Options.BatchConcurrency,
    };

    // Created on first use; a race creates two equal clients over the same cached HttpClient and keeps one.
    private T Version<T>(ref T? field, string segment, Func<HttpClient, ApiClientOptions, T> create)
        where T : class =>
        Volatile.Read(ref field) ?? Interlocked.CompareExchange(ref field, create(CreateHttpClient(segment), ApiOptions), null) ?? field!;
}
