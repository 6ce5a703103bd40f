using BenchmarkDotNet.Running;
using Procountor.Benchmarks;

// Full runs: `dotnet run -c Release --project tests/Procountor.Benchmarks -- --filter *Diff*`
// Quick runs (a few iterations, one line per figure with ratios against the peer measured in the same run):
//            `dotnet run -c Release --project tests/Procountor.Benchmarks -- --quick [--filter *Diff*]`
return QuickMode.IsRequested(args)
    ? QuickMode.Run(QuickMode.StripFlag(args))
    : Run(args);

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(QuickMode).Assembly).Run(args);
    return 0;
}
