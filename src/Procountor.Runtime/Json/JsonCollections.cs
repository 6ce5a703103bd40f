using System.Text.Json;

namespace Procountor.Runtime.Json;

/// <summary>Arrays and maps for generated readers and writers.</summary>
public static class JsonCollections
{
    /// <summary>Reads the value with the model's own reader.</summary>
    public static List<T> ReadList<T>(ref Utf8JsonReader reader, JsonValueReader<T> item)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array, found {reader.TokenType}.");
        }

        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(item(ref reader));
        }

        return list;
    }

    /// <summary>Reads the value with the model's own reader.</summary>
    public static Dictionary<string, T> ReadMap<T>(ref Utf8JsonReader reader, JsonValueReader<T> value)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object, found {reader.TokenType}.");
        }

        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            map[key] = value(ref reader);
        }

        return map;
    }

    /// <summary>Writes the value with the model's own writer.</summary>
    public static void WriteList<T>(Utf8JsonWriter writer, IEnumerable<T> list, Action<Utf8JsonWriter, T> item)
    {
        writer.WriteStartArray();
        foreach (var value in list)
        {
            item(writer, value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the value with the model's own writer.</summary>
    public static void WriteMap<T>(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, T>> map, Action<Utf8JsonWriter, T> value)
    {
        writer.WriteStartObject();
        foreach (var pair in map)
        {
            writer.WritePropertyName(pair.Key);
            value(writer, pair.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes members a model kept because the spec does not declare them, exactly as received.</summary>
    public static void WriteExtensionData(Utf8JsonWriter writer, IDictionary<string, JsonElement>? members)
    {
        if (members is null)
        {
            return;
        }

        foreach (var pair in members)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }
    }
}
