using System.Data.Common;
using System.Globalization;
using DiplomacyTracker.Search;
using Microsoft.Data.Sqlite;

namespace DiplomacyTracker.Data;

/// <summary>
/// Instants in hand-written SQL on either provider: SQLite keeps them as UTC text (compare with text in the same
/// form), PostgreSQL as timestamptz (compare with a UTC DateTime).
/// </summary>
public static class StoredInstants
{
    /// <summary>The parameter value that compares with a stored instant on this connection's provider.</summary>
    public static object Parameter(DbConnection connection, DateTime utc) =>
        connection is SqliteConnection ? StatementSearch.Text(utc) : DateTime.SpecifyKind(utc, DateTimeKind.Utc);

    /// <summary>A stored instant read back (text on SQLite, a DateTime on PostgreSQL) as UTC; null for NULL.</summary>
    public static DateTime? Read(object? value) => value switch
    {
        DateTime d => FromPostgres(d),
        string s => DateTime.SpecifyKind(DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc),
        _ => null,
    };

    /// <summary>
    /// A timestamptz read back as UTC. PostgreSQL keeps microseconds, .NET ticks are a tenth of that: the end of a
    /// period (a day's 23:59:59.9999999, FuzzyDate.LatestUtc) comes back as …59.999999, and is given its last tick
    /// back so dates round-trip equal on both providers.
    /// </summary>
    public static DateTime FromPostgres(DateTime value)
    {
        var utc = DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return utc.Ticks % TimeSpan.TicksPerSecond == TimeSpan.TicksPerSecond - 10 ? utc.AddTicks(9) : utc;
    }
}
