using System.Text.Json;

namespace Procountor.Runtime.Json;

/// <summary>
/// A generated type that reads and writes itself with <see cref="Utf8JsonReader"/>/<see cref="Utf8JsonWriter"/>:
/// no reflection, so trimming and native AOT keep working.
/// </summary>
public interface IJsonModel<TSelf>
    where TSelf : IJsonModel<TSelf>
{
    /// <summary>Reads a value; the reader is on its first token and is left on its last.</summary>
    static abstract TSelf ReadJson(ref Utf8JsonReader reader);

    /// <summary>Writes this value as JSON.</summary>
    void WriteJson(Utf8JsonWriter writer);
}

/// <summary>Reads one JSON value; the reader is on its first token and is left on its last.</summary>
public delegate T JsonValueReader<T>(ref Utf8JsonReader reader);

/// <summary>
/// Lets <see cref="JsonSerializer"/> use a generated model's own reading and writing (generated types carry
/// <c>[JsonConverter(typeof(JsonModelConverter&lt;T&gt;))]</c>).
/// </summary>
public sealed class JsonModelConverter<T> : System.Text.Json.Serialization.JsonConverter<T>
    where T : IJsonModel<T>
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => T.ReadJson(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => value.WriteJson(writer);
}
