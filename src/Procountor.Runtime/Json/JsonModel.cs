using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Procountor.Runtime.Json;

/// <summary>Serializing generated models to and from UTF-8 text without <see cref="JsonSerializer"/>.</summary>
public static class JsonModel
{
    // JSON as RFC 8259 defines it, which is what the API sends: a reader that also skips comments tokenises about 15%
    // slower (measured on a 200-invoice page, tests/Procountor.Benchmarks SdkSearchPageDeserializationBenchmarks).
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 256 };

    /// <summary>Reads a generated model from UTF-8 JSON.</summary>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json)
        where T : IJsonModel<T> => Read(utf8Json, T.ReadJson);

    /// <summary>Reads a generated model from JSON text.</summary>
    public static T Deserialize<T>(string json)
        where T : IJsonModel<T> => Deserialize<T>(Encoding.UTF8.GetBytes(json));

    /// <summary>Reads one complete JSON value with <paramref name="read"/>.</summary>
    public static T Read<T>(ReadOnlySpan<byte> utf8Json, JsonValueReader<T> read)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        if (!reader.Read())
        {
            throw new JsonException("The JSON text is empty.");
        }

        var value = read(ref reader);
        if (reader.Read())
        {
            throw new JsonException($"Unexpected {reader.TokenType} after the end of the JSON value.");
        }

        return value;
    }

    /// <summary>Writes a generated model as JSON text.</summary>
    public static string Serialize<T>(T value)
        where T : IJsonModel<T> => Encoding.UTF8.GetString(SerializeToUtf8Bytes(value));

    /// <summary>Writes a generated model as UTF-8 JSON.</summary>
    public static byte[] SerializeToUtf8Bytes<T>(T value)
        where T : IJsonModel<T> => Write(value, static (writer, v) => v.WriteJson(writer)).WrittenSpan.ToArray();

    /// <summary>Writes <paramref name="value"/> with <paramref name="write"/> into a fresh buffer.</summary>
    public static ArrayBufferWriter<byte> Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            write(writer, value);
        }

        return buffer;
    }

    /// <summary>Reads a value out of an already parsed element (a union picking its variant).</summary>
    public static T ReadElement<T>(JsonElement element, JsonValueReader<T> read) =>
        Read(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element), read);

    /// <summary>
    /// How well a JSON object fits an object variant: the number of its members the variant declares, or -1 when a
    /// member the variant requires is missing.
    /// </summary>
    public static int MatchScore(JsonElement element, string[] declared, string[] required)
    {
        foreach (var name in required)
        {
            if (!element.TryGetProperty(name, out _))
            {
                return -1;
            }
        }

        var score = 0;
        foreach (var member in element.EnumerateObject())
        {
            if (Array.IndexOf(declared, member.Name) >= 0)
            {
                score++;
            }
        }

        return score;
    }

    /// <summary>Throws the exception a reader raises on an unexpected token, with the model's name.</summary>
    public static JsonException UnexpectedToken(string model, JsonTokenType found) =>
        new($"Cannot read {model}: expected a JSON object, found {found}.");
}
