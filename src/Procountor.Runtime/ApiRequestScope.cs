namespace Procountor.Runtime;

/// <summary>
/// Request options for the calls made inside a scope, for settings a generated method has no parameter for: the
/// requests generated clients create while the scope is open (on this async flow, including the requests of a batch)
/// carry the value. Scopes nest; disposing one restores what was in force before.
/// </summary>
/// <example>
/// <code>
/// using (ApiRequestScope.Set(ApiRequestOptions.RetryNonIdempotent, true))
/// {
///     await client.Invoices.SaveInvoiceAsync(invoice, cancellationToken: ct);
/// }
/// </code>
/// </example>
public sealed class ApiRequestScope : IDisposable
{
    private static readonly AsyncLocal<ApiRequestScope?> Current = new();

    private readonly ApiRequestScope? _outer;
    private readonly Action<HttpRequestOptions> _apply;
    private bool _disposed;

    private ApiRequestScope(ApiRequestScope? outer, Action<HttpRequestOptions> apply)
    {
        _outer = outer;
        _apply = apply;
    }

    /// <summary>Opens a scope in which every request carries <paramref name="value"/> under <paramref name="key"/>.</summary>
    public static ApiRequestScope Set<T>(HttpRequestOptionsKey<T> key, T value)
    {
        var scope = new ApiRequestScope(Current.Value, options => options.Set(key, value));
        Current.Value = scope;
        return scope;
    }

    /// <summary>Puts the options of the open scopes on <paramref name="request"/>, the innermost last so that it wins.</summary>
    public static void Apply(HttpRequestMessage request)
    {
        if (Current.Value is { } innermost)
        {
            innermost.ApplyFromOutermost(request.Options);
        }
    }

    /// <summary>Closes the scope.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (ReferenceEquals(Current.Value, this))
        {
            Current.Value = _outer;
        }
    }

    private void ApplyFromOutermost(HttpRequestOptions options)
    {
        _outer?.ApplyFromOutermost(options);
        _apply(options);
    }
}
