using System.Text.Json;
using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Summits;

/// <summary>
/// Where a merged summit's old URL goes: the merge is recorded as an EditRecord on the old id with
/// <c>{"IntoId": n}</c>, so no tombstone column is needed (ids are AUTOINCREMENT, never reused).
/// </summary>
public static class SummitRedirects
{
    public const string MergeAction = "merge";

    public static async Task<int?> MergedIntoAsync(TrackerDbContext db, int id, CancellationToken ct)
    {
        var after = await db.EditRecords.AsNoTracking()
            .Where(e => e.EntityType == "Summit" && e.EntityId == id && e.Action == MergeAction && e.After != null)
            .OrderByDescending(e => e.Id).Select(e => e.After).FirstOrDefaultAsync(ct);
        if (after is null) return null;
        try
        {
            using var json = JsonDocument.Parse(after);
            return json.RootElement.TryGetProperty("IntoId", out var into) && into.TryGetInt32(out var target) && target != id ? target : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
