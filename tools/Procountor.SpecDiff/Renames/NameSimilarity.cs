namespace Procountor.SpecDiff.Renames;

/// <summary>How alike two names are, 0 … 1: containment (<c>referenceCode</c> in <c>bankReferenceCode</c>), shared words, spelling.</summary>
internal static class NameSimilarity
{
    public static double Score(string a, string b)
    {
        var x = a.ToLowerInvariant();
        var y = b.ToLowerInvariant();
        if (x == y)
        {
            return 1;
        }

        if (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal))
        {
            return 0.9;
        }

        var words = Words(a).Intersect(Words(b)).Count() / (double)Math.Max(1, Words(a).Union(Words(b)).Count());
        var spelling = 1 - (Levenshtein(x, y) / (double)Math.Max(x.Length, y.Length));
        return Math.Max(words, spelling);
    }

    private static HashSet<string> Words(string name)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || char.IsUpper(name[i]) || name[i] is '_' or '-' or '/' or '.')
            {
                var word = name.Substring(start, i - start).Trim('_', '-', '/', '.').ToLowerInvariant();
                if (word.Length > 0)
                {
                    words.Add(word);
                }

                start = i;
            }
        }

        return words;
    }

    internal static int Levenshtein<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var j = 0; j <= b.Count; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Count; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Count; j++)
            {
                var cost = EqualityComparer<T>.Default.Equals(a[i - 1], b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Count];
    }

    private static int Levenshtein(string a, string b) => Levenshtein(a.ToCharArray(), b.ToCharArray());
}
