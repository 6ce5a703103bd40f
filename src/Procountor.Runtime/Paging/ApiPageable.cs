using System.Runtime.CompilerServices;

namespace Procountor.Runtime.Paging;

/// <summary>
/// A paged search walked to the end: every item of every page as one <see cref="IAsyncEnumerable{T}"/>, or the pages
/// themselves through <see cref="AsPages"/>. A page is fetched only when the previous one has been consumed, so
/// stopping early costs no further requests. Enumerating again starts again at the first page.
/// </summary>
/// <typeparam name="TPage">One answer of the search, e.g. <c>InvoiceSearchResult</c>.</typeparam>
/// <typeparam name="TItem">One result, e.g. <c>InvoiceBasicInfo</c>.</typeparam>
public sealed class ApiPageable<TPage, TItem> : IAsyncEnumerable<TItem>
{
    private readonly Func<int, CancellationToken, Task<TPage>> _fetchPage;
    private readonly Func<TPage, IEnumerable<TItem>?> _items;
    private readonly Func<TPage, long?> _totalCount;
    private readonly int? _pageSize;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Creates the walk; generated <c>…AllAsync</c> methods do this.</summary>
    /// <param name="fetchPage">Fetches the page with the given number (pages count from 0).</param>
    /// <param name="items">The results of a page.</param>
    /// <param name="totalCount">The total the server reports on a page, when it does.</param>
    /// <param name="pageSize">The page size asked for, when known: a shorter page is the last.</param>
    /// <param name="cancellationToken">Stops the walk, together with the token given to the enumerator.</param>
    public ApiPageable(
        Func<int, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, long?> totalCount,
        int? pageSize,
        CancellationToken cancellationToken = default)
    {
        _fetchPage = fetchPage ?? throw new ArgumentNullException(nameof(fetchPage));
        _items = items ?? throw new ArgumentNullException(nameof(items));
        _totalCount = totalCount ?? throw new ArgumentNullException(nameof(totalCount));
        _pageSize = pageSize;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Every page in order, until one is empty, shorter than the page size, or the results seen reach the total count
    /// the server reports (which saves the empty request after a full last page).
    /// </summary>
    /// <param name="cancellationToken">Stops the walk, together with the token the pageable was created with.</param>
    public async IAsyncEnumerable<TPage> AsPages([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = Link(cancellationToken, out var token);
        long seen = 0;
        for (var number = 0; ; number++)
        {
            token.ThrowIfCancellationRequested();
            var page = await _fetchPage(number, token).ConfigureAwait(false);
            // Counted before the page is handed out: the consumer may change it.
            var count = _items(page)?.Count() ?? 0;
            seen += count;
            var last = count == 0 || (_pageSize is { } size && count < size) || (_totalCount(page) is { } total && seen >= total);
            yield return page;
            if (last)
            {
                yield break;
            }
        }
    }

    /// <inheritdoc/>
    public IAsyncEnumerator<TItem> GetAsyncEnumerator(CancellationToken cancellationToken = default) => Items(cancellationToken).GetAsyncEnumerator(cancellationToken);

    private async IAsyncEnumerable<TItem> Items([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in AsPages(cancellationToken).ConfigureAwait(false))
        {
            if (_items(page) is { } items)
            {
                foreach (var item in items)
                {
                    yield return item;
                }
            }
        }
    }

    // The walk stops when either the creator's token or the enumerator's is cancelled.
    private CancellationTokenSource? Link(CancellationToken enumerator, out CancellationToken token)
    {
        if (!enumerator.CanBeCanceled || enumerator == _cancellationToken)
        {
            token = _cancellationToken;
            return null;
        }

        if (!_cancellationToken.CanBeCanceled)
        {
            token = enumerator;
            return null;
        }

        var linked = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, enumerator);
        token = linked.Token;
        return linked;
    }
}
