using System.Text.RegularExpressions;
using NSwag;
using Procountor.OpenApi.Reading;
using Procountor.Specs.Materializing;
using Procountor.Specs.ReleaseNotes;

namespace Procountor.Specs.Tests.Validation;

/// <summary>
/// What must hold for every tree, the repository's own (<c>real</c>) and the fixture (<c>tiny</c>). Each check lists
/// every violation it finds, so that one run says everything that is wrong with the data.
/// </summary>
public class TreeValidationTests
{
    public static TheoryData<string> Trees => ["tiny", "real"];

    [Theory]
    [InlineData("tiny", "19.10", "19.12")]
    [InlineData("real", "19.10", "23.12")]
    public void Every_released_version_of_the_range_has_a_document(string tree, string first, string last)
    {
        var loaded = LoadedTree.Get(tree);

        Assert.Equal((first, last), (loaded.Documents[0].Version.Id.Text, loaded.Documents[^1].Version.Id.Text));
        AssertNone(loaded.Specs.Catalog.Versions
            .Where(v => v.Id >= loaded.Documents[0].Version.Id && v.Id <= loaded.Documents[^1].Version.Id && !v.HasDocument)
            .Select(v => $"versions.yaml: {v.Id} is released within {first} … {last} but has no document"));
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public async Task Every_document_loads_with_NSwag(string tree)
    {
        var problems = new List<string>();
        foreach (var document in LoadedTree.Get(tree).Documents.Where(d => d.Text is not null))
        {
            try
            {
                await OpenApiDocument.FromJsonAsync(document.Text!, document.Path);
            }
            catch (Exception e)
            {
                problems.Add($"{document.DisplayPath}: NSwag cannot load it: {e.GetType().Name}: {e.Message}");
            }
        }

        AssertNone(problems);
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void Every_ref_resolves_inside_its_document(string tree)
    {
        var problems = new List<string>();
        foreach (var document in LoadedTree.Get(tree).Documents)
        {
            if (document.Tree is not { } spec)
            {
                problems.Add($"{document.DisplayPath}: missing or not JSON");
                continue;
            }

            foreach (var reference in Descendants(spec.Root).Where(n => n.Key == "$ref" && n.Kind == SpecNodeKind.String))
            {
                if (spec.ResolveRef(reference.Text!).Failure is var failure and not RefFailure.None)
                {
                    problems.Add($"{document.DisplayPath}:{reference.Position}: $ref '{reference.Text}' at {reference.Pointer} does not resolve ({failure})");
                }
            }
        }

        AssertNone(problems);
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void Operation_ids_are_unique_in_each_document(string tree)
    {
        var problems = new List<string>();
        foreach (var document in LoadedTree.Get(tree).Documents.Where(d => d.Tree is not null))
        {
            var operations = (document.Tree!.Root["paths"]?.Children ?? [])
                .SelectMany(path => path.Children.Where(member => Methods.Contains(member.Key)))
                .Select(operation => operation["operationId"])
                .OfType<SpecNode>();
            foreach (var duplicate in operations.GroupBy(id => id.Text).Where(group => group.Count() > 1))
            {
                problems.Add($"{document.DisplayPath}: operationId '{duplicate.Key}' is used by {string.Join(", ", duplicate.Select(id => id.Parent!.Pointer))}");
            }
        }

        AssertNone(problems);
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void Every_history_edit_implements_a_spec_visible_note_of_its_step(string tree)
    {
        var specs = LoadedTree.Get(tree).Specs;
        var problems = new List<string>();
        foreach (var step in specs.History)
        {
            foreach (var (edit, number) in step.Edits.Select((edit, i) => (edit, i + 1)))
            {
                var at = $"{step.File}:{edit.Position}: edit {number}";
                if (specs.ReleaseNotes.Find(edit.Note) is not { } note)
                {
                    problems.Add($"{at} names {edit.Note}, which release-notes.yaml does not have");
                }
                else if (note.Version <= step.Previous || note.Version > step.Version)
                {
                    problems.Add($"{at} implements {note.Id}, a note of {note.Version}, but the step goes from {step.Previous} to {step.Version}");
                }
                else if (!note.SpecVisible || note.AllVersions)
                {
                    problems.Add($"{at} implements {note.Id}, which says {(note.AllVersions ? "allVersions: true (no document pair shows it)" : "specVisible: false")}");
                }
            }
        }

        Assert.NotEmpty(specs.History);
        AssertNone(problems);
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void Every_spec_visible_note_of_the_range_is_implemented_by_an_edit(string tree)
    {
        var loaded = LoadedTree.Get(tree);
        var implemented = loaded.Specs.History.SelectMany(step => step.Edits).Select(edit => edit.Note).ToHashSet(StringComparer.Ordinal);
        var expected = loaded.Specs.ReleaseNotes.Between(loaded.Documents[0].Version.Id, loaded.Documents[^1].Version.Id)
            .Where(item => item.SpecVisible && !item.AllVersions)
            .ToList();

        Assert.NotEmpty(expected);
        AssertNone(expected.Where(item => !implemented.Contains(item.Id))
            .Select(item => $"{loaded.Specs.DisplayPath(SpecsRepository.ReleaseNotesFile)}:{item.Position}: {item.Id} ({item.Summary}) is spec-visible but no history edit implements it"));
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void Versions_yaml_and_the_documents_agree(string tree)
    {
        var loaded = LoadedTree.Get(tree);
        var problems = new List<string>();
        foreach (var document in loaded.Documents)
        {
            if (document.Tree is not { } spec)
            {
                problems.Add($"{document.DisplayPath}: listed in versions.yaml but {(document.Text is null ? "missing" : "not JSON")}");
                continue;
            }

            if (spec.Root["info"]?.GetString("version") is var version && version != document.Version.Id.Text)
            {
                problems.Add($"{document.DisplayPath}: info.version is {version ?? "missing"}, not {document.Version.Id}");
            }

            if ("openapi-" + spec.Root.GetString("openapi") != document.Version.SpecFormat)
            {
                problems.Add($"{document.DisplayPath}: openapi is {spec.Root.GetString("openapi") ?? "missing"}, but versions.yaml says {document.Version.SpecFormat}");
            }
        }

        var listed = loaded.Documents.Select(d => Path.GetFullPath(d.Path)).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(loaded.Specs.Directory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!listed.Contains(Path.GetFullPath(file)))
            {
                problems.Add($"{loaded.Specs.DisplayPath(Path.GetRelativePath(loaded.Specs.Directory, file))}: not listed in versions.yaml");
            }
        }

        AssertNone(problems);
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void Release_notes_and_versions_yaml_name_the_same_releases(string tree)
    {
        var specs = LoadedTree.Get(tree).Specs;
        var released = specs.Catalog.Versions.Select(v => v.Id.Text).ToHashSet(StringComparer.Ordinal);
        var problems = specs.ReleaseNotes.Versions.Where(v => !released.Contains(v.Version.Text))
            .Select(v => $"release-notes.yaml: {v.Version} has notes but is not in versions.yaml")
            .Concat(specs.ReleaseNotes.MonthsWithoutRelease.Where(released.Contains)
                .Select(month => $"release-notes.yaml: {month} is a month without release, but versions.yaml lists it"));

        AssertNone(problems);
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void Every_committed_document_is_what_the_materialiser_writes(string tree)
    {
        var stale = Materializer.Stale(Materializer.Materialize(LoadedTree.Get(tree).Specs));

        AssertNone(stale.Select(document => $"{document.DisplayPath} {(File.Exists(document.Path) ? "differs from" : "is missing; it is")} what `procountor specs materialize` writes"));
    }

    private static readonly HashSet<string?> Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    private static IEnumerable<SpecNode> Descendants(SpecNode node) => node.Children.SelectMany(child => Descendants(child).Prepend(child));

    private static void AssertNone(IEnumerable<string> problems)
    {
        var list = problems.ToList();
        Assert.True(list.Count == 0, $"{list.Count} problem(s):\n" + string.Join("\n", list));
    }
}
