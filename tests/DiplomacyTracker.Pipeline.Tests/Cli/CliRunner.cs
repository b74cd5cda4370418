using DiplomacyTracker.Cli;
using Microsoft.Data.Sqlite;

namespace DiplomacyTracker.Tests.Cli;

/// <summary>Runs the CLI in-process (<see cref="CliApplication"/>: the real host, dispatcher and commands, with this
/// runner's writers) against a data folder of its own. Starting `dotnet diplomacy-tracker.dll` costs about a second of
/// CPU per run; only <see cref="CliProcessSmokeTests"/> does that.</summary>
public sealed class CliRunner : IDisposable
{
    public CliRunner() => DataDirectory = Directory.CreateTempSubdirectory("dt-cli-").FullName;

    public string DataDirectory { get; }

    /// <summary>Extra configuration for the runs, written as environment variables would be (Scraper__Sources__0__Url).</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>The configuration every run gets: this runner's data folder, the scraper's loop off, loopback allowed.</summary>
    public Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Tracker:DataDirectory"] = DataDirectory,
            ["Scraper:Enabled"] = "false",
            ["Scraper:AllowPrivateAddresses"] = "true",
        };
        foreach (var (name, value) in Environment) settings[name.Replace("__", ":", StringComparison.Ordinal)] = value;
        return settings;
    }

    public async Task<Result> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var exit = await CliApplication.RunAsync(args, new CliConsole(TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr)),
            Settings(), timeout.Token);
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }

    public static string Seed(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Seeds", name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { }
    }
}
