using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace DiplomacyTracker.Tests.Cli;

public class CliCommandTests
{
    private const string Seed000 = "000_b0c96d113f6e56f9.txt";

    [Theory]
    [InlineData("analyze", "/no/such/file.html")]
    [InlineData("import", "/no/such/file.html")]
    [InlineData("analyze", "SEED", "--published", "2025-13-45")]
    [InlineData("import", "SEED", "--url", "not a url")]
    [InlineData("reanalyze", "abc")]
    [InlineData("restore", "/no/such/export.json")]
    [InlineData("export")]
    [InlineData("frobnicate")]
    public async Task Bad_input_exits_non_zero_with_one_clear_line(params string[] args)
    {
        using var cli = new CliRunner();
        var result = await cli.RunAsync(args.Select(a => a == "SEED" ? CliRunner.Seed(Seed000) : a).ToArray());

        Assert.NotEqual(0, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines, l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
    }

    [Fact]
    public async Task Analyze_json_has_the_documented_shape_and_stores_nothing()
    {
        using var cli = new CliRunner();
        var result = await cli.RunAsync("analyze", CliRunner.Seed(Seed000), "--published", "2025-08-31", "--title", "Trump and Lee Unite", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.Stdout)!.AsObject();
        foreach (var key in new[] { "title", "publishedAt", "byline", "language", "text", "relevant", "actors", "statements", "summits" })
            Assert.True(json.ContainsKey(key), $"missing {key}");
        Assert.Equal("Trump and Lee Unite", (string?)json["title"]);
        Assert.Equal("2025-08-31", (string?)json["publishedAt"]);
        Assert.Contains("Wi Sung-lac", (string?)json["text"]);

        var export = await cli.RunAsync("export", "--json");
        Assert.Empty(JsonNode.Parse(export.Stdout)!["articles"]!.AsArray());
    }

    [Fact]
    public async Task Import_stores_once_and_export_restore_export_round_trips()
    {
        using var source = new CliRunner();
        var first = await source.RunAsync("import", CliRunner.Seed(Seed000), "--published", "2025-08-31");
        var again = await source.RunAsync("import", CliRunner.Seed(Seed000), "--published", "2025-08-31");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("stored as article 1", first.Stdout);
        Assert.Contains("already stored as article 1", again.Stdout);
        // An editor's "this article is not about summit 1" must survive the round trip too.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(source.DataDirectory, "tracker.db")}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO \"SummitEvidenceRejections\" (\"SummitId\", \"ArticleId\", \"CreatedUtc\") VALUES (1, 1, '2025-09-01 00:00:00')";
            await command.ExecuteNonQueryAsync();
        }

        var exported = await source.RunAsync("export", "--json");
        Assert.Equal(0, exported.ExitCode);
        var doc = JsonNode.Parse(exported.Stdout)!;
        Assert.Equal(DiplomacyTracker.Data.Export.ExportDocument.CurrentVersion, (int)doc["formatVersion"]!);
        Assert.Single(doc["articles"]!.AsArray());
        Assert.Equal(1, (int)doc["summits"]!.AsArray().Single(x => (int)x!["id"]! == 1)!["unlinkedArticles"]![0]!);

        using var target = new CliRunner();
        var file = Path.Combine(target.DataDirectory, "export.json");
        await File.WriteAllTextAsync(file, exported.Stdout);
        var restored = await target.RunAsync("restore", file);
        Assert.Equal(0, restored.ExitCode);
        var reexported = await target.RunAsync("export", "--json");
        Assert.Equal(exported.Stdout, reexported.Stdout);

        var twice = await target.RunAsync("restore", file);
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("empty store", twice.Stderr);
    }

    [Fact]
    public async Task Backup_writes_a_consistent_copy()
    {
        using var cli = new CliRunner();
        await cli.RunAsync("import", CliRunner.Seed(Seed000), "--published", "2025-08-31");
        var target = Path.Combine(cli.DataDirectory, "backup.db");
        var result = await cli.RunAsync("backup", target);

        Assert.Equal(0, result.ExitCode);
        using var connection = new SqliteConnection($"Data Source={target};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Articles";
        Assert.Equal(1L, (long)command.ExecuteScalar()!);
        Assert.NotEqual(0, (await cli.RunAsync("backup", target)).ExitCode);
    }
}
