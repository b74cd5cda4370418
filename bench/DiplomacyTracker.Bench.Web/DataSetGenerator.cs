using System.Diagnostics;
using System.Globalization;
using System.Text;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyTracker.Bench.Web;

/// <summary>Builds a migrated store with N statements over M articles, K summits and ~300 actors (Hangul aliases included).</summary>
internal static class DataSetGenerator
{
    private const int Actors = 300;

    public static async Task GenerateAsync(string path, int statements, int articles, int summits, int seed)
    {
        var clock = Stopwatch.StartNew();
        if (File.Exists(path)) File.Delete(path);
        var cs = $"Data Source={path}";
        var options = new DbContextOptionsBuilder<TrackerDbContext>();
        StoreRegistration.Configure(options, cs);
        await using (var db = new TrackerDbContext(options.Options))
            await new DatabaseInitializer(db, TimeProvider.System, NullLogger<DatabaseInitializer>.Instance).InitializeAsync();

        var random = new Random(seed);
        await using var connection = new SqliteConnection(cs);
        await connection.OpenAsync();
        Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;");
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        var now = StatementSearch.Text(DateTime.UtcNow);

        var actorIds = new List<(int Id, string Name)>();
        using (var actor = Command(connection, tx, """INSERT INTO "Actors" ("Name","Slug","Country","Kind","Origin","Review","CreatedUtc") VALUES ($n,$s,$c,'Person','Editor','None',$t) RETURNING "Id" """))
        using (var alias = Command(connection, tx, """INSERT INTO "ActorAliases" ("ActorId","Text","Normalized") VALUES ($a,$x,$m)"""))
        using (var role = Command(connection, tx, """INSERT INTO "ActorRoles" ("ActorId","Title","Organisation","FromDate","ToDate") VALUES ($a,$x,$o,$f,$u)"""))
        {
            for (var i = 0; i < Actors; i++)
            {
                var (surname, hangulSurname) = Vocabulary.Surnames[i % Vocabulary.Surnames.Length];
                var (given, hangulGiven) = Vocabulary.GivenNames[i / Vocabulary.Surnames.Length % Vocabulary.GivenNames.Length];
                var suffix = i < Vocabulary.Surnames.Length * Vocabulary.GivenNames.Length ? "" : $" {i}";
                var name = $"{surname} {given}{suffix}";
                var id = Convert.ToInt32(Run(actor, ("$n", name), ("$s", $"bench-{i}"), ("$c", i % 3 == 0 ? "US" : "KR"), ("$t", now)), CultureInfo.InvariantCulture);
                actorIds.Add((id, name));
                foreach (var text in new[] { name, name.Replace("-", " ", StringComparison.Ordinal), hangulSurname + hangulGiven + (suffix.Length > 0 ? suffix.Trim() : "") }.DistinctBy(ActorCatalog.NormalizeName))
                    Run(alias, ("$a", id), ("$x", text), ("$m", ActorCatalog.NormalizeName(text)));
                Run(role, ("$a", id), ("$x", i % 2 == 0 ? "Minister" : "Ambassador"), ("$o", "Government"), ("$f", "2010-01-01"), ("$u", DBNull.Value));
            }
        }

        var start = new DateTime(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var spanDays = (new DateTime(2026, 1, 1) - start).TotalDays;
        var perArticle = Math.Max(1, statements / Math.Max(1, articles));
        using var article = Command(connection, tx, """
            INSERT INTO "Articles" ("Title","PublishedUtc","PublishedLatestUtc","PublishedPrecision","PublishedOffsetMinutes","FetchedUtc","Text","ContentHash","IsRelevant","RelevanceScore","RelevanceBorderline","RelevanceOverridden","Origin")
            VALUES ($t,$p,$p,'Time',540,$p,$x,$h,1,0.9,0,0,'Scraped') RETURNING "Id"
            """);
        using var statement = Command(connection, tx, """
            INSERT INTO "Statements" ("ArticleId","SpeakerId","SpeakerText","Text","Kind","Cue","SaidUtc","SaidLatestUtc","SaidPrecision","SaidOffsetMinutes","StartOffset","EndOffset","Confidence","Review","CreatedUtc")
            VALUES ($a,$s,$n,$x,'Direct','said',$d,$l,'Day',540,$o,$e,0.9,'None',$c)
            """);
        var written = 0;
        for (var a = 0; a < articles && written < statements; a++)
        {
            var day = start.AddDays(random.NextDouble() * spanDays).Date.AddHours(-9);
            var sentences = Enumerable.Range(0, a == articles - 1 ? statements - written : Math.Min(perArticle, statements - written))
                .Select(_ => Sentence(random)).ToList();
            var text = string.Join("\n\n", sentences);
            var articleId = Convert.ToInt32(Run(article, ("$t", $"Bench article {a}: {sentences[0][..Math.Min(40, sentences[0].Length)]}"), ("$p", StatementSearch.Text(day)),
                ("$x", text), ("$h", $"hash-{a}")), CultureInfo.InvariantCulture);
            var offset = 0;
            foreach (var sentence in sentences)
            {
                var speaker = actorIds[Vocabulary.Skewed(random, actorIds.Count)];
                Run(statement, ("$a", articleId), ("$s", speaker.Id), ("$n", speaker.Name), ("$x", sentence), ("$d", StatementSearch.Text(day)),
                    ("$l", StatementSearch.Text(day.AddDays(1).AddTicks(-1))), ("$o", offset), ("$e", offset + sentence.Length), ("$c", now));
                offset += sentence.Length + 2;
                written++;
            }
        }

        using (var summit = Command(connection, tx, """
            INSERT INTO "Summits" ("Title","StartUtc","StartLatestUtc","StartPrecision","EndUtc","EndLatestUtc","EndPrecision","OffsetMinutes","Location","Status","CreatedUtc","UpdatedUtc")
            VALUES ($t,$d,$l,'Day',$d,$l,'Day',540,$p,$s,$c,$c) RETURNING "Id"
            """))
        using (var participant = Command(connection, tx, """INSERT OR IGNORE INTO "SummitParticipants" ("SummitId","ActorId") VALUES ($s,$a)"""))
        {
            string[] statuses = ["Proposed", "Planned", "Held", "Postponed", "Cancelled"];
            for (var k = 0; k < summits; k++)
            {
                var day = start.AddDays(random.NextDouble() * spanDays).Date.AddHours(-9);
                var id = Convert.ToInt32(Run(summit, ("$t", $"Bench summit {k}"), ("$d", StatementSearch.Text(day)), ("$l", StatementSearch.Text(day.AddDays(1).AddTicks(-1))),
                    ("$p", k % 2 == 0 ? "Seoul" : "Washington"), ("$s", statuses[k % statuses.Length]), ("$c", now)), CultureInfo.InvariantCulture);
                for (var p = 0; p < 3; p++) Run(participant, ("$s", id), ("$a", actorIds[Vocabulary.Skewed(random, actorIds.Count)].Id));
            }
        }
        await tx.CommitAsync();
        Exec(connection, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
        Console.Error.WriteLine($"generated {written:N0} statements, {articles:N0} articles, {summits:N0} summits, {Actors} actors into {path} " +
                          $"({new FileInfo(path).Length / 1048576.0:0} MB) in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private static string Sentence(Random random)
    {
        if (random.Next(20) == 0) return Vocabulary.HangulSentences[random.Next(Vocabulary.HangulSentences.Length)] + "고 말했다.";
        var words = random.Next(10, 24);
        var sb = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0) sb.Append(' ');
            sb.Append(Vocabulary.Words[Vocabulary.Skewed(random, Vocabulary.Words.Length)]);
        }
        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.Append('.').ToString();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }

    private static object? Run(SqliteCommand command, params (string Name, object Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values) command.Parameters.AddWithValue(name, value);
        return command.ExecuteScalar();
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
