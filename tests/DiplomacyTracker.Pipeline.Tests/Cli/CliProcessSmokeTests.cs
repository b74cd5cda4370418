using System.Diagnostics;

namespace DiplomacyTracker.Tests.Cli;

/// <summary>The real program as a user starts it (`dotnet diplomacy-tracker.dll`): arguments, exit codes, stdout and
/// stderr across a process boundary. Everything else runs in-process through <see cref="CliRunner"/>.</summary>
public class CliProcessSmokeTests
{
    private static async Task<CliRunner.Result> RunProcessAsync(CliRunner cli, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "diplomacy-tracker.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (name, value) in cli.Settings()) start.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRunner.Result(process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Import_through_the_real_program_lands_in_the_data_folder_the_environment_names()
    {
        using var cli = new CliRunner();

        var import = await RunProcessAsync(cli, "import", CliRunner.Seed("000_b0c96d113f6e56f9.txt"), "--published", "2025-08-31");
        var again = await cli.RunAsync("import", CliRunner.Seed("000_b0c96d113f6e56f9.txt")); // in-process, same store

        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Contains("stored as article 1", import.Stdout);
        Assert.Contains("already stored as article 1", again.Stdout);
    }

    [Fact]
    public async Task Bad_input_is_one_line_on_stderr_and_a_non_zero_exit()
    {
        using var cli = new CliRunner();

        var result = await RunProcessAsync(cli, "analyze", "/no/such/file.html");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: no such file: /no/such/file.html", result.Stderr.Trim());
        Assert.Empty(result.Stdout);
    }
}
