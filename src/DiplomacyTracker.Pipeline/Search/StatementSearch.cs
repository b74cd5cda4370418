using System.Data.Common;
using System.Globalization;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Dates;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Search;

/// <summary>
/// Searches statements by speaker, words (FTS5 word or trigram index, LIKE for short Hangul pieces), country and
/// date overlap, newest first or by relevance (bm25). The web page and the benchmark share this code.
/// Needs a migrated database (EnsureCreated does not make the FTS tables). On PostgreSQL the same query runs through
/// <see cref="PostgresStatementSearch"/>.
/// </summary>
public sealed class StatementSearch(TrackerDbContext db)
{
    public const int SnippetTokens = 40;

    /// <summary>
    /// How many matches the strategy probe reads at most (see <see cref="MatchProbe"/>): with fewer, the probe's ids are
    /// the whole match set; at the cap, where the last one lies says how common the term is.
    /// </summary>
    public const int CommonTermThreshold = MatchProbe.Cap;

    /// <summary>Whether common word-index queries try <see cref="DateWalkPrefilter"/> first (tests turn it off to compare).</summary>
    public bool UseDateWalkPrefilter { get; init; } = true;

    public async Task<StatementPage> SearchAsync(StatementQuery query, int offset, int limit, CancellationToken ct = default)
    {
        var fts = FtsQueryTranslator.Translate(query.Words);
        var wordsGiven = !string.IsNullOrWhiteSpace(query.Words);
        if (wordsGiven && fts.IsEmpty) return new StatementPage([], false, fts);
        if (query.SpeakerIds is { Count: 0 }) return new StatementPage([], false, fts);

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        offset = Math.Max(0, offset);
        if (db.Database.IsNpgsql()) return await PostgresAsync(connection, query, fts, offset, limit, ct);
        var table = fts.Index switch { FtsIndex.Words => "StatementsFts", FtsIndex.Trigram => "StatementsTrigram", _ => null };

        // Phase 1: the page's ids in order (see MatchClause); snippets come in phase 2, for the page only.
        List<int>? ids = null;
        var byRank = query.ByRelevance && table is not null;
        var country = !string.IsNullOrWhiteSpace(query.Country) ? " JOIN \"Actors\" a ON a.\"Id\" = s.\"SpeakerId\"" : "";
        var patterns = UseDateWalkPrefilter && !byRank ? DateWalkPrefilter.Patterns(fts) : null;
        var statements = "\"Statements\" s" + country;
        // A prefix's probe merges every matching term's doclist (10+ ms at 1M): try a short walk before it.
        if (patterns is not null && fts.Match!.Contains('*', StringComparison.Ordinal))
            ids = await DateWalkPrefilter.PageAsync(connection, statements, c => Filters(c, query, fts), fts, patterns, offset, limit, DateWalkPrefilter.ShortScan, ct);
        MatchProbe? probe = null;
        if (ids is null && table is not null && !byRank)
            probe = await MatchProbe.RunAsync(connection, table, fts.Match!, ct);
        // Worth walking the date index when the page's rows are expected well within the walk's budget and cost less
        // than reading and sorting every match.
        var phraseOrPrefix = fts.Match is { } m && (m.Contains('*', StringComparison.Ordinal) || fts.Terms.Any(t => t.Contains(' ', StringComparison.Ordinal) || t.Contains('-', StringComparison.Ordinal)));
        var common = probe is not null && probe.WalkIsCheaper(offset + limit + 1, DateWalkPrefilter.MaxRowsScanned / 2, phraseOrPrefix);
        if (ids is null && common && patterns is not null)
            ids = await DateWalkPrefilter.PageAsync(connection, statements, c => Filters(c, query, fts), fts, patterns, offset, limit, DateWalkPrefilter.MaxRowsScanned, ct);
        if (ids is null)
            await using (var command = connection.CreateCommand())
            {
                var where = Filters(command, query, fts);
                if (probe is { Complete: true })
                    where.Add($"s.\"Id\" IN ({IdList(probe.Ids)})");
                else if (table is not null)
                {
                    where.Add(byRank ? $"\"{table}\" MATCH $match" : MatchClause(table, fts, common));
                    command.AddParameter("$match", fts.Match!);
                }
                var from = byRank ? $"\"{table}\" JOIN \"Statements\" s ON s.\"Id\" = \"{table}\".rowid" : "\"Statements\" s";
                from += country;
                var order = byRank ? $"\"{table}\".rank, s.\"Id\" DESC" : "s.\"SaidUtc\" DESC, s.\"Id\" DESC";
                command.CommandText = $"SELECT s.\"Id\" FROM {from} WHERE {string.Join(" AND ", where)} ORDER BY {order} LIMIT $limit OFFSET $offset";
                command.AddParameter("$limit", limit + 1);
                command.AddParameter("$offset", offset);
                ids = [];
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt32(0));
            }
        var more = ids.Count > limit;
        if (more) ids.RemoveAt(ids.Count - 1);
        var count = await CountAsync(connection, query, fts, table, probe, offset, ids.Count, more, ct);
        if (ids.Count == 0) return new StatementPage([], false, fts, count);

        // Phase 2: details and highlighted snippets for those ids only. Word-index snippets are made in process
        // (WordSnippet); the trigram index's come from FTS5, "+" making it evaluate the query once, not per id.
        var terms = PhraseTerms.Parse(fts);
        var trigram = table is not null && terms is null;
        var hits = new Dictionary<int, StatementHit>();
        await using (var command = connection.CreateCommand())
        {
            var text = trigram ? $"snippet(\"{table}\", 0, char(1), char(2), '…', {SnippetTokens})" : "s.\"Text\"";
            var from = trigram ? $"\"{table}\" JOIN \"Statements\" s ON s.\"Id\" = \"{table}\".rowid" : "\"Statements\" s";
            var where = trigram ? $"\"{table}\" MATCH $match AND +\"{table}\".rowid IN ({IdList(ids)})" : $"s.\"Id\" IN ({IdList(ids)})";
            if (trigram) command.AddParameter("$match", fts.Match!);
            command.CommandText = $"""
                SELECT s."Id", s."ArticleId", ar."Title", s."SpeakerId", a."Name", a."Slug", s."SpeakerText", s."Kind",
                       s."SaidUtc", s."SaidLatestUtc", s."SaidPrecision", s."SaidOffsetMinutes", {text}{(trigram ? ", s.\"Text\"" : "")}
                FROM {from}
                JOIN "Articles" ar ON ar."Id" = s."ArticleId"
                LEFT JOIN "Actors" a ON a."Id" = s."SpeakerId"
                WHERE {where}
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var hit = Read(reader, fts, terms);
                hits[hit.Id] = hit;
            }
        }
        return new StatementPage(ids.Where(hits.ContainsKey).Select(id => hits[id]).ToList(), more, fts, count);
    }

    /// <summary>
    /// How many statements match per KST month ("2025-10"), oldest first: the search's filters and words, every match
    /// counted (for the charts; a common word at a million statements reads its whole match set).
    /// </summary>
    public async Task<IReadOnlyList<(string Month, int Count)>> MonthlyCountsAsync(StatementQuery query, CancellationToken ct = default)
    {
        var fts = FtsQueryTranslator.Translate(query.Words);
        if ((!string.IsNullOrWhiteSpace(query.Words) && fts.IsEmpty) || query.SpeakerIds is { Count: 0 }) return [];
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        if (db.Database.IsNpgsql()) return await PostgresStatementSearch.MonthlyCountsAsync(connection, query, fts, ct);
        var table = fts.Index switch { FtsIndex.Words => "StatementsFts", FtsIndex.Trigram => "StatementsTrigram", _ => null };
        await using var command = connection.CreateCommand();
        var where = Filters(command, query, fts);
        where.Add("s.\"SaidUtc\" IS NOT NULL");
        if (table is not null)
        {
            where.Add($"s.\"Id\" IN (SELECT rowid FROM \"{table}\" WHERE \"{table}\" MATCH $match)");
            command.AddParameter("$match", fts.Match!);
        }
        var country = !string.IsNullOrWhiteSpace(query.Country) ? " JOIN \"Actors\" a ON a.\"Id\" = s.\"SpeakerId\"" : "";
        command.CommandText = $"""
            SELECT strftime('%Y-%m', s."SaidUtc", '+9 hours') AS month, count(*) FROM "Statements" s{country}
            WHERE {string.Join(" AND ", where)} GROUP BY month ORDER BY month
            """;
        var months = new List<(string, int)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) if (!reader.IsDBNull(0)) months.Add((reader.GetString(0), reader.GetInt32(1)));
        return months;
    }

    /// <summary>Counted only up to this many when counting means walking rows.</summary>
    public const int CountCap = 1000;

    /// <summary>
    /// How many statements match, as cheaply as it can be known: the last page counts itself; a match set the probe read
    /// whole (under 500) is counted against the filters; filters without words (a speaker, dates, a country) are counted
    /// on their index newest first, up to <see cref="CountCap"/>; a common word alone is extrapolated by the probe
    /// ("about"); a common word with filters says "more than" this page (counting it would read every match).
    /// </summary>
    private static async Task<ResultCount?> CountAsync(DbConnection connection, StatementQuery query, FtsQuery fts, string? table, MatchProbe? probe,
        int offset, int onPage, bool more, CancellationToken ct)
    {
        if (!more) return LastPageCount(offset, onPage);
        var filtered = query.SpeakerIds is not null || !string.IsNullOrWhiteSpace(query.Country) || query.FromUtc is not null || query.ToUtc is not null;
        if (table is not null && probe is { Complete: false } && !filtered && fts.LikeTerms.Count == 0)
            return new ResultCount(TwoSignificantDigits(probe.EstimatedMatches), CountKind.About);
        var countable = probe is { Complete: true } || (table is null && fts.LikeTerms.Count == 0);
        if (!countable) return new ResultCount(offset + onPage, CountKind.AtLeast);
        await using var command = connection.CreateCommand();
        var where = Filters(command, query, fts);
        if (probe is { Complete: true }) where.Add($"s.\"Id\" IN ({IdList(probe.Ids)})");
        var country = !string.IsNullOrWhiteSpace(query.Country) ? " JOIN \"Actors\" a ON a.\"Id\" = s.\"SpeakerId\"" : "";
        // Newest first, so a date range is walked from its end and the walk stops at the cap.
        command.CommandText = $"SELECT count(*) FROM (SELECT 1 FROM \"Statements\" s{country} WHERE {string.Join(" AND ", where)} ORDER BY s.\"SaidUtc\" DESC LIMIT {CountCap + 1})";
        var n = Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        return n > CountCap ? new ResultCount(CountCap, CountKind.AtLeast) : new ResultCount(n, CountKind.Exact);
    }

    /// <summary>The last page counts itself (none when a page past the end came back empty).</summary>
    private static ResultCount? LastPageCount(int offset, int onPage) =>
        offset == 0 || onPage > 0 ? new ResultCount(offset + onPage, CountKind.Exact) : null;

    private static async Task<StatementPage> PostgresAsync(DbConnection connection, StatementQuery query, FtsQuery fts, int offset, int limit, CancellationToken ct)
    {
        var ids = await PostgresStatementSearch.PageIdsAsync(connection, query, fts, offset, limit, ct);
        var more = ids.Count > limit;
        if (more) ids.RemoveAt(ids.Count - 1);
        var count = more ? await PostgresStatementSearch.CountAsync(connection, query, fts, offset + ids.Count, ct) : LastPageCount(offset, ids.Count);
        if (ids.Count == 0) return new StatementPage([], false, fts, count);
        var hits = await PostgresStatementSearch.HitsAsync(connection, ids, fts, ct);
        return new StatementPage(ids.Where(hits.ContainsKey).Select(id => hits[id]).ToList(), more, fts, count);
    }

    /// <summary>
    /// How the date-ordered query meets the match set. Few matches: drive from the match list and sort it. A common
    /// single plain word: walk the SaidUtc (or SpeakerId, SaidUtc) index newest first and probe the word per row,
    /// stopping after one page. Common phrases, prefixes and trigram terms (whose per-row probe is slow): walk the
    /// index against the materialised match set ("+" keeps SQLite from sorting every match instead).
    /// </summary>
    private static string MatchClause(string table, FtsQuery fts, bool common)
    {
        if (!common)
            return $"s.\"Id\" IN (SELECT rowid FROM \"{table}\" WHERE \"{table}\" MATCH $match)";
        return IsSinglePlainWord(fts)
            ? $"EXISTS (SELECT 1 FROM \"{table}\" f WHERE f.\"{table}\" MATCH $match AND f.rowid = s.\"Id\")"
            : $"+s.\"Id\" IN (SELECT rowid FROM \"{table}\" WHERE \"{table}\" MATCH $match)";
    }

    /// <summary>One word, no phrase, no prefix, in the word index: the query FTS5 can cheaply test against a single rowid.</summary>
    private static bool IsSinglePlainWord(FtsQuery fts) =>
        fts.Index == FtsIndex.Words && fts.Terms.Count == 1 && fts.Terms[0].All(char.IsLetterOrDigit) && !fts.Match!.EndsWith('*');

    private static List<string> Filters(DbCommand command, StatementQuery query, FtsQuery fts)
    {
        var where = new List<string> { "s.\"Review\" <> 'Rejected'" };
        for (var i = 0; i < fts.LikeTerms.Count; i++)
        {
            where.Add($"s.\"Text\" LIKE $like{i} ESCAPE '\\'");
            command.AddParameter($"$like{i}", "%" + EscapeLike(fts.LikeTerms[i]) + "%");
        }
        if (query.SpeakerIds is { } speakerIds)
            where.Add($"s.\"SpeakerId\" IN ({string.Join(",", speakerIds.Distinct().Select(id => id.ToString(CultureInfo.InvariantCulture)))})");
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            where.Add("a.\"Country\" = $country");
            command.AddParameter("$country", query.Country.Trim().ToUpperInvariant());
        }
        if (query.ToUtc is { } to)
        {
            where.Add("s.\"SaidUtc\" <= $to");
            command.AddParameter("$to", Text(to));
        }
        if (query.FromUtc is { } fromUtc)
        {
            where.Add("COALESCE(s.\"SaidLatestUtc\", s.\"SaidUtc\") >= $from");
            command.AddParameter("$from", Text(fromUtc));
        }
        return where;
    }

    private static StatementHit Read(DbDataReader r, FtsQuery fts, List<(string[] Tokens, bool Prefix)>? terms)
    {
        var text = r.GetString(12);
        var whole = r.FieldCount > 13 ? r.GetString(13) : text; // the trigram index's snippet comes from FTS5; else column 12 is the text
        if (terms is not null) text = WordSnippet.Make(text, terms, SnippetTokens);
        else if (fts.Index == FtsIndex.None && fts.LikeTerms.Count > 0) text = SearchMarkers.Mark(text, fts.LikeTerms);
        else if (fts.LikeTerms.Count > 0) text = SearchMarkers.Mark(text.Replace(SearchMarkers.Open, ' ').Replace(SearchMarkers.Close, ' '), fts.LikeTerms.Concat(fts.Terms));
        return new StatementHit(
            r.GetInt32(0), r.GetInt32(1), r.GetString(2),
            r.IsDBNull(3) ? null : r.GetInt32(3), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5),
            r.IsDBNull(6) ? null : r.GetString(6),
            Enum.TryParse<StatementKind>(r.GetString(7), out var kind) ? kind : StatementKind.Direct,
            ReadDate(r), text, whole);
    }

    private static FuzzyDate? ReadDate(DbDataReader r)
    {
        if (r.IsDBNull(8) || !Enum.TryParse<DatePrecision>(r.GetString(10), out var precision) || precision == DatePrecision.Unknown) return null;
        var start = Parse(r.GetString(8));
        var end = r.IsDBNull(9) ? start : Parse(r.GetString(9));
        return new FuzzyDate(start, end, precision, r.GetInt32(11));
    }

    /// <summary>Reads the stored text form ("2025-10-18 01:00:00[.fffffff]", see <see cref="Text"/>) without a general date parser.</summary>
    private static DateTime Parse(string text)
    {
        if (text.Length is 19 or (> 20 and <= 27) && text[4] == '-' && text[7] == '-' && text[10] == ' ' && text[13] == ':' && text[16] == ':'
            && (text.Length == 19 || (text[19] == '.' && Digits(text, 20, text.Length - 20) is not null))
            && Digits(text, 0, 4) is { } y && Digits(text, 5, 2) is { } mo && Digits(text, 8, 2) is { } d
            && Digits(text, 11, 2) is { } h && Digits(text, 14, 2) is { } mi && Digits(text, 17, 2) is { } se)
        {
            var fraction = 0L;
            for (var i = 20; i < 27; i++) fraction = fraction * 10 + (i < text.Length ? text[i] - '0' : 0);
            return new DateTime(y, mo, d, h, mi, se, DateTimeKind.Utc).AddTicks(fraction);
        }
        return DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc);
    }

    private static int? Digits(string text, int at, int count)
    {
        var value = 0;
        for (var i = at; i < at + count; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return null;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    }

    /// <summary>The text form EF Core's SQLite provider stores DateTime in, so comparisons match stored values.</summary>
    public static string Text(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');

    private static int TwoSignificantDigits(double x)
    {
        var unit = Math.Pow(10, Math.Max(0, Math.Floor(Math.Log10(Math.Max(1, x))) - 1));
        return (int)(Math.Round(x / unit) * unit);
    }

    private static string IdList(IEnumerable<int> ids) => string.Join(",", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
