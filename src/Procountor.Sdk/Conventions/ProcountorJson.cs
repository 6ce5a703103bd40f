using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Procountor.Sdk;

/// <summary>JSON reading the Procountor way, through <see cref="JsonTypeInfo{T}"/> so that it is trim- and AOT-safe.</summary>
public static class ProcountorJson
{
    /// <summary>
    /// Reads a batch GET answer: a list when several ids were asked for, but the single resource itself when only
    /// one was, as the API does.
    /// </summary>
    public static async Task<IReadOnlyList<T>> ReadOneOrManyAsync<T>(HttpContent content, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(typeInfo);
        var bytes = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var reader = new Utf8JsonReader(bytes);
        if (!reader.Read())
            return [];
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                items.Add(JsonSerializer.Deserialize(ref reader, typeInfo)!);
            return items;
        }
        return [JsonSerializer.Deserialize(bytes, typeInfo)!];
    }
}
