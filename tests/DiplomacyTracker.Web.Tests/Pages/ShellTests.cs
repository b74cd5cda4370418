using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>Health, security headers, friendly errors, logging to the data folder.</summary>
public sealed class ShellTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        var response = await Editors.Anonymous(factory).GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/health")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await Editors.Anonymous(factory).GetAsync(url);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Unknown_page_shows_the_friendly_404()
    {
        var response = await Editors.Anonymous(factory).GetAsync("/Articles/999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var doc = await Html.ParseAsync(response);
        Assert.Equal("Page not found", doc.QuerySelector("main h1")!.TextContent);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/SignIn")]
    [InlineData("/Statements")]
    public async Task Pages_have_no_inline_script_or_style(string url)
    {
        var doc = await Editors.Anonymous(factory).GetDocumentAsync(url);
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), "inline <script>"));
        Assert.Empty(doc.QuerySelectorAll("style"));
        Assert.Empty(doc.QuerySelectorAll("[style]"));
        Assert.Empty(doc.QuerySelectorAll("[onclick]"));
    }

    [Fact]
    public async Task Requests_are_logged_to_the_data_folder_without_their_query_string()
    {
        await Editors.Anonymous(factory).GetAsync("/Statements?q=private+search+words");
        var logs = Path.Combine(factory.DataDirectory, "logs");
        Assert.True(Directory.Exists(logs));
        var file = Assert.Single(Directory.GetFiles(logs, "web-*.log"));
        // The request line is written as the request completes, which may be just after the client has its answer.
        var text = "";
        for (var i = 0; i < 600 && !text.Contains("HTTP GET /Statements", StringComparison.Ordinal); i++) // up to 30 s on a loaded machine
        {
            if (i > 0) await Task.Delay(50);
            using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            text = await reader.ReadToEndAsync();
        }
        Assert.Matches(@"HTTP GET /Statements responded 200 in [0-9.]+ ms", text);
        Assert.DoesNotContain("private", text);
        Assert.True(Directory.Exists(Path.Combine(factory.DataDirectory, "keys")));
    }
}
