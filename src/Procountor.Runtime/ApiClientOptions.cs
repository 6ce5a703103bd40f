namespace Procountor.Runtime;

/// <summary>Per-client settings of a generated client.</summary>
public sealed class ApiClientOptions
{
    /// <summary>
    /// Creates the exception thrown for an error answer. The SDK substitutes its own subclass of
    /// <see cref="ApiException"/> here; the default creates an <see cref="ApiException"/>.
    /// </summary>
    public Func<ApiErrorContext, ApiException> ExceptionFactory { get; init; } = ApiErrorContext.CreateDefaultException;

    /// <summary>Checks request bodies against the spec's constraints (lengths, ranges, patterns) before sending. On by default.</summary>
    public bool ValidateRequests { get; init; } = true;

    /// <summary>Requests a batch method (any number of ids, split into requests) runs at the same time. Default 4.</summary>
    public int BatchConcurrency { get; init; } = 4;

    internal static ApiClientOptions Default { get; } = new();
}
