using System.Data.Common;
using System.Globalization;
using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DiplomacyTracker.Tests.Trust;

/// <summary>
/// Every table of the store's model, read row by row as text, to prove a restore brings back every column. The tables
/// come from the EF model, so a table added later is compared too until export/restore carries it or it is listed
/// below with the reason it is not part of an export.
/// </summary>
internal static class StoreTables
{
    /// <summary>Tables an export leaves out on purpose.</summary>
    private static readonly Dictionary<string, string> SkippedTables = new()
    {
        ["DataProtectionKeys"] = "the app's keys: not exported, editors sign in again after a restore (docs/security.md)",
        ["StoreGenerations"] = "a counter the reading caches compare; a restored store starts its own",
        ["__EFMigrationsHistory"] = "the schema's, not the data's",
    };

    /// <summary>Columns a restore rightly renews: child rows' own ids (numbered afresh; links go by parents' ids), leases.</summary>
    private static readonly Dictionary<string, string[]> SkippedColumns = new()
    {
        ["ActorAliases"] = ["Id"],
        ["ActorRoles"] = ["Id"],
        ["ArticleSightings"] = ["Id"],
        ["SummitEvidence"] = ["Id"],
        // When an article was unlinked is in the edit history; the rejection itself is carried.
        ["SummitEvidenceRejections"] = ["Id", "CreatedUtc"],
        // A lease belongs to a running scraper; a restored store has none running.
        ["Sources"] = ["LeaseOwner", "LeaseUntilUtc"],
    };

    /// <summary>Each table's rows as sorted lines "column=value|…", by table name.</summary>
    public static async Task<SortedDictionary<string, List<string>>> ReadAsync(TrackerDbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var tables = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var group in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null).GroupBy(e => e.GetTableName()!))
            {
                if (SkippedTables.ContainsKey(group.Key)) continue;
                var table = StoreObjectIdentifier.Table(group.Key, group.First().GetSchema());
                var skipped = SkippedColumns.GetValueOrDefault(group.Key, []);
                var columns = group.SelectMany(e => e.GetProperties()).Select(p => p.GetColumnName(table)).OfType<string>()
                    .Where(c => !skipped.Contains(c)).Distinct().Order(StringComparer.Ordinal).ToList();
                tables[group.Key] = await RowsAsync(connection, $"SELECT {string.Join(", ", columns.Select(sql.DelimitIdentifier))} FROM {sql.DelimitIdentifier(group.Key)}", columns);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return tables;
    }

    private static async Task<List<string>> RowsAsync(DbConnection connection, string select, List<string> columns)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = select;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join("|", columns.Select((c, i) => $"{c}={Text(reader.GetValue(i))}")));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static string Text(object value) => value switch
    {
        DBNull => "null",
        byte[] bytes => Convert.ToBase64String(bytes),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
