namespace DiplomacyTracker.Cli;

/// <summary>One verb of the command line (`analyze`, `import`, ...). Implementations are found by reflection
/// and built from the service provider, so a command asks for what it needs in its constructor.</summary>
internal interface ICliCommand
{
    /// <summary>The verb, e.g. "extract-batch" or "sources add".</summary>
    string Name { get; }

    /// <summary>One line of usage, shown by `help`.</summary>
    string Usage { get; }

    Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken);
}

/// <summary>Bad input from the user: printed as one line, exit code 2, no stack trace.</summary>
internal sealed class CliException(string message) : Exception(message);
