using Procountor.OpenApi.Reading;

namespace Procountor.Specs.Loading;

/// <summary>
/// Reads one of the YAML data files into the position-aware tree of <see cref="SpecReader"/> (YamlDotNet underneath,
/// scalars resolved by the YAML 1.2 core schema, duplicate keys rejected), so that every later check can name a line.
/// </summary>
internal static class YamlFile
{
    public static SpecNode Read(string yaml, string file)
    {
        var result = SpecReader.Read(yaml, SpecFormat.Yaml);
        if (result.Root is null)
        {
            throw new SpecsException(file, result.Error!.Position, result.Error.Message);
        }

        return result.Root;
    }
}
