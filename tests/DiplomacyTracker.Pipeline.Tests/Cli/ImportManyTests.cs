using System.Text.Json.Nodes;

namespace DiplomacyTracker.Tests.Cli;

/// <summary>`import` of many articles in one run: a folder, or a list file giving each its title, date, address and source.</summary>
public class ImportManyTests
{
    private static readonly string[] Seeds = ["000_b0c96d113f6e56f9.txt", "003_b68cbd19be6fde90.txt"];

    [Fact]
    public async Task A_list_file_gives_each_article_its_own_title_date_url_and_source()
    {
        using var cli = new CliRunner();
        cli.Environment["Scraper__Sources__0__Url"] = "https://news.example.org/feed.xml"; // configured: nothing seeded
        cli.Environment["Scraper__Sources__0__Name"] = "Example wire";
        Assert.Equal(0, (await cli.RunAsync("sources", "list")).ExitCode);
        var folder = Directory.CreateDirectory(Path.Combine(cli.DataDirectory, "in")).FullName;
        foreach (var seed in Seeds) File.Copy(CliRunner.Seed(seed), Path.Combine(folder, seed));
        var list = Path.Combine(folder, "articles.tsv");
        await File.WriteAllLinesAsync(list,
        [
            "# exported from my notes",
            "path\ttitle\tpublished\turl\tsource",
            $"{Seeds[0]}\tFirst title\t2025-08-31\thttps://news.example.org/a/1\t1",
            $"{Seeds[1]}\tSecond title\t2025-09\t\tExample wire",
        ]);

        var result = await cli.RunAsync("import", "--list", list);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("imported 2 of 2: 2 stored, 0 already stored, 0 failed", result.Stdout);
        var articles = JsonNode.Parse((await cli.RunAsync("export", "--json")).Stdout)!["articles"]!.AsArray()
            .OrderBy(a => (string?)a!["title"]).ToList();
        Assert.Equal(["First title", "Second title"], articles.Select(a => (string?)a!["title"]));
        Assert.Equal("https://news.example.org/a/1", (string?)articles[0]!["url"]);
        Assert.All(articles, a => Assert.Equal(1, (int?)a!["sourceId"]));
    }

    [Fact]
    public async Task A_folder_is_imported_in_one_run_and_a_bad_line_or_file_stops_nothing_else()
    {
        using var cli = new CliRunner();
        var folder = Directory.CreateDirectory(Path.Combine(cli.DataDirectory, "in")).FullName;
        foreach (var seed in Seeds) File.Copy(CliRunner.Seed(seed), Path.Combine(folder, seed));
        await File.WriteAllTextAsync(Path.Combine(folder, "menu.html"), "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.md"), "not a page: skipped");

        var result = await cli.RunAsync("import", folder, "--published", "2025-08-31");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("imported 2 of 3: 2 stored, 0 already stored, 1 failed", result.Stdout);
        Assert.Contains("menu.html: no article found", result.Stderr);
        Assert.DoesNotContain("notes.md", result.Stdout + result.Stderr);
    }

    [Theory]
    [InlineData("path\ttitle\tdate", "unknown column 'date'")]
    [InlineData("title\turl", "needs a 'path' column")]
    public async Task A_list_file_with_a_bad_header_is_one_clear_line(string header, string expected)
    {
        using var cli = new CliRunner();
        var list = Path.Combine(cli.DataDirectory, "list.tsv");
        await File.WriteAllLinesAsync(list, [header, "a.txt\tA\t2025"]);

        var result = await cli.RunAsync("import", "--list", list);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Many_files_show_progress_on_stderr()
    {
        using var cli = new CliRunner();
        var folder = Directory.CreateDirectory(Path.Combine(cli.DataDirectory, "in")).FullName;
        const string text = "Foreign Minister Cho Hyun said on Monday that talks with Washington would resume next week.\n\n"
            + "He told reporters in Seoul that both sides wanted an agreement before the end of the year.";
        for (var i = 0; i < CliProgressEvery + 1; i++) await File.WriteAllTextAsync(Path.Combine(folder, $"{i:000}.txt"), text);

        var result = await cli.RunAsync("import", folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"import: {CliProgressEvery}/{CliProgressEvery + 1} (1 stored, {CliProgressEvery - 1} duplicate, 0 failed)", result.Stderr);
    }

    private const int CliProgressEvery = DiplomacyTracker.Cli.CliProgress.Every;
}
