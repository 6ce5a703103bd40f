using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Procountor.Benchmarks;

/// <summary>
/// The same benchmarks with a short job, summarised as one line per benchmark: mean time, allocations and the
/// ratio against the class's baseline (the peer: NSwag, System.Text.Json, ...), all measured in the same run.
/// </summary>
internal static class QuickMode
{
    private const string Flag = "--quick";

    public static bool IsRequested(string[] args) => args.Contains(Flag, StringComparer.Ordinal);

    public static string[] StripFlag(string[] args) => args.Where(a => a != Flag).ToArray();

    public static int Run(string[] args)
    {
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithLaunchCount(1))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.DisableLogFile);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(QuickMode).Assembly).Run(args, config);
        Console.WriteLine();
        Console.WriteLine("Quick figures (mean, allocated, ratio to the baseline of the same class):");
        foreach (var summary in summaries)
        {
            Print(summary);
        }

        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }

    private static void Print(Summary summary)
    {
        var baseline = summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Baseline);
        foreach (var report in summary.Reports)
        {
            if (report.ResultStatistics is null)
            {
                continue;
            }

            var mean = report.ResultStatistics.Mean;
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
            var ratio = baseline?.ResultStatistics is { } b && b.Mean > 0 ? (mean / b.Mean).ToString("0.00", CultureInfo.InvariantCulture) + "x" : "-";
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{report.BenchmarkCase.Descriptor.Type.Name}.{report.BenchmarkCase.Descriptor.WorkloadMethod.Name}{Parameters(report)}: {Format(mean)}, {allocated / 1024.0:0.0} KiB, {ratio}"));
        }
    }

    private static string Parameters(BenchmarkReport report) =>
        report.BenchmarkCase.HasParameters ? $"({report.BenchmarkCase.Parameters.DisplayInfo})" : string.Empty;

    private static string Format(double nanoseconds) => nanoseconds switch
    {
        < 1_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds:0.0} ns"),
        < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000:0.0} us"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000_000:0.00} ms"),
    };
}
