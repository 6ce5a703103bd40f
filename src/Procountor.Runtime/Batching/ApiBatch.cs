using System.ComponentModel;
using System.Globalization;

namespace Procountor.Runtime.Batching;

/// <summary>
/// Batch GETs by comma-separated ids (<c>GET /invoices/1,2,3</c>) for any number of ids: checked, de-duplicated,
/// split into requests of at most the operation's limit, run a few at a time, and merged in the order asked.
/// Generated batch methods call it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiBatch
{
    /// <summary>Fetches every resource of <paramref name="ids"/>.</summary>
    /// <param name="ids">The ids, in any number; repeated ids are fetched once.</param>
    /// <param name="parameterName">The parameter the ids came in, for error messages.</param>
    /// <param name="maxIds">Ids per request.</param>
    /// <param name="maxConcurrency">Requests in flight at once.</param>
    /// <param name="fetch">Sends one request for the comma-separated ids; returns the resources the server sent.</param>
    /// <param name="idOf">The id of a resource, for merging.</param>
    /// <param name="cancellationToken">Cancels every request.</param>
    /// <returns>The resources found, each once, in the order their ids were first asked for; a request whose ids are all
    /// unknown (404) adds nothing.</returns>
    /// <exception cref="ArgumentException">No id at all, or an id that is not positive.</exception>
    public static async Task<IReadOnlyList<T>> GetManyAsync<T>(
        IEnumerable<long> ids,
        string parameterName,
        int maxIds,
        int maxConcurrency,
        Func<string, CancellationToken, Task<IReadOnlyList<T>>> fetch,
        Func<T, long?> idOf,
        CancellationToken cancellationToken)
    {
        if (ids is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        var distinct = Distinct(ids, parameterName);
        var chunks = distinct.Chunk(Math.Max(1, maxIds)).Select(chunk => string.Join(",", chunk.Select(id => id.ToString(CultureInfo.InvariantCulture)))).ToArray();
        var answers = new IReadOnlyList<T>[chunks.Length];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, chunks.Length),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxConcurrency), CancellationToken = cancellationToken },
            async (i, token) =>
            {
                try
                {
                    answers[i] = await fetch(chunks[i], token).ConfigureAwait(false);
                }
                catch (ApiException e) when (e.StatusCode == 404)
                {
                    // The API answers 404 only when none of the ids exists; otherwise it leaves the unknown ones out.
                    answers[i] = [];
                }
            }).ConfigureAwait(false);

        var byId = new Dictionary<long, T>(distinct.Count);
        foreach (var answer in answers)
        {
            foreach (var item in answer)
            {
                if (idOf(item) is { } id)
                {
                    byId.TryAdd(id, item);
                }
            }
        }

        var merged = new List<T>(byId.Count);
        foreach (var id in distinct)
        {
            if (byId.TryGetValue(id, out var item))
            {
                merged.Add(item);
            }
        }

        return merged;
    }

    private static List<long> Distinct(IEnumerable<long> ids, string parameterName)
    {
        var seen = new HashSet<long>();
        var distinct = new List<long>();
        var index = 0;
        foreach (var id in ids)
        {
            if (id <= 0)
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"{parameterName}[{index}]");
                throw new ArgumentOutOfRangeException(path, id, string.Create(CultureInfo.InvariantCulture, $"{path} is {id}; ids are positive."));
            }

            if (seen.Add(id))
            {
                distinct.Add(id);
            }

            index++;
        }

        if (distinct.Count == 0)
        {
            throw new ArgumentException(parameterName + " must contain at least one id.", parameterName);
        }

        return distinct;
    }
}
