using Procountor.Generator.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Procountor.Generator.Tests;

/// <summary>The emitted code itself, reviewed as snapshots (tool version scrubbed). Update with <c>__mismatch__</c> files.</summary>
[Collection(GeneratedCollection.Name)]
public class SnapshotTests(FeatureRuns features)
{
    [Fact]
    public void Models() => Snapshot.Match(ProcountorRun.Render(features["models.json"]));

    [Fact]
    public void Client() => Snapshot.Match(ProcountorRun.Render(features["client.json"]));

    [Fact]
    public void Unions() => Snapshot.Match(ProcountorRun.Render(features["unions.yaml"]));

    [Fact]
    public void Awkward_names() => Snapshot.Match(ProcountorRun.Render(features["awkward-names.json"]));

    /// <summary>
    /// A frozen copy of the 23.12 document (Specs/procountor-23.12.json) with the Procountor overlay, so that this
    /// snapshot changes when the generator does, not when specs/ is corrected; specs/ itself is covered by
    /// <see cref="CompilationTests"/>.
    /// </summary>
    [Fact]
    public void Procountor_23_12()
    {
        var overlay = SpecFiles.OverlayPath();
        var run = GeneratorHarness.Run(
            TestAdditionalText.Spec("/specs/procountor/23.12/openapi.json", SpecFiles.Text("procountor-23.12.json"), "Procountor.Sdk.V2312", overlay: overlay, versionLabel: "23.12"),
            new TestAdditionalText(overlay, File.ReadAllText(overlay)));

        Snapshot.Match(ProcountorRun.Render(run));
    }
}
