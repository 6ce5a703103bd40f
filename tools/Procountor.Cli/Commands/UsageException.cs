namespace Procountor.Cli.Commands;

/// <summary>The command line itself is wrong: one line on standard error and exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
