using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Procountor.OpenApi.Reading;
using Procountor.Specs.Loading;
using Procountor.Specs.Versions;

namespace Procountor.Specs.History;

/// <summary>Reads one <c>history/&lt;version&gt;.yaml</c> strictly (see <c>specs/FORMATS.md</c>).</summary>
public static class HistoryLoader
{
    private static readonly Regex NoteId = new(@"^[0-9]+(\.[0-9]+)?-[0-9]{2}$", RegexOptions.CultureInvariant);
    private static readonly Regex Pointer = new("^(/([^~/]|~[01])*)+$", RegexOptions.CultureInvariant);

    // What each operation needs besides note, op and path, and what it may carry.
    private static readonly Dictionary<HistoryOp, (string[] Required, string[] Optional)> Fields = new()
    {
        [HistoryOp.Add] = (["value"], []),
        [HistoryOp.Remove] = (["value"], []),
        [HistoryOp.Replace] = (["old", "value"], []),
        [HistoryOp.Rename] = (["from", "to"], []),
        [HistoryOp.AddItem] = (["value"], ["index"]),
        [HistoryOp.RemoveItem] = (["value"], ["index"]),
    };

    private static readonly string[] EditKeys = ["note", "op", "path", "value", "old", "from", "to", "index", "why"];

    public static HistoryStep Load(string path, string displayPath) => Parse(SpecsFiles.ReadText(path, displayPath), displayPath, Path.GetFileNameWithoutExtension(path));

    /// <param name="yaml">The file's text.</param>
    /// <param name="file">The file as messages name it.</param>
    /// <param name="expectedVersion">The version the file name says, or <c>null</c> to skip that check.</param>
    public static HistoryStep Parse(string yaml, string file, string? expectedVersion = null)
    {
        var root = YamlObject.Open(file, YamlFile.Read(yaml, file), "history step", "version", "previous", "edits");
        var version = root.Version("version");
        if (expectedVersion is not null && version.Text != expectedVersion)
        {
            throw root.Error(root.Required("version"), $"the file is named {expectedVersion} but says version {version}");
        }

        var previous = root.Version("previous");
        if (previous >= version)
        {
            throw root.Error(root.Required("previous"), $"previous {previous} is not before version {version}");
        }

        // An empty list is a finding too: the version was released and its document equals the previous one.
        var edits = root.RequiredList("edits");
        return new HistoryStep(version, previous, [.. edits.Select((edit, i) => ReadEdit(root.File, edit, i + 1))]) { File = file };
    }

    private static HistoryEdit ReadEdit(string file, SpecNode node, int number)
    {
        var edit = YamlObject.Open(file, node, $"edit {number}", EditKeys);
        var note = edit.String("note");
        if (!NoteId.IsMatch(note))
        {
            throw edit.Error(edit.Required("note"), $"'note' must be a release-note id such as 20.06-02, not '{note}'");
        }

        var opText = edit.String("op");
        if (!KebabCase<HistoryOp>.TryParse(opText, out var op))
        {
            throw edit.Error(edit.Required("op"), $"unknown op '{opText}' (expected one of {KebabCase<HistoryOp>.All})");
        }

        var (required, optional) = Fields[op];
        foreach (var member in node.Children)
        {
            if (member.Key is not ("note" or "op" or "path" or "why") && Array.IndexOf(required, member.Key) < 0 && Array.IndexOf(optional, member.Key) < 0)
            {
                throw new SpecsException(file, member.KeyPosition, $"'{member.Key}' has no meaning for {opText} (it takes {string.Join(", ", required.Concat(optional))})");
            }
        }

        foreach (var key in required)
        {
            edit.Required(key);
        }

        var from = op == HistoryOp.Rename ? edit.String("from") : null;
        var to = op == HistoryOp.Rename ? edit.String("to") : null;
        if (from is not null && from == to)
        {
            throw edit.Error(edit.Required("to"), $"a rename needs two different keys, not '{from}' twice");
        }

        return new HistoryEdit(
            note,
            op,
            ReadPath(edit),
            edit.Present("value") is { } value ? YamlJson.ToJson(value, file) : null,
            edit.Present("old") is { } old ? YamlJson.ToJson(old, file) : null,
            from,
            to,
            edit.OptionalString("why"))
        {
            Index = edit.OptionalInteger("index", 0),
            Position = node.Position,
        };
    }

    private static string ReadPath(YamlObject edit)
    {
        var path = edit.String("path");
        var at = edit.Required("path");
        if (!Pointer.IsMatch(path))
        {
            throw edit.Error(at, $"'path' must be a JSON pointer below the root such as /components/schemas/Invoice (with ~0 for ~ and ~1 for /), not '{path}'");
        }

        if (path is "/info" or "/info/version" or "/servers" || path.StartsWith("/servers/", StringComparison.Ordinal))
        {
            throw edit.Error(at, $"{path}: info.version and servers are set from versions.yaml, never edited in history");
        }

        return path;
    }
}
