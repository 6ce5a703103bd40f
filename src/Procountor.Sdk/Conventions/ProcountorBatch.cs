using Procountor.Runtime;

namespace Procountor.Sdk;

/// <summary>
/// Batch GETs (<c>/invoices/{ids}</c>, <c>/businesspartners/{ids}</c>, <c>/ledgerreceipts/{ids}</c>,
/// <c>/products/{ids}</c>, …) for any number of ids: split into requests of at most 200 comma-separated ids, run a
/// few at a time, merged without duplicates in the order the ids were asked for.
/// </summary>
/// <remarks>
/// Procountor answers a batch with only the resources whose ids are valid, and with 404 when none is; a chunk that
/// gets 404 therefore contributes nothing instead of failing the whole batch.
/// </remarks>
public static class ProcountorBatch
{
    /// <summary>Fetches every resource of <paramref name="ids"/>.</summary>
    /// <param name="ids">The ids, in any number; repeated ids are fetched once.</param>
    /// <param name="fetchChunk">Fetches one request's worth: gets the comma-separated ids, returns what the server sent.</param>
    /// <param name="idOf">The id of a fetched resource, for merging.</param>
    /// <param name="maxConcurrency">Requests in flight at once.</param>
    /// <param name="chunkSize">Ids per request, 1 to 200.</param>
    /// <param name="cancellationToken">Cancels all requests.</param>
    public static async Task<IReadOnlyList<T>> GetManyAsync<T>(
        IEnumerable<long> ids,
        Func<string, CancellationToken, Task<IReadOnlyList<T>>> fetchChunk,
        Func<T, long> idOf,
        int maxConcurrency = 4,
        int chunkSize = ProcountorValidation.MaxBatchIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchChunk);
        ArgumentNullException.ThrowIfNull(idOf);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        if (chunkSize is < 1 or > ProcountorValidation.MaxBatchIds)
            throw new ArgumentOutOfRangeException(nameof(chunkSize), chunkSize, $"chunkSize must be between 1 and {ProcountorValidation.MaxBatchIds}; was {chunkSize}.");
        var distinct = ProcountorValidation.BatchIds(ids, nameof(ids));

        var chunks = distinct.Chunk(chunkSize).ToArray();
        var answers = new IReadOnlyList<T>[chunks.Length];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, chunks.Length),
            new ParallelOptions { MaxDegreeOfParallelism = maxConcurrency, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                ProcountorValidation.BatchChunk(chunks[i], nameof(ids));
                try
                {
                    answers[i] = await fetchChunk(string.Join(',', chunks[i]), ct).ConfigureAwait(false);
                }
                catch (ApiException e) when (e.StatusCode == 404)
                {
                    answers[i] = [];
                }
            }).ConfigureAwait(false);

        var byId = new Dictionary<long, T>();
        foreach (var item in answers.SelectMany(a => a))
            byId.TryAdd(idOf(item), item);
        return distinct.Where(byId.ContainsKey).Select(id => byId[id]).ToArray();
    }
}
