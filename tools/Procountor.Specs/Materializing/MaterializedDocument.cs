using System.Text;
using Procountor.Specs.Versions;

namespace Procountor.Specs.Materializing;

/// <summary>The canonical text the materialiser writes for one version, and where.</summary>
/// <param name="Version">The version.</param>
/// <param name="Path">Full path of its <c>openapi.json</c>.</param>
/// <param name="DisplayPath">The same, as messages name it (<c>specs/procountor/20.06/openapi.json</c>).</param>
/// <param name="Text">The canonical document.</param>
public sealed record MaterializedDocument(ApiVersion Version, string Path, string DisplayPath, string Text)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>True when the file on disk holds exactly these bytes.</summary>
    public bool IsCurrent() => File.Exists(Path) && File.ReadAllBytes(Path).AsSpan().SequenceEqual(Utf8.GetBytes(Text));

    /// <summary>Writes the file (UTF-8 without BOM), creating its folder; returns false when it was already current.</summary>
    public bool Write()
    {
        if (IsCurrent())
        {
            return false;
        }

        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        File.WriteAllText(Path, Text, Utf8);
        return true;
    }
}
