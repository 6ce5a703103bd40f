using System.Diagnostics;

namespace Procountor.Sdk;

/// <summary>The names under which the SDK reports traces and logs; subscribe to <see cref="ActivitySourceName"/>.</summary>
public static class ProcountorTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> of the SDK: one client span per API call, retries included.</summary>
    public const string ActivitySourceName = "Procountor.Sdk";

    internal static readonly ActivitySource Source = new(ActivitySourceName, typeof(ProcountorTelemetry).Assembly.GetName().Version?.ToString());
}
