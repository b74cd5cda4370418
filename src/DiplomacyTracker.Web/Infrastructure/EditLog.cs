using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>Records every edit (who, when, before/after as JSON) and reads an item's history back.</summary>
public sealed class EditLog(TrackerDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Adds the record to the context; the caller's SaveChanges stores it with the change itself.</summary>
    public void Record(ClaimsPrincipal user, string entityType, int entityId, string action, object? before, object? after) =>
        db.EditRecords.Add(new EditRecord
        {
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
            Editor = user.Identity?.Name ?? "unknown",
            AtUtc = clock.GetUtcNow().UtcDateTime,
        });

    public Task<List<EditRecord>> HistoryAsync(string entityType, int entityId, CancellationToken ct) =>
        db.EditRecords.AsNoTracking().Where(e => e.EntityType == entityType && e.EntityId == entityId)
            .OrderByDescending(e => e.Id).Take(100).ToListAsync(ct);
}
