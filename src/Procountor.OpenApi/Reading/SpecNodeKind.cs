namespace Procountor.OpenApi.Reading;

/// <summary>The JSON data model; YAML documents are read into the same kinds.</summary>
public enum SpecNodeKind : byte
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}
