using DiplomacyTracker.Data;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary>The API's article calls: a page of articles (newest published first) and one article with its text.</summary>
public static class ArticleQueries
{
    public static async Task<Results<Ok<ApiPage<ApiArticle>>, ValidationProblem>> ListAsync(HttpRequest request, TrackerDbContext db,
        string? from, string? to, int? page, int? pageSize, CancellationToken ct)
    {
        var (number, size) = (ApiEndpoints.Number(page), ApiEndpoints.Size(pageSize));
        if (!FuzzyDateInput.TryParse(from, out var f) | !FuzzyDateInput.TryParse(to, out var t))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["query"] = ["from and to are dates: 2025, 2025-10 or 2025-10-18."] });
        var query = db.Articles.AsNoTracking();
        if (f is { } ff) query = query.Where(a => (a.PublishedLatestUtc ?? a.PublishedUtc) >= ff.EarliestUtc);
        if (t is { } tt) query = query.Where(a => a.PublishedUtc <= tt.LatestUtc);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.PublishedUtc).ThenByDescending(a => a.Id).Skip((number - 1) * size).Take(size)
            .Select(a => new
            {
                a.Id, a.Title, a.Url, Source = a.Source != null ? a.Source.Name : a.SiteName,
                a.PublishedUtc, a.PublishedLatestUtc, a.PublishedPrecision, a.PublishedOffsetMinutes, Statements = a.Statements.Count,
            }).ToListAsync(ct);
        var items = rows.Select(a => new ApiArticle(a.Id, a.Title, a.Url, a.Source,
            ApiDate.Of(SummitQueries.Date(a.PublishedUtc, a.PublishedLatestUtc, a.PublishedPrecision, a.PublishedOffsetMinutes)), a.Statements, $"/Articles/{a.Id}")).ToList();
        return TypedResults.Ok(new ApiPage<ApiArticle>(items, number, size, ApiCount.Exact(total),
            number * size < total ? ApiEndpoints.PageUrl(request, number + 1) : null));
    }

    public static async Task<Results<Ok<ApiArticle>, ProblemHttpResult>> GetAsync(int id, TrackerDbContext db, CancellationToken ct)
    {
        var a = await db.Articles.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id, x.Title, x.Url, Source = x.Source != null ? x.Source.Name : x.SiteName, x.Text,
                x.PublishedUtc, x.PublishedLatestUtc, x.PublishedPrecision, x.PublishedOffsetMinutes, Statements = x.Statements.Count,
            }).FirstOrDefaultAsync(ct);
        if (a is null) return ApiEndpoints.Missing($"article {id}");
        return TypedResults.Ok(new ApiArticle(a.Id, a.Title, a.Url, a.Source,
            ApiDate.Of(SummitQueries.Date(a.PublishedUtc, a.PublishedLatestUtc, a.PublishedPrecision, a.PublishedOffsetMinutes)), a.Statements, $"/Articles/{a.Id}", a.Text));
    }
}
