namespace Procountor.OpenApi.Reading;

public enum SpecFormat
{
    Json,
    Yaml,
}
