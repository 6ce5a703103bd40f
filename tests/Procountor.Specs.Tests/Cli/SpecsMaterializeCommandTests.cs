namespace Procountor.Specs.Tests.Cli;

public class SpecsMaterializeCommandTests
{
    [Fact]
    public void Check_passes_on_a_tree_that_is_as_materialised()
    {
        var run = CliRun.Of("specs", "materialize", "--check", "--specs", TestTrees.Tiny);

        Assert.Equal((0, "All 3 documents are as materialised.\n", ""), (run.ExitCode, run.Output, run.Error));
    }

    [Fact]
    public void Check_fails_listing_what_differs_and_materialize_repairs_it()
    {
        using var tree = new TreeCopy(TestTrees.Tiny);
        tree.Edit("19.11/openapi.json", "\"title\": \"Widgets (test fixture)\"", "\"title\": \"Edited by hand\"");
        File.Delete(tree.PathOf("19.10/openapi.json"));

        var check = CliRun.Of("specs", "materialize", "--check", "--specs", tree.Root);
        var write = CliRun.Of("specs", "materialize", "--specs", tree.Root);
        var again = CliRun.Of("specs", "materialize", "--check", "--specs", tree.Root);

        Assert.Equal(1, check.ExitCode);
        Assert.Equal("missing: specs/procountor/19.10/openapi.json\ndiffers: specs/procountor/19.11/openapi.json\n2 of 3 documents differ; run `procountor specs materialize`.\n", check.Output);
        Assert.Equal((0, "wrote specs/procountor/19.10/openapi.json\nwrote specs/procountor/19.11/openapi.json\n2 of 3 documents written; the others were current.\n"), (write.ExitCode, write.Output));
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(TestTrees.Tiny, "19.11", "openapi.json")), File.ReadAllText(tree.PathOf("19.11/openapi.json")));
    }

    [Fact]
    public void A_broken_history_is_bad_input()
    {
        using var tree = new TreeCopy(TestTrees.Tiny);
        tree.Edit("history/19.12.yaml", "op: remove-item", "op: drop-item");

        var run = CliRun.Of("specs", "materialize", "--check", "--specs", tree.Root);

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.Equal("error: specs/procountor/history/19.12.yaml:15:9: unknown op 'drop-item' (expected one of add, remove, replace, rename, add-item, remove-item)\n", run.Error);
    }
}
