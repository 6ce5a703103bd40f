namespace Procountor.Specs.Tests.Cli;

public class VersionsCommandTests
{
    [Fact]
    public void Lists_every_version_with_month_segment_document_and_lifecycle()
    {
        var run = CliRun.Of("versions", "--specs", TestTrees.Tiny);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal("""
            version  released  segment  spec           document            lifecycle
            2        2013-05   -        none           -                   numbered
            13.1     2019-06   -        openapi-3.0.1  -                   numbered
            19.10    2019-10   v1910    openapi-3.0.1  19.10/openapi.json  supported 2019-11..2020-04
            19.11    2019-11   v1911    openapi-3.0.1  19.11/openapi.json  numbered
            19.12    2019-12   v1912    openapi-3.0.1  19.12/openapi.json  numbered

            """.ReplaceLineEndings("\n"), run.Output);
    }

    [Fact]
    public void A_folder_without_specs_is_bad_input()
    {
        var empty = Directory.CreateTempSubdirectory("procountor-empty-");
        try
        {
            var run = CliRun.Of("versions", "--specs", empty.FullName);

            Assert.Equal((2, ""), (run.ExitCode, run.Output));
            Assert.Equal($"error: {empty.FullName}: no specs/procountor/versions.yaml here\n", run.Error);
        }
        finally
        {
            empty.Delete();
        }
    }

    [Fact]
    public void A_broken_versions_yaml_is_one_line_naming_the_place()
    {
        using var tree = new TreeCopy(TestTrees.Tiny);
        tree.Edit("versions.yaml", "specFormat: none", "specFormat: nothing");

        var run = CliRun.Of("versions", "--specs", tree.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: specs/procountor/versions.yaml:17:17: 'specFormat' must be one of openapi-3.0.1, swagger-2.0, none, not 'nothing'\n", run.Error);
    }
}
