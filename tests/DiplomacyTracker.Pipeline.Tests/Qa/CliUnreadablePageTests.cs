using DiplomacyTracker.Tests.Cli;

namespace DiplomacyTracker.Tests.Qa;

/// <summary>
/// Found in a QA pass: `analyze` and `import` of a PDF printed "(untitled)" and stored an empty article with exit 0,
/// where the README promises that an unreadable page exits non-zero with one line on stderr.
/// </summary>
public class CliUnreadablePageTests
{
    [Theory]
    [InlineData("analyze")]
    [InlineData("import")]
    public async Task A_pdf_is_refused_with_one_clear_line(string verb)
    {
        using var cli = new CliRunner();
        var pdf = Path.Combine(cli.DataDirectory, "report.pdf");
        await File.WriteAllBytesAsync(pdf, [.. "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\n"u8, .. Enumerable.Range(0, 3000).Select(i => (byte)(i % 7))]);

        var result = await cli.RunAsync(verb, pdf);

        Assert.NotEqual(0, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {pdf}: no article found", line);
        Assert.DoesNotContain("stored as article", result.Stdout);
    }

    [Fact]
    public async Task One_unreadable_file_among_several_does_not_stop_the_others()
    {
        using var cli = new CliRunner();
        var empty = Path.Combine(cli.DataDirectory, "menu.html");
        await File.WriteAllTextAsync(empty, "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");

        var result = await cli.RunAsync("import", empty, CliRunner.Seed("000_b0c96d113f6e56f9.txt"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: {empty}: no article found", result.Stderr);
        Assert.Contains("000_b0c96d113f6e56f9.txt: stored as article", result.Stdout);
    }
}
