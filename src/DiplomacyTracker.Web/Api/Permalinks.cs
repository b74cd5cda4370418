using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary>
/// /Statements/{id}: a statement's permalink, for feeds, downloads and the API. It leads to the sentence marked in its
/// article (/Articles/{article}#s{id}), which stays right if the article page's layout changes.
/// </summary>
public static class Permalinks
{
    public static IEndpointRouteBuilder MapPermalinks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/Statements/{id:int}", async (int id, TrackerDbContext db, CancellationToken ct) =>
            await db.Statements.AsNoTracking().Where(s => s.Id == id && s.Review != ReviewState.Rejected).Select(s => (int?)s.ArticleId).FirstOrDefaultAsync(ct) is { } article
                ? Results.Redirect($"/Articles/{article}#s{id}")
                : Results.NotFound()).ExcludeFromDescription();
        return app;
    }
}
