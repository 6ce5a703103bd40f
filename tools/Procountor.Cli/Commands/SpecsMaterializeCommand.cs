using System.CommandLine;
using Procountor.Specs.Materializing;

namespace Procountor.Cli.Commands;

/// <summary><c>procountor specs materialize [--check]</c>.</summary>
internal static class SpecsMaterializeCommand
{
    public static Command Create()
    {
        var check = new Option<bool>("--check") { Description = SpecsHelp.Check };
        var root = SpecsOptions.Root();
        var command = new Command("materialize", SpecsHelp.Materialize) { check, root };
        command.SetAction(parseResult => SpecsOptions.Guard(parseResult, () =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var documents = Materializer.Materialize(SpecsOptions.Open(parseResult, root));
            if (parseResult.GetValue(check))
            {
                var stale = Materializer.Stale(documents);
                foreach (var document in stale)
                {
                    output.WriteLine($"{(File.Exists(document.Path) ? "differs" : "missing")}: {document.DisplayPath}");
                }

                output.WriteLine(stale.Count == 0
                    ? $"All {documents.Length} documents are as materialised."
                    : $"{stale.Count} of {documents.Length} documents differ; run `procountor specs materialize`.");
                return stale.Count == 0 ? CliApp.Success : CliApp.GateFailed;
            }

            var written = 0;
            foreach (var document in documents.Where(document => document.Write()))
            {
                output.WriteLine($"wrote {document.DisplayPath}");
                written++;
            }

            output.WriteLine($"{written} of {documents.Length} documents written; the others were current.");
            return CliApp.Success;
        }));
        return command;
    }
}
