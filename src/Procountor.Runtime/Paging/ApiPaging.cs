using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Procountor.Runtime.Paging;

/// <summary>Walks a page-numbered search to the end, one request per page, as the caller enumerates.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiPaging
{
    /// <summary>
    /// Fetches page <paramref name="firstPage"/>, then the next, until a page is empty, shorter than
    /// <paramref name="pageSize"/> (when known), or the items seen reach the total count the server reports.
    /// </summary>
    public static async IAsyncEnumerable<TItem> EnumerateAsync<TPage, TItem>(
        Func<int, CancellationToken, Task<ApiResponse<TPage>>> fetchPage,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, long?> totalCount,
        int firstPage,
        int? pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long seen = 0;
        for (var page = firstPage; ; page++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var response = await fetchPage(page, cancellationToken).ConfigureAwait(false);
            var count = 0;
            if (items(response.Value) is { } pageItems)
            {
                foreach (var item in pageItems)
                {
                    count++;
                    yield return item;
                }
            }

            seen += count;
            if (count == 0 || (pageSize is { } size && count < size) || (totalCount(response.Value) is { } total && seen >= total))
            {
                yield break;
            }
        }
    }
}
