using DiplomacyTracker.Tests.Cli;

namespace DiplomacyTracker.Tests.Qa;

/// <summary>Found in a QA pass: CLI input that was silently ignored or answered with an unclear error.</summary>
public class CliConfigurationTests
{
    [Fact]
    public async Task Data_directory_given_on_the_command_line_is_the_store_used()
    {
        using var cli = new CliRunner();
        var other = Directory.CreateTempSubdirectory("dt-cli-other-").FullName;
        try
        {
            var first = await cli.RunAsync("editors", "add", "qa@example.org", "--password", "long enough 1", $"--Tracker:DataDirectory={other}");
            Assert.Equal(0, first.ExitCode);
            Assert.True(File.Exists(Path.Combine(other, "tracker.db")), "the editor went to another store than the one named");

            var again = await cli.RunAsync("editors", "add", "qa@example.org", "--password", "long enough 1", $"--Tracker:DataDirectory={other}");
            Assert.Equal(2, again.ExitCode);
            Assert.Contains("already exists", again.Stderr);

            var environmentStore = await cli.RunAsync("editors", "add", "qa@example.org", "--password", "long enough 1");
            Assert.Equal(0, environmentStore.ExitCode);
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("9999-12")]
    public async Task Out_of_range_published_date_is_a_bad_date_not_an_overflow(string date)
    {
        using var cli = new CliRunner();
        var result = await cli.RunAsync("analyze", CliRunner.Seed("000_b0c96d113f6e56f9.txt"), "--published", date);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: bad date '{date}'", result.Stderr);
    }

    [Fact]
    public async Task Backup_into_a_folder_is_one_clear_line()
    {
        using var cli = new CliRunner();
        var result = await cli.RunAsync("backup", cli.DataDirectory);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"error: {cli.DataDirectory} is a folder; give the name of a new file in it", line);
    }

    [Theory]
    [InlineData("bogus", "scrape", "--bogus")]
    [InlineData("out", "export", "--json", "--out", "x.json")]
    [InlineData("tilte", "analyze", "page.txt", "--tilte", "A title")]
    public async Task An_option_the_command_does_not_take_is_refused_before_it_runs(string unknown, params string[] words)
    {
        using var cli = new CliRunner();
        var result = await cli.RunAsync(words);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: '{words[0]}' has no option --{unknown}. Usage: {words[0]}", line);
        Assert.False(File.Exists(Path.Combine(cli.DataDirectory, "tracker.db")), "the command ran (it created the store)");
    }

    [Fact]
    public async Task Every_option_a_usage_line_names_is_accepted()
    {
        using var cli = new CliRunner();
        var result = await cli.RunAsync("sources", "add", "https://example.org/feed.xml", "--name", "Example", "--kind", "feed",
            "--content-selector", "article", "--timezone", "Asia/Seoul", "--interval", "45");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Added source", result.Stdout);
    }
}
