using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>GET /health: 200 "ok" when the database answers a query, 503 otherwise.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (TrackerDbContext db, ILogger<TrackerDbContext> logger, CancellationToken ct) =>
        {
            try
            {
                await db.Database.ExecuteSqlRawAsync("SELECT 1", ct);
                return Results.Text("ok");
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                logger.LogError(ex, "Health check: the database did not answer");
                return Results.Text("database unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).ExcludeFromDescription();
        return endpoints;
    }
}
