using System.Data.Common;

namespace DiplomacyTracker.Search;

/// <summary>
/// Reads the first <see cref="Cap"/> matches of a full-text query in rowid order, which is cheap because FTS5 stops
/// there. Fewer than the cap: <see cref="Ids"/> is the whole match set, so the page is sorted from it without asking
/// FTS5 again. At the cap: the rowid of the last match says what share of statements match, and so how many rows a
/// walk down the date index expects to read before it fills a page.
/// </summary>
internal sealed record MatchProbe(IReadOnlyList<int> Ids, bool Complete)
{
    public const int Cap = 500;

    /// <summary>Rows a newest-first walk expects to read to find <paramref name="needed"/> matches (ids taken as dense from 1).</summary>
    public double ExpectedRowsFor(int needed) =>
        Ids.Count == 0 ? double.PositiveInfinity : needed * (double)Math.Max(Ids[^1], Ids.Count) / Ids.Count;

    public static async Task<MatchProbe> RunAsync(DbConnection connection, string table, string match, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid FROM \"{table}\" WHERE \"{table}\" MATCH $match ORDER BY rowid LIMIT {Cap}";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$match";
        parameter.Value = match;
        command.Parameters.Add(parameter);
        var ids = new List<int>(Cap);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt32(0));
        return new MatchProbe(ids, ids.Count < Cap);
    }
}
