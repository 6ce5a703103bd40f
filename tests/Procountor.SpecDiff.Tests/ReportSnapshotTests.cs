using Procountor.SpecDiff.Formats;
using Procountor.SpecDiff.Reports;
using Procountor.SpecDiff.Tests.Fixtures;
using Snapshooter;
using Snapshooter.Xunit;

namespace Procountor.SpecDiff.Tests;

/// <summary>Every output format for one real pair, 23.01 → 23.02, as a reviewed snapshot.</summary>
public sealed class ReportSnapshotTests
{
    private static readonly Lazy<RangeReport> Report = new(() =>
        RealSpecs.Instance.Engine().Compare([RealSpecs.Instance.Version("23.01"), RealSpecs.Instance.Version("23.02")]));

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Yaml)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Sarif)]
    [InlineData(ReportFormat.Junit)]
    public void Diff_23_01_to_23_02(ReportFormat format) =>
        Snapshot.Match(ReportRenderer.Render(Report.Value, format), SnapshotNameExtension.Create(format.ToString().ToLowerInvariant()));

    [Theory]
    [InlineData(ReportView.Breaking)]
    [InlineData(ReportView.Changelog)]
    [InlineData(ReportView.Summary)]
    public void Views_of_23_01_to_23_02(ReportView view) =>
        Snapshot.Match(ReportRenderer.Render(Report.Value, ReportFormat.Markdown, new RenderOptions(view)), SnapshotNameExtension.Create(view.ToString().ToLowerInvariant()));

    [Fact]
    public void Release_notes_conformance_23_01_to_23_02() =>
        Snapshot.Match(ConformanceRenderer.Render(Report.Value, ReportFormat.Text));
}
