using System.Diagnostics;
using System.Globalization;
using DiplomacyTracker.Data;
using DiplomacyTracker.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Bench.Web;

/// <summary>
/// The search mix measured in-process with the page's own code (SpeakerLookup + StatementSearch, one DbContext per
/// query as per request): half speaker only, a third speaker + a word, the rest words or a phrase; a LIKE scan of the
/// same queries beside it as the baseline an index must beat.
/// </summary>
internal static class SearchMix
{
    private static readonly string[] WordQueries = ["peace", "sanctions", "denuclearization", "\"peace talks\"", "denucl*", "Yongbyon", "대화", "\"supply chains\"", "hotline", "비핵화"];
    private static readonly string[] SpeakerWords = ["peace", "talks", "alliance", "missile", "trust", "summit"];

    private sealed record Query(string? Speaker, string? Words);

    public static Task<List<double>> RunAsync(string path, int count, int seed) =>
        RunAsync(new StoreSettings(StoreProvider.Sqlite, $"Data Source={path}"), count, seed);

    /// <summary>The mix on either provider; the LIKE baseline beside it on SQLite. Returns each query's time (ms).</summary>
    public static async Task<List<double>> RunAsync(StoreSettings store, int count, int seed)
    {
        var cs = store.ConnectionString;
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        StoreRegistration.Configure(options, store);
        var queries = await BuildAsync(options.Options, count, seed);
        Console.WriteLine($"== search mix on {store.Provider}");

        for (var warm = 0; warm < 20; warm++) await SearchAsync(options.Options, queries[warm]);
        var fts = new List<double>();
        var hits = 0;
        foreach (var q in queries)
        {
            var started = Stopwatch.GetTimestamp();
            hits += await SearchAsync(options.Options, q);
            fts.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        Report("FTS search (page code)", fts, queries.Count);
        Breakdown(queries, fts);
        if (!store.IsSqlite) return fts;
        var like = new List<double>();
        await using (var connection = new SqliteConnection(cs))
        {
            await connection.OpenAsync();
            foreach (var q in queries)
            {
                var started = Stopwatch.GetTimestamp();
                await LikeAsync(options.Options, connection, q);
                like.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        Report("LIKE scan (baseline, same queries)", like, like.Count);
        Console.WriteLine($"ratio LIKE/FTS: p99 {Percentile(like, 0.99) / Percentile(fts, 0.99):0.0}x, mean {like.Average() / fts.Average():0.0}x, max {like.Max() / fts.Max():0.0}x; mean hits per query {hits / (double)queries.Count:0.0}");
        if (Environment.GetEnvironmentVariable("BENCH_SLOWEST") is { } slowest)
            foreach (var x in queries.Select((q, i) => (q, ms: fts[i])).OrderByDescending(x => x.ms).Take(int.Parse(slowest, CultureInfo.InvariantCulture)))
                Console.WriteLine($"  slow {x.ms,8:0.00} ms  speaker={x.q.Speaker ?? "-"}  words={x.q.Words ?? "-"}");
        return fts;
    }

    private static void Breakdown(List<Query> queries, List<double> fts)
    {
        foreach (var kind in new[] { "speaker only", "speaker + word", "words/phrase" })
        {
            var selected = queries.Select((q, i) => (q, i)).Where(x => Kind(x.q) == kind).Select(x => fts[x.i]).ToList();
            Console.WriteLine($"  {kind,-15} n={selected.Count,4}  p50 {Percentile(selected, 0.5),6:0.00} ms  p99 {Percentile(selected, 0.99),6:0.00} ms");
        }
    }

    /// <summary>The same mix on the SQLite file and on its copy in PostgreSQL, one after the other, and their ratio.</summary>
    public static async Task CompareAsync(string path, string postgres, int count, int seed)
    {
        var sqlite = await RunAsync(path, count, seed);
        var pg = await RunAsync(new StoreSettings(StoreProvider.Postgres, postgres), count, seed);
        Console.WriteLine($"PostgreSQL / SQLite: p50 {Percentile(pg, 0.5) / Percentile(sqlite, 0.5):0.00}x, p99 {Percentile(pg, 0.99) / Percentile(sqlite, 0.99):0.00}x " +
                          $"(target: p99 within 2x), mean {pg.Average() / sqlite.Average():0.00}x");
    }

    /// <summary>Prints the URL paths run.sh gives wrk (a speaker search and a word search on this data set).</summary>
    public static async Task PrintUrlsAsync(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"no data set at {path}");
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        StoreRegistration.Configure(options, $"Data Source={path}");
        await using var db = new TrackerDbContext(options.Options);
        // A data set without the generator's actors gets the word search alone, not an abort mid-benchmark.
        var name = await db.Actors.Where(a => a.Slug.StartsWith("bench-")).OrderBy(a => a.Id).Skip(1).Select(a => a.Name).FirstOrDefaultAsync();
        if (name is null) Console.Error.WriteLine($"bench: no generated actors in {path}; the speaker+word search is measured without a speaker");
        Console.WriteLine(name is null ? "/Statements?q=peace" : "/Statements?speaker=" + Uri.EscapeDataString(name) + "&q=peace");
    }

    public static async Task OneAsync(string path, string? speaker, string? words)
    {
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        StoreRegistration.Configure(options, $"Data Source={path}");
        for (var i = 0; i < 8; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await SearchAsync(options.Options, new Query(speaker, words));
            Console.Error.WriteLine($"total {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.00}");
        }
    }

    private static string Kind(Query q) => q.Speaker is null ? "words/phrase" : q.Words is null ? "speaker only" : "speaker + word";

    private static async Task<List<Query>> BuildAsync(DbContextOptions<TrackerDbContext> options, int count, int seed)
    {
        await using var db = new TrackerDbContext(options);
        var aliases = await db.ActorAliases.Where(a => a.Actor!.Slug.StartsWith("bench-")).Select(a => a.Text).ToListAsync();
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i =>
        {
            var alias = aliases[random.Next(aliases.Count)];
            return (i % 6) switch
            {
                0 or 1 or 2 => new Query(alias, null),
                3 or 4 => new Query(alias, SpeakerWords[random.Next(SpeakerWords.Length)]),
                _ => new Query(null, WordQueries[random.Next(WordQueries.Length)]),
            };
        }).ToList();
    }

    private static async Task<int> SearchAsync(DbContextOptions<TrackerDbContext> options, Query q)
    {
        await using var db = new TrackerDbContext(options);
        var ids = q.Speaker is null ? null : await new SpeakerLookup(db).FindActorIdsAsync(q.Speaker);
        var page = await new StatementSearch(db).SearchAsync(new StatementQuery(q.Words, ids), 0, 50);
        return page.Hits.Count;
    }

    private static async Task LikeAsync(DbContextOptions<TrackerDbContext> options, SqliteConnection connection, Query q)
    {
        await using var db = new TrackerDbContext(options);
        var ids = q.Speaker is null ? null : await new SpeakerLookup(db).FindActorIdsAsync(q.Speaker);
        await using var command = connection.CreateCommand();
        var where = new List<string> { "1=1" };
        if (ids is not null) where.Add($"\"SpeakerId\" IN ({string.Join(",", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)))})");
        if (q.Words is not null)
        {
            where.Add("\"Text\" LIKE $w");
            command.Parameters.AddWithValue("$w", "%" + q.Words.Trim('"', '*') + "%");
        }
        command.CommandText = $"SELECT \"Id\", \"Text\" FROM \"Statements\" WHERE {string.Join(" AND ", where)} ORDER BY \"SaidUtc\" DESC LIMIT 51";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) { }
    }

    private static void Report(string label, List<double> ms, int n) =>
        Console.WriteLine($"{label}: n={n} mean {ms.Average():0.00} ms  p50 {Percentile(ms, 0.5):0.00} ms  p99 {Percentile(ms, 0.99):0.00} ms  max {ms.Max():0.00} ms");

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
