using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Procountor.SpecDiff.Formats;

/// <summary>
/// The subset of a JSON writer the reports need, with a YAML twin, so that the JSON and YAML reports are one
/// structure written twice (and the JSON schema documents both).
/// </summary>
internal abstract class StructuredWriter
{
    public abstract void StartObject(string? name = null);

    public abstract void EndObject();

    public abstract void StartArray(string name);

    public abstract void EndArray();

    public abstract void String(string name, string? value);

    public abstract void Number(string name, long value);

    public abstract void Boolean(string name, bool value);

    /// <summary>An array item that is a string.</summary>
    public abstract void Item(string value);

    public abstract string Finish();

    public void Strings(string name, IEnumerable<string> values)
    {
        StartArray(name);
        foreach (var value in values)
        {
            Item(value);
        }

        EndArray();
    }
}

internal sealed class JsonStructuredWriter : StructuredWriter
{
    private readonly MemoryStream _stream = new();
    private readonly Utf8JsonWriter _writer;

    public JsonStructuredWriter()
    {
        _writer = new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public override void StartObject(string? name = null)
    {
        if (name is null)
        {
            _writer.WriteStartObject();
        }
        else
        {
            _writer.WriteStartObject(name);
        }
    }

    public override void EndObject() => _writer.WriteEndObject();

    public override void StartArray(string name) => _writer.WriteStartArray(name);

    public override void EndArray() => _writer.WriteEndArray();

    public override void String(string name, string? value)
    {
        if (value is null)
        {
            _writer.WriteNull(name);
        }
        else
        {
            _writer.WriteString(name, value);
        }
    }

    public override void Number(string name, long value) => _writer.WriteNumber(name, value);

    public override void Boolean(string name, bool value) => _writer.WriteBoolean(name, value);

    public override void Item(string value) => _writer.WriteStringValue(value);

    public override string Finish()
    {
        _writer.Flush();
        return Encoding.UTF8.GetString(_stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}

internal sealed class YamlStructuredWriter : StructuredWriter
{
    private readonly StringWriter _text = new() { NewLine = "\n" };
    private readonly Emitter _emitter;
    private int _depth;

    public YamlStructuredWriter()
    {
        _emitter = new Emitter(_text, new EmitterSettings(2, int.MaxValue, false, 1024, false, false, "\n"));
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart(null, null, true));
    }

    public override void StartObject(string? name = null)
    {
        Key(name);
        _emitter.Emit(new MappingStart(null, null, false, MappingStyle.Block));
        _depth++;
    }

    public override void EndObject()
    {
        _emitter.Emit(new MappingEnd());
        _depth--;
    }

    public override void StartArray(string name)
    {
        Key(name);
        _emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
    }

    public override void EndArray() => _emitter.Emit(new SequenceEnd());

    public override void String(string name, string? value)
    {
        Key(name);
        _emitter.Emit(value is null ? Plain("null") : Quoted(value));
    }

    public override void Number(string name, long value)
    {
        Key(name);
        _emitter.Emit(Plain(value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    public override void Boolean(string name, bool value)
    {
        Key(name);
        _emitter.Emit(Plain(value ? "true" : "false"));
    }

    public override void Item(string value) => _emitter.Emit(Quoted(value));

    public override string Finish()
    {
        _emitter.Emit(new DocumentEnd(true));
        _emitter.Emit(new StreamEnd());
        return _text.ToString();
    }

    private void Key(string? name)
    {
        if (name is not null)
        {
            _emitter.Emit(Plain(name));
        }
    }

    private static Scalar Plain(string value) => new(null, null, value, ScalarStyle.Plain, true, false);

    // Every string is quoted: "23.01" or "true" must stay strings for any YAML reader.
    private static Scalar Quoted(string value) => new(null, null, value, ScalarStyle.DoubleQuoted, false, true);
}
