using DiplomacyTracker.Evaluation.Peers;
using DiplomacyTracker.Scraping;

// Feed, feed-date and robots.txt benchmark: other projects' public test suites run through the library's own API
// (FeedParser.Parse, FeedDates.Parse, RobotsPolicy), scored by the protocols in peers/README.md.
//   dotnet run -c Release --project bench/DiplomacyTracker.Bench.Feeds -- [--peers DIR] [--verbose]
var verbose = args.Contains("--verbose");
var peers = args.SkipWhile(a => a != "--peers").Skip(1).FirstOrDefault() ?? FindPeers();
if (peers is null || !Directory.Exists(peers))
{
    Console.Error.WriteLine("peers folder not found: pass --peers /path/to/shared/peers");
    return 2;
}

// --- feedparser's corpus ---
var suite = FeedSuite.Load(Path.Combine(peers, "feedparser", "cases.json"));
var wellFormed = suite.Cases.Where(c => c.IsWellFormed).ToList();
var illFormed = suite.Cases.Where(c => !c.IsWellFormed).ToList();
var withLinks = wellFormed.Select(c => FeedCaseRunner.Run(c, suite.Read(c), addLinks: true)).ToList();
var asServed = wellFormed.Select(c => FeedCaseRunner.Run(c, suite.Read(c), addLinks: false)).ToList();
var ill = illFormed.Select(c => FeedCaseRunner.Run(c, suite.Read(c), addLinks: false)).ToList();
var crashes = withLinks.Concat(asServed).Concat(ill).Count(r => r.Crash is not null);
Console.WriteLine($"feedparser corpus ({Path.Combine(peers, "feedparser")}): {suite.Cases.Count} files");
Console.WriteLine($"  well-formed files passing, link added to link-less entries: {withLinks.Count(r => r.Passed)} / {wellFormed.Count}"
    + $"  (entry checks {withLinks.Sum(r => r.Checks.Count(c => c.Passed))} / {withLinks.Sum(r => r.Checks.Count)})");
Console.WriteLine($"  well-formed files passing, as served:                        {asServed.Count(r => r.Passed)} / {wellFormed.Count}"
    + $"  (entry checks {asServed.Sum(r => r.Checks.Count(c => c.Passed))} / {asServed.Sum(r => r.Checks.Count)})");
Console.WriteLine($"  ill-formed files with nothing but a format error escaping:   {ill.Count(r => r.Passed)} / {illFormed.Count}"
    + $"  ({ill.Count(r => r.Error is not null)} format errors, {ill.Count(r => r.Error is null)} read with {ill.Sum(r => r.Entries)} entries salvaged)");
Console.WriteLine($"  exceptions other than FeedFormatException escaping FeedParser.Parse: {crashes}");
if (verbose)
{
    foreach (var r in withLinks.Where(r => !r.Passed))
        Console.WriteLine($"    FAIL {r.Case.File}: {r.Error ?? r.Crash ?? string.Join("; ", r.Checks.Where(c => !c.Passed).Select(c => $"{c.Check} got \"{c.Actual}\""))}");
    foreach (var r in ill)
        Console.WriteLine($"    {(r.Passed ? "ok  " : "FAIL")} {r.Case.File}: {r.Crash ?? r.Error ?? $"{r.Entries} entries"}");
}

// --- feedparser's date strings ---
var dateResults = suite.Dates.Select(d =>
{
    try
    {
        // feedparser's answer is a time tuple: whole seconds.
        var parsed = FeedDates.Parse(d.Input, FeedDates.FindZone(d.Zone)) is { } p ? p.ToUniversalTime().AddTicks(-(p.Ticks % TimeSpan.TicksPerSecond)) : (DateTimeOffset?)null;
#pragma warning disable IDE0004 // the cast types the tuple element (the analyser misreads it)
        return (Case: d, Passed: parsed == d.Expected, Actual: parsed?.ToUniversalTime().ToString("u") ?? "null", Crash: (string?)null);
#pragma warning restore IDE0004
    }
    catch (Exception ex)
    {
        return (Case: d, Passed: false, Actual: "crash", Crash: $"{ex.GetType().Name}: {ex.Message}");
    }
}).ToList();
Console.WriteLine($"feedparser date strings: {dateResults.Count(r => r.Passed)} / {dateResults.Count}, crashes: {dateResults.Count(r => r.Crash is not null)}");
if (verbose)
    foreach (var r in dateResults.Where(r => !r.Passed))
        Console.WriteLine($"    FAIL [{r.Case.Parser}] \"{r.Case.Input}\" ({r.Case.Zone}): want {r.Case.Expected?.ToString("u") ?? "null"}, got {r.Crash ?? r.Actual}");

// --- Google's robots.txt tests ---
var robots = RobotsSuite.Load(Path.Combine(peers, "robotstxt", "robots_test.cc"));
var robotsResults = robots.Cases.Select(c => (Case: c, Result: RobotsCaseRunner.Run(c))).ToList();
foreach (var (label, rfc) in new[] { ("ID_ (RFC 9309)", true), ("GoogleOnly_", false) })
{
    var part = robotsResults.Where(r => r.Case.IsRfc == rfc).ToList();
    var allowedOnly = part.Where(r => r.Case.Kind == RobotsCaseKind.Allowed).ToList();
    Console.WriteLine($"robots.txt {label}: {part.Count(r => r.Result.Passed)} / {part.Count} cases"
        + $" (IsUserAgentAllowed {allowedOnly.Count(r => r.Result.Passed)} / {allowedOnly.Count})");
}
Console.WriteLine($"robots.txt EXPECTs with no counterpart in our API (parser callbacks, loop-built input): "
    + string.Join(", ", robots.Skipped.GroupBy(s => s.Test).Select(g => $"{g.Key} {g.Count()}")));
if (verbose)
    foreach (var (c, result) in robotsResults.Where(r => !r.Result.Passed))
        Console.WriteLine($"    FAIL {c} {c.Kind}: agent \"{c.Agent}\" url \"{c.Url}\" want {(c.Kind == RobotsCaseKind.Sitemap ? c.ExpectedValue : c.Expected)}, got {result.Actual}");
// --- speed: FeedParser.Parse against a strict XDocument load of the same bytes (the baseline), same run ---
var items = string.Concat(Enumerable.Range(1, 500).Select(i =>
    $"<item><title>Envoy &amp; minister meet, round {i}</title><link>https://news.example/politics/{i}?utm_source=rss</link>"
    + $"<guid isPermaLink=\"false\">story-{i}</guid><pubDate>Sat, 21 Nov 2026 {i % 24:00}:05:00 +0900</pubDate>"
    + $"<dc:date>2026-11-21T{i % 24:00}:05:00+09:00</dc:date><description><![CDATA[<p>{string.Concat(Enumerable.Repeat("Officials in Seoul said talks would continue. ", 20))}</p>]]></description></item>"));
var sample = System.Text.Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>t</title>{items}</channel></rss>");
var sampleBase = new Uri("https://news.example/rss");
void Ours() => FeedParser.Parse(sample, "application/rss+xml", sampleBase, TimeZoneInfo.Utc);
void Strict() => System.Xml.Linq.XDocument.Load(new MemoryStream(sample));
for (var w = 0; w < 20; w++) { Ours(); Strict(); }
List<double> ours = [], strict = [];
for (var r = 0; r < 40; r++) // alternate, so load from other processes falls on both alike
{
    var t = System.Diagnostics.Stopwatch.StartNew(); Ours(); ours.Add(t.Elapsed.TotalMilliseconds);
    t.Restart(); Strict(); strict.Add(t.Elapsed.TotalMilliseconds);
}
static double Median(List<double> values) { var sorted = values.Order().ToList(); return sorted[sorted.Count / 2]; }
Console.WriteLine($"speed, 500-item RSS ({sample.Length / 1024} KiB), median of 40: FeedParser.Parse {Median(ours):F2} ms"
    + $" (entries, dates, titles), strict XDocument.Load of the same bytes {Median(strict):F2} ms (tree only): ratio {Median(ours) / Median(strict):F2}x");
return 0;

static string? FindPeers()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "shared", "peers");
        if (Directory.Exists(candidate)) return candidate;
        candidate = Path.Combine(dir.FullName, "..", "shared", "peers");
        if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
    }
    return null;
}
