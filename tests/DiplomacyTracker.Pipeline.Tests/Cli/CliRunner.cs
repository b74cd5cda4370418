using System.Diagnostics;

namespace DiplomacyTracker.Tests.Cli;

/// <summary>Runs the real CLI (the built diplomacy-tracker.dll) against a data folder of its own.</summary>
public sealed class CliRunner : IDisposable
{
    public CliRunner() => DataDirectory = Directory.CreateTempSubdirectory("dt-cli-").FullName;

    public string DataDirectory { get; }

    /// <summary>Extra environment variables (configuration) for the runs, e.g. Scraper__Sources__0__Url.</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public async Task<Result> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "diplomacy-tracker.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["Tracker__DataDirectory"] = DataDirectory;
        start.Environment["Scraper__Enabled"] = "false";
        start.Environment["Scraper__AllowPrivateAddresses"] = "true";
        foreach (var (name, value) in Environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    public static string Seed(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Seeds", name);

    public void Dispose()
    {
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { }
    }
}
