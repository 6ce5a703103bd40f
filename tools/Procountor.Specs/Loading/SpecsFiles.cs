namespace Procountor.Specs.Loading;

/// <summary>Reads a file of the specs tree, turning I/O failures into a <see cref="SpecsException"/> that names it.</summary>
internal static class SpecsFiles
{
    public static string ReadText(string path, string displayPath)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SpecsException(displayPath, null, "file not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SpecsException(displayPath, null, $"cannot read: {e.Message}");
        }
    }
}
