using System.Data.Common;
using System.Text;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Search;

/// <summary>
/// <see cref="StatementSearch"/> on PostgreSQL, with the same query language and results: words, phrases and
/// prefixes through the generated tsvector "SearchWords" (folded like FTS5's unicode61), Hangul through the trigram
/// indexes (ILIKE, so 이재명 finds 이재명은; one- and two-syllable pieces on Text only, as on SQLite), relevance by
/// ts_rank_cd, dates as timestamptz. PostgreSQL's planner chooses between walking the date index and sorting the
/// match set, which SQLite's MatchProbe/DateWalkPrefilter decide by hand.
/// </summary>
internal static class PostgresStatementSearch
{
    public static async Task<List<int>> PageIdsAsync(DbConnection connection, StatementQuery query, FtsQuery fts, int offset, int limit, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        var (from, where, rank) = Conditions(command, query, fts);
        var order = query.ByRelevance && rank is not null
            ? $"{rank} DESC, s.\"Id\" DESC"
            : "s.\"SaidUtc\" DESC NULLS LAST, s.\"Id\" DESC";
        command.CommandText = $"SELECT s.\"Id\" FROM {from} WHERE {where} ORDER BY {order} LIMIT @limit OFFSET @offset";
        command.AddParameter("@limit", limit + 1);
        command.AddParameter("@offset", offset);
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt32(0));
        return ids;
    }

    /// <summary>
    /// How many match when there is more than one page: counted up to <see cref="StatementSearch.CountCap"/> (the
    /// word's GIN index or the filters' indexes find the rows; the count stops at the cap). Short Hangul pieces have no
    /// index to count with (as on SQLite): "more than" what was seen.
    /// </summary>
    public static async Task<ResultCount> CountAsync(DbConnection connection, StatementQuery query, FtsQuery fts, int seen, CancellationToken ct)
    {
        if (fts.LikeTerms.Count > 0) return new ResultCount(seen, CountKind.AtLeast);
        await using var command = connection.CreateCommand();
        var (from, where, _) = Conditions(command, query, fts);
        command.CommandText = $"SELECT count(*) FROM (SELECT 1 FROM {from} WHERE {where} LIMIT {StatementSearch.CountCap + 1}) t";
        var n = Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        return n > StatementSearch.CountCap ? new ResultCount(StatementSearch.CountCap, CountKind.AtLeast) : new ResultCount(n, CountKind.Exact);
    }

    /// <summary>Matches per KST month ("2025-10"), oldest first: <see cref="StatementSearch.MonthlyCountsAsync"/> on PostgreSQL.</summary>
    public static async Task<List<(string Month, int Count)>> MonthlyCountsAsync(DbConnection connection, StatementQuery query, FtsQuery fts, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        var (from, where, _) = Conditions(command, query, fts);
        // KST is UTC+9 all year (as SQLite's '+9 hours'); AT TIME ZONE 'UTC' keeps the session's time zone out of it.
        command.CommandText = $"""
            SELECT to_char((s."SaidUtc" AT TIME ZONE 'UTC') + interval '9 hours', 'YYYY-MM') AS month, count(*)
            FROM {from} WHERE {where} AND s."SaidUtc" IS NOT NULL GROUP BY month ORDER BY month
            """;
        var months = new List<(string, int)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) months.Add((reader.GetString(0), Convert.ToInt32(reader.GetInt64(1))));
        return months;
    }

    /// <summary>The search's FROM (with the speakers' table for a country), WHERE and relevance expression (null when nothing ranks).</summary>
    private static (string From, string Where, string? Rank) Conditions(DbCommand command, StatementQuery query, FtsQuery fts)
    {
        var where = new List<string> { "s.\"Review\" <> 'Rejected'" };
        var rank = Match(command, fts, where);
        Filters(command, query, where);
        var from = "\"Statements\" s" + (!string.IsNullOrWhiteSpace(query.Country) ? " JOIN \"Actors\" a ON a.\"Id\" = s.\"SpeakerId\"" : "");
        return (from, string.Join(" AND ", where), rank);
    }

    public static async Task<Dictionary<int, StatementHit>> HitsAsync(DbConnection connection, List<int> ids, FtsQuery fts, CancellationToken ct)
    {
        var terms = PhraseTerms.Parse(fts);
        var hits = new Dictionary<int, StatementHit>();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s."Id", s."ArticleId", ar."Title", s."SpeakerId", a."Name", a."Slug", s."SpeakerText", s."Kind",
                   s."SaidUtc", s."SaidLatestUtc", s."SaidPrecision", s."SaidOffsetMinutes", s."Text"
            FROM "Statements" s
            JOIN "Articles" ar ON ar."Id" = s."ArticleId"
            LEFT JOIN "Actors" a ON a."Id" = s."SpeakerId"
            WHERE s."Id" = ANY(@ids)
            """;
        command.AddParameter("@ids", ids.ToArray());
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var whole = reader.GetString(12);
            var text = terms is not null ? WordSnippet.Make(whole, terms, StatementSearch.SnippetTokens)
                : fts.Index == FtsIndex.None && fts.Terms.Count == 0 ? whole
                : MarkedWindow(SearchMarkers.Mark(whole, fts.Terms), StatementSearch.SnippetTokens);
            var hit = new StatementHit(
                reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                Enum.TryParse<StatementKind>(reader.GetString(7), out var kind) ? kind : StatementKind.Direct,
                ReadDate(reader), text, whole);
            hits[hit.Id] = hit;
        }
        return hits;
    }

    /// <summary>Adds the word or trigram condition; returns the relevance expression, or null when nothing ranks.</summary>
    private static string? Match(DbCommand command, FtsQuery fts, List<string> where)
    {
        if (fts.Index == FtsIndex.Words && TsQuery(fts) is { } tsquery)
        {
            where.Add("s.\"SearchWords\" @@ to_tsquery('simple', @tsquery)");
            command.AddParameter("@tsquery", tsquery);
            return "ts_rank_cd(s.\"SearchWords\", to_tsquery('simple', @tsquery))";
        }
        if (fts.Index == FtsIndex.Words) { where.Add("false"); return null; }
        // Hangul: every term must occur as typed (case-insensitive); long ones in Text or SpeakerText, the short
        // ones (under three characters, which SQLite's trigram index cannot take) in Text, as on SQLite.
        var similarity = new List<string>();
        for (var i = 0; i < fts.Terms.Count; i++)
        {
            var term = fts.Terms[i];
            var name = $"@like{i}";
            command.AddParameter(name, "%" + EscapeLike(term) + "%");
            var isShort = fts.LikeTerms.Contains(term);
            where.Add(isShort
                ? $"s.\"Text\" ILIKE {name}"
                : $"(s.\"Text\" ILIKE {name} OR s.\"SpeakerText\" ILIKE {name})");
            if (!isShort)
            {
                command.AddParameter($"@term{i}", term);
                similarity.Add($"word_similarity(@term{i}, s.\"Text\")");
            }
        }
        return similarity.Count > 0 ? "(" + string.Join(" + ", similarity) + ")" : null;
    }

    /// <summary>
    /// The word-index query as tsquery text built from folded tokens only (letters and digits, never user syntax):
    /// each term a phrase (a &lt;-&gt; b), a trailing * a prefix (:*), terms joined by &amp;.
    /// </summary>
    internal static string? TsQuery(FtsQuery fts)
    {
        var phrases = PhraseTerms.Parse(fts);
        if (phrases is null) return null;
        var parts = new List<string>();
        foreach (var (tokens, prefix) in phrases)
        {
            var clean = tokens.Select(t => new string(t.Where(char.IsLetterOrDigit).ToArray())).Where(t => t.Length > 0).ToList();
            if (clean.Count == 0) return null;
            parts.Add("(" + string.Join(" <-> ", clean.Select(t => "'" + t + "'")) + (prefix ? ":*" : "") + ")");
        }
        return string.Join(" & ", parts);
    }

    private static void Filters(DbCommand command, StatementQuery query, List<string> where)
    {
        if (query.SpeakerIds is { } speakerIds)
        {
            // One speaker as "= @speaker": the planner then walks (SpeakerId, SaidUtc DESC, Id DESC) newest first and
            // tests the words per row (1.3 ms for a common word at 1M); with "= ANY(array)" it walked the date index
            // of every speaker instead (96 ms).
            var ids = speakerIds.Distinct().ToArray();
            where.Add(ids.Length == 1 ? "s.\"SpeakerId\" = @speaker" : "s.\"SpeakerId\" = ANY(@speakers)");
            if (ids.Length == 1) command.AddParameter("@speaker", ids[0]);
            else command.AddParameter("@speakers", ids);
        }
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            where.Add("a.\"Country\" = @country");
            command.AddParameter("@country", query.Country.Trim().ToUpperInvariant());
        }
        if (query.ToUtc is { } to)
        {
            where.Add("s.\"SaidUtc\" <= @to");
            command.AddParameter("@to", DateTime.SpecifyKind(to, DateTimeKind.Utc));
        }
        if (query.FromUtc is { } fromUtc)
        {
            where.Add("COALESCE(s.\"SaidLatestUtc\", s.\"SaidUtc\") >= @from");
            command.AddParameter("@from", DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc));
        }
    }

    private static FuzzyDate? ReadDate(DbDataReader r)
    {
        if (r.IsDBNull(8) || !Enum.TryParse<DatePrecision>(r.GetString(10), out var precision) || precision == DatePrecision.Unknown) return null;
        var start = StoredInstants.FromPostgres(r.GetDateTime(8));
        var end = r.IsDBNull(9) ? start : StoredInstants.FromPostgres(r.GetDateTime(9));
        return new FuzzyDate(start, end, precision, r.GetInt32(11));
    }

    /// <summary>
    /// At most <paramref name="maxWords"/> words of marked text from a little before the first mark, "…" where cut:
    /// the trigram hits' counterpart of FTS5's snippet().
    /// </summary>
    internal static string MarkedWindow(string marked, int maxWords)
    {
        var words = marked.Split(' ');
        if (words.Length <= maxWords) return marked;
        var first = Array.FindIndex(words, w => w.Contains(SearchMarkers.Open, StringComparison.Ordinal));
        var start = Math.Max(0, Math.Min(first - 6, words.Length - maxWords));
        var sb = new StringBuilder();
        if (start > 0) sb.Append('…');
        sb.AppendJoin(' ', words.Skip(start).Take(maxWords));
        if (start + maxWords < words.Length) sb.Append('…');
        return sb.ToString();
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
