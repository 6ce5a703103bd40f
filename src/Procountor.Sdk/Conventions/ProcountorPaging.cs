using System.Runtime.CompilerServices;

namespace Procountor.Sdk;

/// <summary>One page to fetch: <c>page</c> counts from 0, <c>size</c> is 1 to 200.</summary>
/// <param name="Page">The page number.</param>
/// <param name="Size">The page size.</param>
public readonly record struct PageRequest(int Page, int Size);

/// <summary>The <c>meta</c> block of a search answer (<c>SearchResultMetaData</c>).</summary>
/// <param name="PageNumber">The page this is.</param>
/// <param name="PageSize">The page size the server used.</param>
/// <param name="ResultCount">The results on this page.</param>
/// <param name="TotalCount">The results on all pages.</param>
public readonly record struct PageMeta(int PageNumber, int PageSize, int ResultCount, long TotalCount);

/// <summary>
/// Walks Procountor's paged searches (<c>page</c>/<c>size</c> query parameters, <c>{results, meta}</c> answers) as
/// one <see cref="IAsyncEnumerable{T}"/>, fetching a page only when the previous one is consumed.
/// </summary>
public static class ProcountorPaging
{
    /// <summary>Every result of every page, in order.</summary>
    /// <param name="fetchPage">Fetches one page (a generated search method, or a raw request).</param>
    /// <param name="results">The results of a page.</param>
    /// <param name="meta">The <c>meta</c> block of a page, when it has one.</param>
    /// <param name="pageSize">Results per request, 1 to 200; the largest page means the fewest requests.</param>
    /// <param name="firstPage">The page to start at.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    public static async IAsyncEnumerable<T> EnumerateAsync<TPage, T>(
        Func<PageRequest, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, IReadOnlyList<T>?> results,
        Func<TPage, PageMeta?> meta,
        int pageSize = ProcountorValidation.MaxPageSize,
        int firstPage = 0,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        await foreach (var page in EnumeratePagesAsync(fetchPage, p => results(p)?.Count ?? 0, meta, pageSize, firstPage, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in results(page) ?? [])
                yield return item;
        }
    }

    /// <summary>Every page, in order, until a short or empty page or the <c>totalCount</c> of <c>meta</c> is reached.</summary>
    /// <param name="fetchPage">Fetches one page.</param>
    /// <param name="resultCount">How many results a page holds.</param>
    /// <param name="meta">The <c>meta</c> block of a page, when it has one.</param>
    /// <param name="pageSize">Results per request, 1 to 200.</param>
    /// <param name="firstPage">The page to start at.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    public static async IAsyncEnumerable<TPage> EnumeratePagesAsync<TPage>(
        Func<PageRequest, CancellationToken, Task<TPage>> fetchPage,
        Func<TPage, int> resultCount,
        Func<TPage, PageMeta?> meta,
        int pageSize = ProcountorValidation.MaxPageSize,
        int firstPage = 0,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(resultCount);
        ArgumentNullException.ThrowIfNull(meta);
        ProcountorValidation.PageSize(pageSize, nameof(pageSize));
        ProcountorValidation.Page(firstPage, nameof(firstPage));

        long seen = (long)firstPage * pageSize;
        for (var page = firstPage; ; page++)
        {
            var current = await fetchPage(new PageRequest(page, pageSize), cancellationToken).ConfigureAwait(false);
            // Read before yielding: the consumer may dispose the page (a JsonDocument) once it has it.
            var count = resultCount(current);
            seen += count;
            // A short page is the last one; so is reaching the total, which saves the empty request after a full last page.
            var last = count < pageSize || (meta(current) is { } m && seen >= m.TotalCount);
            yield return current;
            if (last)
                yield break;
        }
    }
}
