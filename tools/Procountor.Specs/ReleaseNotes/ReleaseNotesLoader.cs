using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Procountor.OpenApi.Reading;
using Procountor.Specs.Loading;
using Procountor.Specs.Versions;

namespace Procountor.Specs.ReleaseNotes;

/// <summary>Reads <c>release-notes.yaml</c> strictly (see <c>specs/FORMATS.md</c>).</summary>
public static class ReleaseNotesLoader
{
    private static readonly Regex Endpoint = new("^(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) /[^ ]*$", RegexOptions.CultureInvariant);

    public static ReleaseNotesDocument Load(string path, string displayPath) => Parse(SpecsFiles.ReadText(path, displayPath), displayPath);

    /// <param name="yaml">The file's text.</param>
    /// <param name="file">The file as messages name it.</param>
    public static ReleaseNotesDocument Parse(string yaml, string file)
    {
        var root = YamlObject.Open(file, YamlFile.Read(yaml, file), "release-notes.yaml", "monthsWithoutRelease", "versions");
        var versions = ImmutableArray.CreateBuilder<ReleaseNoteVersion>();
        foreach (var node in root.RequiredList("versions"))
        {
            var entry = YamlObject.Open(file, node, "release-notes version", "version", "released", "items");
            var version = entry.Version("version");
            if (versions.Count > 0 && version <= versions[^1].Version)
            {
                throw entry.Error(entry.Required("version"), version.CompareTo(versions[^1].Version) == 0
                    ? $"duplicate version {version}"
                    : $"version {version} comes after {versions[^1].Version}; list versions in ascending order");
            }

            versions.Add(new ReleaseNoteVersion(version, entry.OptionalMonth("released"), ReadItems(entry, version)));
        }

        return new ReleaseNotesDocument(versions.ToImmutable(), ReadMonthsWithoutRelease(root, versions));
    }

    private static ImmutableArray<string> ReadMonthsWithoutRelease(YamlObject root, IReadOnlyList<ReleaseNoteVersion> versions)
    {
        var months = ImmutableArray.CreateBuilder<string>();
        foreach (var node in root.List("monthsWithoutRelease"))
        {
            var month = root.AsVersion(node, "monthsWithoutRelease");
            if (months.Contains(month.Text))
            {
                throw root.Error(node, $"{month} is listed twice in monthsWithoutRelease");
            }

            if (versions.Any(v => v.Version.CompareTo(month) == 0))
            {
                throw root.Error(node, $"{month} is in monthsWithoutRelease but also has notes");
            }

            months.Add(month.Text);
        }

        return months.ToImmutable();
    }

    private static ImmutableArray<ReleaseNoteItem> ReadItems(YamlObject entry, VersionId version)
    {
        var items = ImmutableArray.CreateBuilder<ReleaseNoteItem>();
        foreach (var node in entry.List("items"))
        {
            var item = YamlObject.Open(entry.File, node, "release-note item", "id", "summary", "kinds", "endpoints", "schemas", "fields", "parameters", "renames", "specVisible", "breaking", "allVersions", "decision");
            var id = item.String("id");
            var expected = $"{version}-{(items.Count + 1).ToString("00", CultureInfo.InvariantCulture)}";
            if (id != expected)
            {
                throw item.Error(item.Required("id"), items.Any(i => i.Id == id)
                    ? $"duplicate id {id}"
                    : $"expected id {expected} here, not {id}: ids are the version and the bullet's position, 01, 02, … in order");
            }

            items.Add(new ReleaseNoteItem(
                id,
                version,
                item.String("summary"),
                ReadKinds(item),
                ReadEndpoints(item),
                item.Strings("schemas"),
                item.Strings("fields"),
                item.Strings("parameters"),
                ReadRenames(item),
                item.Boolean("specVisible"),
                item.Boolean("breaking"),
                item.Boolean("allVersions"),
                item.OptionalString("decision"))
            {
                Position = node.Position,
            });
        }

        return items.ToImmutable();
    }

    private static ImmutableArray<ChangeKind> ReadKinds(YamlObject item)
    {
        var kinds = ImmutableArray.CreateBuilder<ChangeKind>();
        foreach (var node in item.RequiredList("kinds"))
        {
            var text = item.AsString(node, "kinds");
            if (!KebabCase<ChangeKind>.TryParse(text, out var kind))
            {
                throw item.Error(node, $"unknown kind '{text}' (expected one of {KebabCase<ChangeKind>.All})");
            }

            if (kinds.Contains(kind))
            {
                throw item.Error(node, $"kind '{text}' is listed twice");
            }

            kinds.Add(kind);
        }

        return kinds.Count > 0 ? kinds.ToImmutable() : throw item.Error(item.Required("kinds"), "'kinds' must name at least one kind");
    }

    private static ImmutableArray<string> ReadEndpoints(YamlObject item)
    {
        foreach (var node in item.List("endpoints"))
        {
            var text = item.AsString(node, "endpoints");
            if (!Endpoint.IsMatch(text))
            {
                throw item.Error(node, $"endpoint '{text}' must be written METHOD /path, such as POST /payments");
            }
        }

        return item.Strings("endpoints");
    }

    private static ImmutableArray<RenamePair> ReadRenames(YamlObject item)
    {
        var renames = ImmutableArray.CreateBuilder<RenamePair>();
        foreach (var node in item.List("renames"))
        {
            var rename = YamlObject.Open(item.File, node, "rename", "from", "to");
            var pair = new RenamePair(rename.String("from"), rename.String("to"));
            if (pair.From == pair.To)
            {
                throw rename.Error(node, $"a rename needs two different names, not '{pair.From}' twice");
            }

            renames.Add(pair);
        }

        return renames.ToImmutable();
    }
}
