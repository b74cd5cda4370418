namespace DiplomacyTracker.Cli;

/// <summary>"import: 120/1300 (118 stored, 1 duplicate, 1 failed)" on stderr while a long command works: one line
/// redrawn in a terminal, a line every <see cref="Every"/> items otherwise (logs stay short). Silent for one item.</summary>
internal sealed class CliProgress(CliConsole console, string verb, int total)
{
    public const int Every = 25;

    private int _done;

    /// <summary>Counts one more item done; <paramref name="tally"/> says how the items so far went.</summary>
    public void Step(string tally)
    {
        _done++;
        if (total <= 1) return;
        var line = $"{verb}: {_done}/{total} ({tally})";
        if (console.ErrorIsTerminal)
            console.Error.Write($"\r{line}\u001b[K{(_done == total ? "\n" : "")}");
        else if (_done % Every == 0 && _done < total)
            console.Error.WriteLine(line);
    }
}
