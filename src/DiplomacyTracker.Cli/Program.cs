using DiplomacyTracker.Cli;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await CliApplication.RunAsync(args, CliConsole.Standard(), cancellationToken: cancel.Token);

namespace DiplomacyTracker.Cli
{
    /// <summary>Entry point type, so tests can run the CLI in-process.</summary>
    public partial class Program;
}
