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
/// Needs a migrated database (EnsureCreated does not make the FTS tables).
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
        var table = fts.Index switch { FtsIndex.Words => "StatementsFts", FtsIndex.Trigram => "StatementsTrigram", _ => null };
        offset = Math.Max(0, offset);

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
        if (ids.Count == 0) return new StatementPage([], false, fts);

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
                       s."SaidUtc", s."SaidLatestUtc", s."SaidPrecision", s."SaidOffsetMinutes", {text}
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
        return new StatementPage(ids.Where(hits.ContainsKey).Select(id => hits[id]).ToList(), more, fts);
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
        if (terms is not null) text = WordSnippet.Make(text, terms, SnippetTokens);
        else if (fts.Index == FtsIndex.None && fts.LikeTerms.Count > 0) text = SearchMarkers.Mark(text, fts.LikeTerms);
        else if (fts.LikeTerms.Count > 0) text = SearchMarkers.Mark(text.Replace(SearchMarkers.Open, ' ').Replace(SearchMarkers.Close, ' '), fts.LikeTerms.Concat(fts.Terms));
        return new StatementHit(
            r.GetInt32(0), r.GetInt32(1), r.GetString(2),
            r.IsDBNull(3) ? null : r.GetInt32(3), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5),
            r.IsDBNull(6) ? null : r.GetString(6),
            Enum.TryParse<StatementKind>(r.GetString(7), out var kind) ? kind : StatementKind.Direct,
            ReadDate(r), text);
    }

    private static FuzzyDate? ReadDate(DbDataReader r)
    {
        if (r.IsDBNull(8) || !Enum.TryParse<DatePrecision>(r.GetString(10), out var precision) || precision == DatePrecision.Unknown) return null;
        var start = Parse(r.GetString(8));
        var end = r.IsDBNull(9) ? start : Parse(r.GetString(9));
        return new FuzzyDate(start, end, precision, r.GetInt32(11));
    }

    private static DateTime Parse(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc);

    /// <summary>The text form EF Core's SQLite provider stores DateTime in, so comparisons match stored values.</summary>
    public static string Text(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');

    private static string IdList(IEnumerable<int> ids) => string.Join(",", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
