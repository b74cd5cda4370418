using System.Globalization;
using DiplomacyTracker.Data;
using DiplomacyTracker.Search;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages;

/// <summary>
/// The timeline's per-year strip (statements and summits per KST year, newest 30 years, empty years included) and the
/// statements per KST month the visual timeline draws, shared by every request.
/// Counted by month ranges of the date indexes (one pass over the index, no per-row function: ~45 ms at a million
/// statements, where GROUP BY strftime took ~430 ms). Served stale while one refresh runs in the background, and
/// computed by one request only when there is none yet, so an expiry never sets every request counting at once.
/// </summary>
public sealed class TimelineOverview(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(60);

    public sealed record YearCount(string Year, int Statements, int Summits);

    /// <summary>Statements said in one KST month ("2025-10"), for the visual timeline's density.</summary>
    public sealed record MonthCount(string Month, int Statements);

    /// <summary>The years (every one from the first to the last, empty ones included, newest first) and the months with statements.</summary>
    public sealed record Counts(IReadOnlyList<YearCount> Years, IReadOnlyList<MonthCount> Months)
    {
        public int Statements => Years.Sum(y => y.Statements);
        public int Summits => Years.Sum(y => y.Summits);
    }

    private readonly object _gate = new();
    private (DateTimeOffset At, Counts Years)? _value;
    private (Task<Counts> Task, long Generation)? _refresh;
    private long _generation; // one more per save: a count begun before a save must not pass for one after it

    public async Task<IReadOnlyList<YearCount>> GetAsync() => (await GetCountsAsync()).Years;

    public async Task<Counts> GetCountsAsync()
    {
        Task<Counts> refresh;
        lock (_gate)
        {
            if (_value is { } v && clock.GetUtcNow() - v.At < FreshFor) return v.Years;
            if (_refresh is not { } running || running.Generation != _generation)
                _refresh = running = (RefreshAsync(_generation), _generation);
            if (_value is { } stale) return stale.Years; // the refresh finishes in the background
            refresh = running.Task;
        }
        return await refresh;
    }

    /// <summary>
    /// After a save: the next request counts afresh (and waits for it), so an editor sees the article they just added;
    /// under a burst of saves (a scrape pass) at most every two seconds — within that, the next request is served the
    /// old counts while one refresh runs.
    /// </summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _generation++;
            if (_value is not { } v) return;
            _value = clock.GetUtcNow() - v.At > TimeSpan.FromSeconds(2) ? null : (DateTimeOffset.MinValue, v.Years);
        }
    }

    private async Task<Counts> RefreshAsync(long generation)
    {
        try
        {
            await Task.Yield();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var statementMonths = await CountByMonthAsync(db, "Statements", "SaidUtc");
            var summitMonths = await CountByMonthAsync(db, "Summits", "StartUtc");
            var statements = statementMonths.GroupBy(m => m.Key.Year).ToDictionary(g => g.Key, g => g.Sum(m => m.Value));
            var summits = summitMonths.GroupBy(m => m.Key.Year).ToDictionary(g => g.Key, g => g.Sum(m => m.Value));
            var known = statements.Keys.Union(summits.Keys).ToList();
            // Every year from the first to the last (newest 30), empty ones too: a gap in the news is a fact worth seeing.
            var years = known.Count == 0 ? [] : Enumerable.Range(known.Min(), known.Max() - known.Min() + 1).Reverse().Take(30)
                .Select(y => new YearCount(y.ToString(CultureInfo.InvariantCulture), statements.GetValueOrDefault(y), summits.GetValueOrDefault(y)))
                .ToList();
            var months = statementMonths.OrderBy(m => m.Key)
                .Select(m => new MonthCount(string.Create(CultureInfo.InvariantCulture, $"{m.Key.Year:D4}-{m.Key.Month:D2}"), m.Value)).ToList();
            var counts = new Counts(years, months);
            lock (_gate)
            {
                // Counted before a later save: answer the requests that waited for it, keep nothing.
                if (generation == _generation) _value = (clock.GetUtcNow(), counts);
            }
            return counts;
        }
        finally
        {
            lock (_gate)
            {
                if (_refresh?.Generation == generation) _refresh = null;
            }
        }
    }

    /// <summary>Rows per KST month of <paramref name="column"/>: a range count per month between the oldest and newest date.</summary>
    private static async Task<Dictionary<(int Year, int Month), int>> CountByMonthAsync(TrackerDbContext db, string table, string column)
    {
        var counts = new Dictionary<(int Year, int Month), int>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var first = await ScalarAsync(connection, $"SELECT min(\"{column}\") FROM \"{table}\" WHERE \"{column}\" IS NOT NULL");
            var last = await ScalarAsync(connection, $"SELECT max(\"{column}\") FROM \"{table}\"");
            if (StoredInstants.Read(first) is not { } from || StoredInstants.Read(last) is not { } to) return counts;
            var start = from.AddHours(9);
            var end = to.AddHours(9);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM \"{table}\" WHERE \"{column}\" >= @from AND \"{column}\" < @to";
            var fromParameter = Parameter(command, "@from");
            var toParameter = Parameter(command, "@to");
            for (var month = new DateTime(start.Year, start.Month, 1); month <= end; month = month.AddMonths(1))
            {
                fromParameter.Value = StoredInstants.Parameter(connection, MonthStartUtc(month));
                toParameter.Value = StoredInstants.Parameter(connection, MonthStartUtc(month.AddMonths(1)));
                var n = Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
                if (n > 0) counts[(month.Year, month.Month)] = n;
            }
            return counts;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static System.Data.Common.DbParameter Parameter(System.Data.Common.DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static DateTime MonthStartUtc(DateTime kstMonth) => DateTime.SpecifyKind(kstMonth, DateTimeKind.Utc).AddHours(-9);

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
