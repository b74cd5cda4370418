using System.IO.Compression;
using System.Text.Json;
using DiplomacyTracker.Cli;
using DiplomacyTracker.Cli.Commands;

namespace DiplomacyTracker.Tests.Extraction;

public sealed class ExtractBatchCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("extract-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Writes_title_date_and_body_per_page_for_plain_and_gzipped_files()
    {
        var page = Path.Combine(ExtractionTestData.GoldenDir, "seed000-wordpress.html");
        File.Copy(page, Path.Combine(_dir, "plain.html"));
        await using (var gz = new GZipStream(File.Create(Path.Combine(_dir, "zipped.html.gz")), CompressionLevel.Fastest))
            await gz.WriteAsync(await File.ReadAllBytesAsync(page));
        File.WriteAllText(Path.Combine(_dir, "notes.txt"), "not a page");
        var outFile = Path.Combine(_dir, "out.json");

        var exit = await new ExtractBatchCommand(new CliConsole(TextWriter.Null, TextWriter.Null)).RunAsync(CliArgs.Parse([_dir, "--out", outFile]), CancellationToken.None);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(File.ReadAllText(outFile));
        Assert.Equal(["plain", "zipped"], json.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        foreach (var entry in json.RootElement.EnumerateObject().Select(p => p.Value))
        {
            Assert.Equal("Trump and Lee Unite to Revive Korea Peace Talks", entry.GetProperty("title").GetString());
            Assert.Equal("2025-08-31T08:15+09:00", entry.GetProperty("publishedAt").GetString());
            Assert.StartsWith("South Korea and the United States are seeking", entry.GetProperty("articleBody").GetString());
        }
    }

    [Fact]
    public async Task Missing_out_option_is_a_clear_usage_error()
    {
        var error = await Assert.ThrowsAsync<CliException>(() => new ExtractBatchCommand(new CliConsole(TextWriter.Null, TextWriter.Null)).RunAsync(CliArgs.Parse([_dir]), CancellationToken.None));
        Assert.Contains("--out", error.Message);
    }

    [Fact]
    public async Task Folder_without_pages_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<CliException>(() => new ExtractBatchCommand(new CliConsole(TextWriter.Null, TextWriter.Null)).RunAsync(CliArgs.Parse([_dir, "--out", Path.Combine(_dir, "o.json")]), CancellationToken.None));
        Assert.Contains("no *.html", error.Message);
    }
}
