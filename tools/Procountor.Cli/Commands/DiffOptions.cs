using System.CommandLine;
using System.Globalization;
using Procountor.SpecDiff.Formats;
using Procountor.SpecDiff.Ignoring;
using Procountor.SpecDiff.Loading;
using Procountor.SpecDiff.Model;
using Procountor.SpecDiff.Reports;
using Procountor.SpecDiff.Rules;
using Procountor.Specs;

namespace Procountor.Cli.Commands;

/// <summary>
/// The arguments and options the diff commands share, and how they become a <see cref="RangeReport"/>. Values are
/// read as text and checked here, so that every usage error is one line and exit code 2.
/// </summary>
internal sealed class DiffOptions
{
    private readonly Argument<string[]> _documents = new("documents") { Description = DiffHelp.Base + " " + DiffHelp.Revision, Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<string?> _from = new("--from") { Description = DiffHelp.From, HelpName = "version" };
    private readonly Option<string?> _to = new("--to") { Description = DiffHelp.To, HelpName = "version" };
    private readonly Option<string?> _format = new("--format", "-f") { Description = DiffHelp.Format, HelpName = "format" };
    private readonly Option<string?> _output = new("--output", "-o") { Description = DiffHelp.Output, HelpName = "file" };
    private readonly Option<string?> _failOn = new("--fail-on") { Description = DiffHelp.FailOn, HelpName = "ERR|WARN" };
    private readonly Option<string?> _ignore = new("--ignore") { Description = DiffHelp.Ignore, HelpName = "file" };
    private readonly Option<string?> _date = new("--date") { Description = DiffHelp.Date, HelpName = "yyyy-MM-dd" };
    private readonly Option<string?> _daysBeta = new("--deprecation-days-beta") { Description = DiffHelp.DeprecationDaysBeta, HelpName = "days" };
    private readonly Option<string?> _daysStable = new("--deprecation-days-stable") { Description = DiffHelp.DeprecationDaysStable, HelpName = "days" };
    private readonly Option<string?> _color = new("--color") { Description = DiffHelp.Color, HelpName = "auto|always|never" };
    private readonly Option<DirectoryInfo?> _specs = SpecsOptions.Root();

    /// <summary>A command with these options; unknown tokens are left for <see cref="Check"/> to report.</summary>
    public Command Command(string name, string description, bool withGate = true)
    {
        var command = new Command(name, description) { _documents, _from, _to, _format, _output, _ignore, _date, _daysBeta, _daysStable, _color, _specs };
        if (withGate)
        {
            command.Options.Add(_failOn);
        }

        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    public DateOnly Date(ParseResult result) =>
        result.GetValue(_date) is { } text
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new UsageException($"--date must be yyyy-MM-dd, not '{text}'")
            : DateOnly.FromDateTime(DateTime.UtcNow);

    public ReportFormat Format(ParseResult result, params ReportFormat[] allowed)
    {
        var text = result.GetValue(_format) ?? "text";
        if (Enum.TryParse<ReportFormat>(text, ignoreCase: true, out var format) && !int.TryParse(text, out _) && (allowed.Length == 0 || allowed.Contains(format)))
        {
            return format;
        }

        var names = (allowed.Length == 0 ? Enum.GetValues<ReportFormat>() : allowed).Select(f => f.ToString().ToLowerInvariant());
        throw new UsageException($"unknown format '{text}'; expected {string.Join(", ", names)}");
    }

    public ChangeLevel? FailOn(ParseResult result) => result.GetValue(_failOn) switch
    {
        null => null,
        var t when t.Equals("ERR", StringComparison.OrdinalIgnoreCase) => ChangeLevel.Err,
        var t when t.Equals("WARN", StringComparison.OrdinalIgnoreCase) => ChangeLevel.Warn,
        var t => throw new UsageException($"--fail-on takes ERR or WARN, not '{t}'"),
    };

    public bool Color(ParseResult result, TextWriter output) => (result.GetValue(_color) ?? "auto") switch
    {
        "always" => true,
        "never" => false,
        "auto" => result.GetValue(_output) is null && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
        var other => throw new UsageException($"--color takes auto, always or never, not '{other}'"),
    };

    /// <summary>Rejects tokens the parser did not recognise (a mistyped option, a third document).</summary>
    public static void Check(ParseResult result)
    {
        if (result.UnmatchedTokens.Count > 0)
        {
            throw new UsageException($"unrecognised argument '{result.UnmatchedTokens[0]}'");
        }

        if (result.Errors.Count > 0)
        {
            throw new UsageException(result.Errors[0].Message);
        }
    }

    /// <summary>Loads the documents and compares them.</summary>
    public RangeReport Compare(ParseResult result, bool needsNotes = false)
    {
        Check(result);
        var options = new RuleOptions
        {
            Date = Date(result),
            DeprecationDaysBeta = Days(result, _daysBeta, "--deprecation-days-beta"),
            DeprecationDaysStable = Days(result, _daysStable, "--deprecation-days-stable"),
        };
        var sources = new SpecSources(() => result.GetValue(_specs) is { } directory ? SpecsRepository.Open(directory.FullName) : SpecsRepository.Discover(Environment.CurrentDirectory));
        var documents = Documents(result, sources);
        var ignore = result.GetValue(_ignore) is { } file ? IgnoreList.Load(file) : IgnoreList.Empty;
        if (needsNotes && sources.Repository is null)
        {
            throw new UsageException("check-release-notes compares versions of versions.yaml (give version ids or --from/--to)");
        }

        var notes = sources.Repository?.ReleaseNotes;
        return new SpecDiffEngine(options, notes, ignore).Compare(documents);
    }

    public string IgnoreFile(ParseResult result) => result.GetValue(_ignore) ?? string.Empty;

    /// <summary>Writes the report to <c>--output</c> or standard output.</summary>
    public void Write(ParseResult result, string text)
    {
        if (result.GetValue(_output) is { } path)
        {
            File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
            return;
        }

        result.InvocationConfiguration.Output.Write(text);
    }

    private IReadOnlyList<LoadedSpec> Documents(ParseResult result, SpecSources sources)
    {
        var documents = result.GetValue(_documents) ?? [];
        var from = result.GetValue(_from);
        var to = result.GetValue(_to);
        if (from is not null || to is not null)
        {
            if (from is null || to is null || documents.Length > 0)
            {
                throw new UsageException("give --from and --to together, without document arguments");
            }

            return sources.Range(from, to);
        }

        if (documents.Length != 2)
        {
            throw new UsageException($"expected two documents (base and revision) or --from and --to; got {documents.Length} argument(s)");
        }

        return [sources.Load(documents[0]), sources.Load(documents[1])];
    }

    private static int Days(ParseResult result, Option<string?> option, string name) =>
        result.GetValue(option) is not { } text ? 0
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days
        : throw new UsageException($"{name} takes a number of days, not '{text}'");
}
