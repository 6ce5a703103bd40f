using Procountor.Generator.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Procountor.Generator.Tests;

/// <summary>The emitted code itself, reviewed as snapshots (tool version scrubbed). Update with <c>__mismatch__</c> files.</summary>
[Collection(GeneratedCollection.Name)]
public class SnapshotTests(FeatureRuns features, ProcountorRun procountor)
{
    [Fact]
    public void Models() => Snapshot.Match(ProcountorRun.Render(features["models.json"]));

    [Fact]
    public void Client() => Snapshot.Match(ProcountorRun.Render(features["client.json"]));

    [Fact]
    public void Unions() => Snapshot.Match(ProcountorRun.Render(features["unions.yaml"]));

    [Fact]
    public void Procountor_23_12()
    {
        Assert.Contains(procountor.Documents, d => d.Version == "23.12");

        Snapshot.Match(ProcountorRun.Render(procountor.Run, hint => hint.StartsWith("Procountor.Sdk.V2312.", StringComparison.Ordinal)));
    }
}
