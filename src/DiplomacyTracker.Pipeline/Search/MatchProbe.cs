using System.Data.Common;
using DiplomacyTracker.Data;

namespace DiplomacyTracker.Search;

/// <summary>
/// Reads the first <see cref="Cap"/> matches of a full-text query in rowid order, which is cheap because FTS5 stops
/// there. Fewer than the cap: <see cref="Ids"/> is the whole match set, so the page is sorted from it without asking
/// FTS5 again. At the cap: the rowid of the last match says what share of statements match, and so how many rows a
/// walk down the date index expects to read before it fills a page.
/// </summary>
internal sealed record MatchProbe(IReadOnlyList<int> Ids, bool Complete, int MaxId)
{
    public const int Cap = 500;

    // Rough costs measured at 100k and 1M statements (bench "one"): a walk row, and per match when the whole match set
    // is read and sorted (a phrase or prefix must merge position lists; a plain word reads one doclist).
    private const double WalkRowMicros = 1.5;
    private const double PhraseMatchMicros = 3.6;
    private const double WordMatchMicros = 1.1;

    /// <summary>Rows a newest-first walk expects to read to find <paramref name="needed"/> matches (ids taken as dense from 1).</summary>
    public double ExpectedRowsFor(int needed) =>
        Ids.Count == 0 ? double.PositiveInfinity : needed * (double)Math.Max(Ids[^1], Ids.Count) / Ids.Count;

    /// <summary>How many statements match in all, extrapolated from where the probe's last match lies.</summary>
    public double EstimatedMatches => Complete || Ids.Count == 0 ? Ids.Count : Ids.Count * (double)Math.Max(MaxId, Ids[^1]) / Ids[^1];

    /// <summary>
    /// Whether walking the date index (reading rows until the page is full) should beat reading every match and
    /// sorting them: the walk must fit its budget and cost less by the estimates above.
    /// </summary>
    public bool WalkIsCheaper(int needed, int maxRows, bool phraseOrPrefix)
    {
        if (Complete) return false;
        var rows = ExpectedRowsFor(needed);
        return rows <= maxRows && rows * WalkRowMicros <= EstimatedMatches * (phraseOrPrefix ? PhraseMatchMicros : WordMatchMicros);
    }

    public static async Task<MatchProbe> RunAsync(DbConnection connection, string table, string match, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid FROM \"{table}\" WHERE \"{table}\" MATCH $match ORDER BY rowid LIMIT {Cap}";
        command.AddParameter("$match", match);
        var ids = new List<int>(Cap);
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt32(0));
        if (ids.Count < Cap) return new MatchProbe(ids, true, 0);
        await using var max = connection.CreateCommand();
        max.CommandText = "SELECT max(\"Id\") FROM \"Statements\"";
        return new MatchProbe(ids, false, Convert.ToInt32(await max.ExecuteScalarAsync(ct) ?? 0, System.Globalization.CultureInfo.InvariantCulture));
    }
}
