namespace Procountor.Sdk;

/// <summary>
/// Where a client keeps its tokens. The default keeps them in memory; implement this to persist the refresh token
/// of an authorization-code login (encrypted, e.g. with ASP.NET Core Data Protection) so users need not log in again
/// after a restart. Calls are serialised by the client for renewals, but reads may run concurrently.
/// </summary>
public interface ITokenStore
{
    /// <summary>The stored tokens, or <c>null</c> when there are none.</summary>
    ValueTask<ProcountorTokens?> GetAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the stored tokens.</summary>
    ValueTask SaveAsync(ProcountorTokens tokens, CancellationToken cancellationToken);

    /// <summary>Forgets the tokens (after logout, or when the refresh token has expired).</summary>
    ValueTask ClearAsync(CancellationToken cancellationToken);
}

/// <summary>The default <see cref="ITokenStore"/>: one set of tokens in memory, lost when the process ends.</summary>
public sealed class InMemoryTokenStore : ITokenStore
{
    private volatile ProcountorTokens? _tokens;

    /// <inheritdoc/>
    public ValueTask<ProcountorTokens?> GetAsync(CancellationToken cancellationToken) => new(_tokens);

    /// <inheritdoc/>
    public ValueTask SaveAsync(ProcountorTokens tokens, CancellationToken cancellationToken)
    {
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask ClearAsync(CancellationToken cancellationToken)
    {
        _tokens = null;
        return ValueTask.CompletedTask;
    }
}
