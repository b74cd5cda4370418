using System.Text;
using DiplomacyTracker.Cli;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Scraping;
using DiplomacyTracker.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Tests.Trust;

/// <summary>
/// Issue 11 (4, 5): the CLI cleans its words and files at the edge like the web app, and `reanalyze --all` goes on past
/// an article that cannot be analysed (it used to stop after 18 of 70). In process: the CLI's own dispatcher and services.
/// </summary>
public sealed class CliEdgeTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly ServiceProvider _services;
    private readonly CliConsole _console = new(TextWriter.Null, TextWriter.Null);

    public CliEdgeTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tracker"] = _database.ConnectionString, ["Tracker:DataDirectory"] = _database.Directory,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(_console);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddTrackerPipeline(configuration);
        services.AddTrackerScraper(configuration);
        services.AddCliCommands();
        services.AddScoped<ArticleInputReader>();
        _services = services.BuildServiceProvider();
    }

    private Task<int> RunAsync(params string[] args) => new CommandDispatcher(_services, _console).RunAsync(args, CancellationToken.None);

    [Fact]
    public async Task Words_and_files_holding_U_FFFE_are_imported_cleaned()
    {
        var file = Path.Combine(_database.Directory, "article.txt");
        var body = File.ReadAllText(TrustStore.CorpusFiles.First(f => f.EndsWith("article_16.txt", StringComparison.Ordinal)));
        await File.WriteAllTextAsync(file, string.Join("\n", body.Split('\n').SkipWhile(l => l.Length > 0).Skip(1)).Replace("Putin", "Pu\uFFFEtin"), Encoding.UTF8);

        Assert.Equal(0, await RunAsync("import", file, "--title", "Kim\uFFFE meets Putin", "--published", "2019-04-25"));

        await using var db = _database.CreateContext();
        var article = await db.Articles.SingleAsync();
        Assert.Equal("Kim\uFFFD meets Putin", article.Title);
        Assert.False(InputText.NeedsCleaning(article.Text));
        Assert.Contains("Pu\uFFFDtin", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reanalyze_all_goes_on_past_an_article_that_fails_and_says_which()
    {
        var files = TrustStore.CorpusFiles.Take(4).ToList();
        foreach (var f in files)
        {
            var copy = Path.Combine(_database.Directory, Path.GetFileName(f));
            await File.WriteAllTextAsync(copy, string.Join("\n", File.ReadAllLines(f).SkipWhile(l => l.Length > 0).Skip(1)));
            Assert.Equal(0, await RunAsync("import", copy, "--published", "2019-01-01"));
        }
        await using (var db = _database.CreateContext())
        {
            // The second article's stored page is damaged: its re-analysis cannot read it.
            var second = await db.Articles.OrderBy(a => a.Id).Skip(1).FirstAsync();
            second.RawGzip = [1, 2, 3, 4];
            second.AnalyzedUtc = DateTime.UnixEpoch;
            await db.Articles.Where(a => a.Id != second.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.AnalyzedUtc, DateTime.UnixEpoch));
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await RunAsync("reanalyze", "--all"));

        await using (var db = _database.CreateContext())
        {
            var analysed = await db.Articles.OrderBy(a => a.Id).Select(a => a.AnalyzedUtc).ToListAsync();
            Assert.Equal(4, analysed.Count);
            Assert.Equal(DateTime.UnixEpoch, analysed[1]); // the damaged one kept what it had
            Assert.All([analysed[0], analysed[2], analysed[3]], t => Assert.True(t > DateTime.UnixEpoch.AddYears(50)));
        }
    }

    public void Dispose()
    {
        _services.Dispose();
        _database.Dispose();
    }
}
