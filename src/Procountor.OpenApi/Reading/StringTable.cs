namespace Procountor.OpenApi.Reading;

/// <summary>
/// Interns short strings while reading: a spec says "type", "description" and "#/components/schemas/X"
/// thousands of times, and one instance each keeps the tree small and the reader fast.
/// </summary>
internal sealed class StringTable
{
    private const int MaxInternedLength = 64;

    private const int MinCapacity = 1024;

    private string?[] _entries;
    private int _count;

    /// <param name="textLength">
    /// Sizes the table up front, since growing rehashes every entry: room for one distinct short string per 128
    /// characters before it grows (the bundled specs have about one per 170, indentation included).
    /// </param>
    public StringTable(int textLength = 0)
    {
        var capacity = MinCapacity;
        while (capacity < textLength / 64 && capacity < (1 << 20))
        {
            capacity *= 2;
        }

        _entries = new string?[capacity];
    }

    public string Get(string text, int start, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > MaxInternedLength)
        {
            return text.Substring(start, length);
        }

        var hash = Hash(text, start, length);
        var mask = _entries.Length - 1;
        var slot = hash & mask;
        while (true)
        {
            var entry = _entries[slot];
            if (entry is null)
            {
                var value = text.Substring(start, length);
                _entries[slot] = value;
                if (++_count * 2 > _entries.Length)
                {
                    Grow();
                }

                return value;
            }

            if (entry.Length == length && string.CompareOrdinal(entry, 0, text, start, length) == 0)
            {
                return entry;
            }

            slot = (slot + 1) & mask;
        }
    }

    private static int Hash(string text, int start, int length)
    {
        // FNV-1a: cheap and good enough for identifiers and pointers.
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new string?[old.Length * 2];
        var mask = _entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry is null)
            {
                continue;
            }

            var slot = Hash(entry, 0, entry.Length) & mask;
            while (_entries[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            _entries[slot] = entry;
        }
    }
}
