using System.Diagnostics;

namespace DiplomacyTracker.Tests.Bench;

/// <summary>
/// bench/web/run.sh's data-set step on a fresh machine: the generator's own output once ended up in the database path
/// (`db=$(dataset …)` captured it), and the run aborted later. A stub generator that talks on stdout stands in for the
/// real one (bash is the only process started).
/// </summary>
public class BenchDataSetScriptTests
{
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "bench", "web", "dataset.sh"))) return dir.FullName;
        throw new InvalidOperationException("bench/web/dataset.sh not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> DataSetAsync(string benchDir, string generator)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"set -euo pipefail; source '{RepoRoot()}/bench/web/dataset.sh'; db=$(dataset bench-tiny 10 2 1); echo \"[$db]\"");
        start.Environment["BENCH_DIR"] = benchDir;
        start.Environment["GEN"] = generator;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task The_data_set_step_yields_the_path_alone_and_generates_once()
    {
        var dir = Directory.CreateTempSubdirectory("dt-bench-").FullName;
        try
        {
            var stub = Path.Combine(dir, "gen.sh");
            // Says what it did on stdout, as the real generator did, and counts its runs.
            await File.WriteAllTextAsync(stub, "#!/usr/bin/env bash\necho \"generated into $3\"\necho x >> \"$(dirname \"$3\")/runs\"\necho data > \"$3\"\n");

            var first = await DataSetAsync(dir, $"bash {stub}");
            var again = await DataSetAsync(dir, $"bash {stub}");

            var expected = $"[{Path.Combine(dir, "bench-tiny.db")}]";
            Assert.True(first.Exit == 0, first.Stderr);
            Assert.Equal(expected, first.Stdout.Trim());
            Assert.Contains("generated into", first.Stderr);
            Assert.Equal(expected, again.Stdout.Trim());
            Assert.Single(await File.ReadAllLinesAsync(Path.Combine(dir, "runs")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_generator_that_makes_nothing_stops_the_benchmark_with_one_line()
    {
        var dir = Directory.CreateTempSubdirectory("dt-bench-").FullName;
        try
        {
            var result = await DataSetAsync(dir, "true");

            Assert.NotEqual(0, result.Exit);
            Assert.Equal("", result.Stdout.Trim());
            Assert.Contains("the generator made no data set", result.Stderr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
