using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using DiplomacyTracker.Bench.Scraper;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Intake;
using DiplomacyTracker.Scraping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Scraper benchmark: a full pass over N feeds × M new items served from N loopback hosts (fetch + extract + analyse
// + store), against the same pages processed and stored directly (no network) in the same run.
var options = Args.Parse(args);
Console.WriteLine($"Scraper benchmark: {options.Feeds} feeds × {options.Items} items, ~{options.Words} words/article, " +
                  $"PerHostDelayMs={options.PerHostDelayMs}, PerHostConcurrency=2, MaxConcurrentSources={options.Concurrency}");

await using var site = await BenchSite.StartAsync(options.Feeds);
var now = DateTimeOffset.UtcNow;
var pages = new List<(Uri Url, ArticleGenerator.GeneratedArticle Article, int Feed)>();
for (var f = 0; f < options.Feeds; f++)
{
    var host = site.Hosts[f];
    var items = new List<(Uri, ArticleGenerator.GeneratedArticle)>();
    for (var i = 0; i < options.Items; i++)
    {
        var url = new Uri(host, $"news/{f}/{i}.html");
        var article = ArticleGenerator.Generate(f * options.Items + i, options.Words, now);
        site.Add(url, article.Html);
        items.Add((url, article));
        pages.Add((url, article, f));
    }
    site.Add(new Uri(host, "rss.xml"), Rss(items));
}
var warmPages = Enumerable.Range(0, 2 * Args.WarmUpArticles).Select(i => (Url: new Uri(site.Hosts[0], $"warm/{i}.html"), Article: ArticleGenerator.Generate(1_000_000 + i, options.Words, now))).ToList();
foreach (var (url, article) in warmPages) site.Add(url, article.Html);
site.Add(new Uri(site.Hosts[0], "warm.xml"), Rss(warmPages.Take(Args.WarmUpArticles).Select(p => (p.Url, p.Article))));
Console.WriteLine($"Generated {pages.Count} articles, average {pages.Average(p => p.Article.Html.Length) / 1024.0:0.0} KB of HTML");

// Warm-up on a throwaway database, so tiered JIT, the EF model and connection pools are settled before anything is
// timed: a scrape of Args.WarmUpArticles pages and as many stored directly.
await using (var warm = await Bench.CreateAsync(options))
{
    var warmSource = (await warm.AddSourcesAsync([new Uri(site.Hosts[0], "warm.xml")]))[0];
    await warm.Pass.RunAsync(CancellationToken.None);
    await Parallel.ForEachAsync(warmPages.Skip(Args.WarmUpArticles), new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency }, async (page, ct) =>
    {
        await using var scope = warm.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IArticleSink>().StoreAsync(new ScrapedArticle(Encoding.UTF8.GetBytes(page.Article.Html),
            "text/html; charset=utf-8", page.Url.AbsoluteUri, DateTimeOffset.UtcNow, warmSource, page.Url.AbsoluteUri, "UTC", null, page.Article.Title, page.Article.Published), ct);
    });
}

// 1. Full pipeline through the scraper.
double scrapeRate;
long peakAfterScrape;
TimeSpan scrapeCpu;
await using (var bench = await Bench.CreateAsync(options))
{
    await bench.AddSourcesAsync(site.Hosts.Select(h => new Uri(h, "rss.xml")));
    var requestsBefore = site.Requests;
    TimedSink.Reset();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    var results = await bench.Pass.RunAsync(CancellationToken.None);
    watch.Stop();
    scrapeCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    peakAfterScrape = Memory.PeakResidentBytes();
    var (stored, byState) = await bench.CountAsync();
    scrapeRate = stored / watch.Elapsed.TotalSeconds;
    Console.WriteLine();
    Console.WriteLine($"Full pass (network + pipeline): {results.Count} sources ({results.Count(r => r.Succeeded)} ok), " +
                      $"{site.Requests - requestsBefore} HTTP requests, {stored} articles stored in {watch.Elapsed.TotalSeconds:0.00} s");
    Console.WriteLine($"  feed items: {byState}");
    Console.WriteLine($"  time inside the pipeline (sink), summed over concurrent items: {TimedSink.Total.TotalMilliseconds / Math.Max(1, stored):0.0} ms/article");
    Console.WriteLine($"  rate: {scrapeRate:0.0} articles/s; CPU {scrapeCpu.TotalMilliseconds / Math.Max(1, stored):0.0} ms/article (includes the in-process test server) → {stored / scrapeCpu.TotalSeconds:0.0} articles per CPU-second");
    Console.WriteLine($"  peak resident memory so far (VmHWM): {peakAfterScrape / 1024.0 / 1024.0:0} MB");
}

// 1b. The scraper alone (pages fetched, items recorded, nothing extracted or stored): its own cost per article.
await using (var bench = await Bench.CreateAsync(options, discardPages: true))
{
    await bench.AddSourcesAsync(site.Hosts.Select(h => new Uri(h, "rss.xml")));
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    await bench.Pass.RunAsync(CancellationToken.None);
    watch.Stop();
    var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    await using var db = bench.Db();
    var items = await db.FeedItems.CountAsync();
    Console.WriteLine();
    Console.WriteLine($"Scraper alone (fetch + bookkeeping, pages discarded): {items} items in {watch.Elapsed.TotalSeconds:0.00} s → {items / watch.Elapsed.TotalSeconds:0.0} items/s; " +
                      $"CPU {used.TotalMilliseconds / Math.Max(1, items):0.0} ms/item (includes the in-process test server)");
}

// 2. Baseline: the same pages, processed and stored directly with the same parallelism — no network, no scheduling.
await using (var bench = await Bench.CreateAsync(options))
{
    var sourceIds = await bench.AddSourcesAsync(site.Hosts.Select(h => new Uri(h, "rss.xml")));
    TimedSink.Reset();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency }, async (page, ct) =>
    {
        await using var scope = bench.Services.CreateAsyncScope();
        var sink = scope.ServiceProvider.GetRequiredService<IArticleSink>();
        await sink.StoreAsync(new ScrapedArticle(Encoding.UTF8.GetBytes(page.Article.Html), "text/html; charset=utf-8", page.Url.AbsoluteUri,
            DateTimeOffset.UtcNow, sourceIds[page.Feed], page.Url.AbsoluteUri, "UTC", null, page.Article.Title, page.Article.Published), ct);
    });
    watch.Stop();
    var baselineCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    await using var db = bench.Db();
    var stored = await db.Articles.CountAsync();
    var baseline = stored / watch.Elapsed.TotalSeconds;
    Console.WriteLine();
    Console.WriteLine($"Baseline (pipeline only, no network): {stored} articles stored in {watch.Elapsed.TotalSeconds:0.00} s → {baseline:0.0} articles/s; " +
                      $"CPU {baselineCpu.TotalMilliseconds / Math.Max(1, stored):0.0} ms/article → {stored / baselineCpu.TotalSeconds:0.0} articles per CPU-second");
    Console.WriteLine($"  time inside the pipeline (sink), summed over concurrent items: {TimedSink.Total.TotalMilliseconds / Math.Max(1, stored):0.0} ms/article");
    Console.WriteLine();
    Console.WriteLine($"Scraper rate / pipeline-only rate: {scrapeRate / baseline:0.00} (wall clock); CPU per article, scraper / pipeline-only: {scrapeCpu.TotalMilliseconds / baselineCpu.TotalMilliseconds:0.00}");
    Console.WriteLine($"Target ≥ 50 articles/s: {(scrapeRate >= 50 ? "met" : "NOT met")} ({scrapeRate:0.0}); " +
                      $"peak memory < 300 MB: {(peakAfterScrape < 300L * 1024 * 1024 ? "met" : "NOT met")} ({peakAfterScrape / 1024.0 / 1024.0:0} MB during the full pass)");
    Console.WriteLine($"Peak resident memory, whole run: {Memory.PeakResidentBytes() / 1024.0 / 1024.0:0} MB");
    if (File.Exists("/proc/loadavg"))
        Console.WriteLine($"Machine load average (1/5/15 min) at the end: {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))} on {Environment.ProcessorCount} cores");
}
return 0;

static string Rss(IEnumerable<(Uri Url, ArticleGenerator.GeneratedArticle Article)> items) =>
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Bench News</title>" +
    string.Concat(items.Select(x => $"<item><title>{WebUtility.HtmlEncode(x.Article.Title)}</title><link>{x.Url}</link>" +
        $"<guid isPermaLink=\"true\">{x.Url}</guid><description>Summary.</description><pubDate>{x.Article.Published.ToString("r", CultureInfo.InvariantCulture)}</pubDate></item>")) +
    "</channel></rss>";
