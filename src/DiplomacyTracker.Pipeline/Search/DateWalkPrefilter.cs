using System.Data.Common;
using DiplomacyTracker.Data;
using System.Globalization;

namespace DiplomacyTracker.Search;

/// <summary>
/// A fast exact path for common word-index queries sorted by date: walk the date index newest first keeping rows
/// whose text could match (a LIKE per ASCII term, or a character that may fold to ASCII: a superset of FTS5 unicode61 matches),
/// confirm them (in C# for pure-ASCII rows, one FTS query for the rest) until the page is covered; otherwise the caller falls back.
/// </summary>
internal static class DateWalkPrefilter
{
    public const int MaxRowsScanned = 20000;

    /// <summary>A short first try for prefix queries, whose probe (the strategy test) must merge every matching term's doclist.</summary>
    public const int ShortScan = 2000;

    /// <summary>
    /// Characters unicode61 (remove_diacritics 2) may fold to an ASCII letter: Latin-1 and Latin Extended letters,
    /// combining marks, Latin Extended Additional, letterlike symbols (Kelvin sign). A row holding one is always a candidate.
    /// </summary>
    private const string MayFoldToAscii = "*[\u00A0-\u024F\u0300-\u036F\u1E00-\u1EFF\u2100-\u214F]*";

    /// <summary>
    /// One LIKE pattern per term whose AND is a superset of the FTS match: a phrase's words in order with anything
    /// between ('%peace%talks%'), a prefix as a substring. Null when the query does not qualify (non-ASCII terms).
    /// </summary>
    public static List<string>? Patterns(FtsQuery fts)
    {
        if (fts.Index != FtsIndex.Words || fts.LikeTerms.Count > 0 || fts.Terms.Count == 0) return null;
        var patterns = new List<string>();
        foreach (var term in fts.Terms)
        {
            if (!term.All(char.IsAscii)) return null;
            var words = System.Text.RegularExpressions.Regex.Split(term, "[^A-Za-z0-9]+").Where(w => w.Length > 0).ToList();
            if (words.Count == 0) return null;
            patterns.Add("%" + string.Join("%", words) + "%");
        }
        return patterns;
    }

    /// <summary>The page ids (limit + 1 at most) in date order, or null when maxRows rows did not cover offset + limit + 1.</summary>
    public static async Task<List<int>?> PageAsync(DbConnection connection, string from,
        Func<DbCommand, List<string>> filters, FtsQuery fts, List<string> patterns, int offset, int limit, int maxRows, CancellationToken ct)
    {
        if (AsciiPhraseMatcher.For(fts) is not { } matcher) return null;
        var needed = offset + limit + 1;
        var candidates = new List<(int Id, bool? Match)>();
        var confirmed = 0;
        await using (var command = connection.CreateCommand())
        {
            var where = filters(command);
            // Per term, a LIKE on either column (a phrase lives within one column); a row whose column holds a
            // character that may fold to ASCII is always a candidate. The length test keeps the slow GLOB off ASCII rows;
            // CASE WHEN short-circuits. Only candidates come back; the walk itself stops after maxRows rows.
            var likes = string.Join(" AND ", patterns.Select((_, i) => $"(t.text LIKE $w{i} OR t.speaker LIKE $w{i})"));
            for (var i = 0; i < patterns.Count; i++) command.AddParameter($"$w{i}", patterns[i]);
            command.AddParameter("$fold", MayFoldToAscii);
            command.CommandText = $"""
                SELECT t.id, t.text, t.speaker
                FROM (
                    SELECT s."Id" AS id, s."Text" AS text, s."SpeakerText" AS speaker FROM {from}
                    WHERE {string.Join(" AND ", where)} ORDER BY s."SaidUtc" DESC, s."Id" DESC LIMIT {maxRows}) t
                WHERE CASE WHEN {likes} THEN 1
                    WHEN length(t.text) <> octet_length(t.text) AND t.text GLOB $fold THEN 1
                    WHEN length(t.speaker) <> octet_length(t.speaker) AND t.speaker GLOB $fold THEN 1 ELSE 0 END = 1
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (confirmed < needed && await reader.ReadAsync(ct))
            {
                var match = matcher.Matches(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
                if (match == false) continue;
                candidates.Add((reader.GetInt32(0), match));
                if (match == true) confirmed++;
            }
        }
        // Short of the page is still exact when the walk read every filtered row (fewer than maxRows exist).
        if (confirmed < needed && await FilteredRowsAsync(connection, from, filters, maxRows, ct) >= maxRows)
            return null;
        var undecided = candidates.Where(c => c.Match is null).Select(c => c.Id).ToList();
        var ftsConfirmed = new HashSet<int>();
        if (undecided.Count > 0)
        {
            await using var command = connection.CreateCommand();
            var ids = string.Join(",", undecided.Select(id => id.ToString(CultureInfo.InvariantCulture)));
            command.CommandText = $"SELECT rowid FROM \"StatementsFts\" WHERE \"StatementsFts\" MATCH $match AND rowid IN ({ids})";
            command.AddParameter("$match", fts.Match!);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) ftsConfirmed.Add(reader.GetInt32(0));
        }
        return candidates.Where(c => c.Match == true || ftsConfirmed.Contains(c.Id)).Select(c => c.Id).Skip(offset).Take(limit + 1).ToList();
    }

    private static async Task<int> FilteredRowsAsync(DbConnection connection, string from, Func<DbCommand, List<string>> filters, int maxRows, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM (SELECT 1 FROM {from} WHERE {string.Join(" AND ", filters(command))} LIMIT {maxRows})";
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }
}
