namespace Procountor.Specs.Tests;

public class SpecsRepositoryTests
{
    [Fact]
    public void Opens_from_the_repository_root_the_specs_folder_or_the_tree_itself()
    {
        var fixtureRoot = Path.GetFullPath(Path.Combine(TestTrees.Tiny, "..", ".."));

        Assert.All(
            new[] { fixtureRoot, Path.Combine(fixtureRoot, "specs"), TestTrees.Tiny },
            path => Assert.Equal(Path.GetFullPath(TestTrees.Tiny), SpecsRepository.Open(path).Directory));
    }

    [Fact]
    public void Discovers_the_tree_from_a_folder_below_its_root()
    {
        var below = Path.Combine(TestTrees.Tiny, "history");

        Assert.Equal(Path.GetFullPath(TestTrees.Tiny), SpecsRepository.Discover(below).Directory);
    }

    [Fact]
    public void Exposes_catalog_notes_history_and_document_paths()
    {
        var specs = SpecsRepository.Open(TestTrees.Tiny);
        var newest = specs.Catalog.Documented.Last();

        Assert.Equal(["19.11", "19.12"], specs.History.Select(step => step.Version.Text));
        Assert.Equal("specs/procountor/history/19.12.yaml", specs.History[1].File);
        Assert.Equal(9, specs.ReleaseNotes.Items.Count());
        Assert.Equal(Path.Combine(Path.GetFullPath(TestTrees.Tiny), "19.12", "openapi.json"), specs.DocumentPath(newest));
        Assert.Equal("specs/procountor/19.12/openapi.json", specs.DocumentDisplayPath(newest));
        Assert.Equal("19.12", specs.ReadDocument(newest)["info"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public void Loads_each_file_when_first_asked_so_one_broken_file_does_not_hide_the_others()
    {
        using var tree = new TreeCopy(TestTrees.Tiny);
        tree.Write("release-notes.yaml", "versions: [\n");
        var specs = tree.Open();

        Assert.Equal(5, specs.Catalog.Versions.Length);
        Assert.StartsWith("specs/procountor/release-notes.yaml:2:1: ", Assert.Throws<SpecsException>(() => specs.ReleaseNotes).Message, StringComparison.Ordinal);
    }
}
