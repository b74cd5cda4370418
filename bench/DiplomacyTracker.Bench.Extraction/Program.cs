using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DiplomacyTracker.Extraction;

// Extraction benchmark: one thread, warm-up, then per-page timings for (a) AngleSharp parse alone and
// (b) full extraction, over the aeb-dev pages. `--out file.json` also writes the extractions for scoring.
var showIndex = Array.IndexOf(args, "--show");
if (showIndex >= 0 && showIndex + 1 < args.Length)
{
    // Diagnostic: print what the extractor makes of one page (optionally with --url and --content-type).
    var urlArg = Array.IndexOf(args, "--url") is var ui and >= 0 ? new Uri(args[ui + 1]) : null;
    var typeArg = Array.IndexOf(args, "--content-type") is var ti and >= 0 ? args[ti + 1] : null;
    var shown = ArticleExtractor.Extract(new PageInput(Read(args[showIndex + 1]), urlArg, typeArg));
    Console.WriteLine($"found={shown.Found} error={shown.Error}\ntitle={shown.Title}\nbyline={shown.Byline}\nsite={shown.SiteName}\nlang={shown.Language}");
    Console.WriteLine($"canonical={shown.CanonicalUrl}\nimage={shown.LeadImageUrl}\npublished={shown.Published?.ToIsoString()} ({shown.PublishedSource})\n---\n{shown.Text}");
    return 0;
}

var dir = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? FindDefaultDir();
var outIndex = Array.IndexOf(args, "--out");
var outFile = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : null;
var rounds = args.Contains("--quick") ? 1 : 5;

var pages = Directory.EnumerateFiles(dir).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".html.gz", StringComparison.Ordinal))
    .Order(StringComparer.Ordinal).Select(f => (Id: Path.GetFileName(f).Replace(".html.gz", "").Replace(".html", ""), Bytes: Read(f))).ToList();
if (pages.Count == 0) { Console.Error.WriteLine($"no *.html or *.html.gz pages in {dir}"); return 2; }
Console.WriteLine($"pages: {pages.Count} from {dir}, {pages.Sum(p => p.Bytes.Length) / 1024} KiB, {rounds} measured rounds");

// Both sides build their parser per page, as the extractor does; they alternate page by page so that load from
// other processes on the machine falls on both alike.
void Parse(byte[] bytes) => new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(PageDecoder.Decode(bytes, null));
void Extract(byte[] bytes) => ArticleExtractor.Extract(new PageInput(bytes));

for (var w = 0; w < 2; w++)
    foreach (var p in pages) { Parse(p.Bytes); Extract(p.Bytes); } // warm-up (JIT tiers)
List<double> cpuA = [], cpuB = [];
var lastCpu = 0.0;
var (parse, extract) = Measure(Parse, Extract);
Report("(a) parse (decode + AngleSharp)", parse);
Report("(b) full extraction", extract);
Console.WriteLine($"ratio (b)/(a): median {Median(extract) / Median(parse):F2}x, total {extract.Sum() / parse.Sum():F2}x, median of per-page ratios {Median(parse.Zip(extract, (x, y) => y / x).ToList()):F2}x");
// Other processes on a shared machine only ever add time, so each page's best round is the steadiest figure.
var bestParse = BestPerPage(parse);
var bestExtract = BestPerPage(extract);
Console.WriteLine($"best of {rounds} rounds per page:");
Report("(a) parse (decode + AngleSharp)", bestParse);
Report("(b) full extraction", bestExtract);
Console.WriteLine($"ratio (b)/(a): median {Median(bestExtract) / Median(bestParse):F2}x, total {bestExtract.Sum() / bestParse.Sum():F2}x, median of per-page ratios {Median(bestParse.Zip(bestExtract, (x, y) => y / x).ToList()):F2}x");

// This thread's CPU time is immune to time spent waiting for a core on a loaded machine (wall time is not).
if (ThreadCpu.Available)
{
    var cpuBestA = BestPerPage(cpuA);
    var cpuBestB = BestPerPage(cpuB);
    Console.WriteLine($"thread CPU time, best of {rounds} rounds per page:");
    Report("(a) parse (decode + AngleSharp)", cpuBestA);
    Report("(b) full extraction", cpuBestB);
    Console.WriteLine($"ratio (b)/(a): median {Median(cpuBestB) / Median(cpuBestA):F2}x, total {cpuBestB.Sum() / cpuBestA.Sum():F2}x, median of per-page ratios {Median(cpuBestA.Zip(cpuBestB, (x, y) => y / x).ToList()):F2}x");
    var over = cpuBestA.Zip(cpuBestB, (x, y) => y / x).Count(r => r > 2);
    var slowest = Enumerable.Range(0, pages.Count).OrderByDescending(i => cpuBestB[i] / cpuBestA[i]).Take(3)
        .Select(i => $"{pages[i].Id[..8]} {pages[i].Bytes.Length / 1024} KiB {cpuBestB[i] / cpuBestA[i]:F2}x");
    Console.WriteLine($"pages over 2x: {over} of {pages.Count}; highest ratios: {string.Join(", ", slowest)}");
    var big = Enumerable.Range(0, pages.Count).Where(i => pages[i].Bytes.Length >= 200 * 1024).ToList();
    var rest = Enumerable.Range(0, pages.Count).Except(big).ToList();
    Console.WriteLine($"totals by page size: >= 200 KiB ({big.Count} pages) {big.Sum(i => cpuBestB[i]) / big.Sum(i => cpuBestA[i]):F2}x, smaller ({rest.Count}) {rest.Sum(i => cpuBestB[i]) / rest.Sum(i => cpuBestA[i]):F2}x");
}

// Allocations are immune to machine load: bytes allocated on this thread by one parse vs one extraction.
var allocParse = pages.Select(p => Allocated(Parse, p.Bytes)).ToList();
var allocExtract = pages.Select(p => Allocated(Extract, p.Bytes)).ToList();
Console.WriteLine($"allocated: parse {allocParse.Sum() / 1048576.0:F1} MiB, extraction {allocExtract.Sum() / 1048576.0:F1} MiB over {pages.Count} pages, " +
    $"ratio total {(double)allocExtract.Sum() / allocParse.Sum():F2}x, largest page extraction {allocExtract.Max() / 1048576.0:F1} MiB; gen0/1/2 collections so far {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");

if (outFile is not null)
{
    var output = new SortedDictionary<string, object?>(StringComparer.Ordinal);
    foreach (var p in pages)
    {
        var a = ArticleExtractor.Extract(new PageInput(p.Bytes));
        output[p.Id] = new { title = a.Title, publishedAt = a.Published?.ToIsoString(), articleBody = a.Text };
    }
    File.WriteAllText(outFile, JsonSerializer.Serialize(output, new JsonSerializerOptions { WriteIndented = true }));
    Console.WriteLine($"wrote {outFile}");
    var truth = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dir))!, "ground-truth.json");
    var script = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dir))!, "..", "tools", "score_extraction.py"));
    if (File.Exists(truth) && File.Exists(script))
    {
        using var python = Process.Start(new ProcessStartInfo("python3", [script, truth, outFile]) { RedirectStandardOutput = true });
        if (python is not null) { Console.Write("F1: " + python.StandardOutput.ReadToEnd()); python.WaitForExit(); }
    }
}
return 0;

(List<double> A, List<double> B) Measure(Action<byte[]> a, Action<byte[]> b)
{
    List<double> timesA = [], timesB = [];
    for (var r = 0; r < rounds; r++)
        foreach (var p in pages)
        {
            timesA.Add(Time(a, p.Bytes));
            cpuA.Add(lastCpu);
            timesB.Add(Time(b, p.Bytes));
            cpuB.Add(lastCpu);
        }
    return (timesA, timesB);
}

static long Allocated(Action<byte[]> work, byte[] bytes)
{
    var before = GC.GetAllocatedBytesForCurrentThread();
    work(bytes);
    return GC.GetAllocatedBytesForCurrentThread() - before;
}

double Time(Action<byte[]> work, byte[] bytes)
{
    var cpu = ThreadCpu.Milliseconds();
    var sw = Stopwatch.StartNew();
    work(bytes);
    var wall = sw.Elapsed.TotalMilliseconds;
    lastCpu = ThreadCpu.Milliseconds() - cpu;
    return wall;
}

void Report(string name, List<double> ms)
{
    var sorted = ms.Order().ToList();
    Console.WriteLine($"{name,-34} {ms.Count / (ms.Sum() / 1000):F1} pages/s, median {Median(ms):F2} ms, p95 {sorted[(int)(sorted.Count * 0.95)]:F2} ms");
}

List<double> BestPerPage(List<double> times) =>
    Enumerable.Range(0, pages.Count).Select(i => Enumerable.Range(0, rounds).Min(r => times[r * pages.Count + i])).ToList();

static double Median(List<double> ms) { var s = ms.Order().ToList(); return s[s.Count / 2]; }

static byte[] Read(string path)
{
    if (!path.EndsWith(".gz", StringComparison.Ordinal)) return File.ReadAllBytes(path);
    using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
    using var ms = new MemoryStream();
    gz.CopyTo(ms);
    return ms.ToArray();
}

static string FindDefaultDir()
{
    for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "DiplomacyTracker.sln")))
            return Path.GetFullPath(Path.Combine(d.FullName, "..", "shared", "aeb-dev", "html"));
    return Path.GetFullPath(Path.Combine("..", "shared", "aeb-dev", "html"));
}

/// <summary>CPU time of the calling thread (Linux clock_gettime); waiting for a core does not count.</summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    public static bool Available { get; } = OperatingSystem.IsLinux() && Probe();

    private static bool Probe() { try { return ClockGetTime(ClockThreadCpuTimeId, out _) == 0; } catch (DllNotFoundException) { return false; } catch (EntryPointNotFoundException) { return false; } }

    public static double Milliseconds() => Available && ClockGetTime(ClockThreadCpuTimeId, out var t) == 0 ? t.Seconds * 1000.0 + t.Nanoseconds / 1e6 : 0;
}
