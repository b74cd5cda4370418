using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Articles;

/// <summary>Stored articles, newest fetched first: source, date, relevance.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string Title, string? Source, FuzzyDate? Published, DateTime FetchedUtc, bool IsRelevant, double Score, bool Borderline, int Statements);

    [BindProperty(SupportsGet = true)] public string? Relevance { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public List<Row> Articles { get; private set; } = [];
    public bool HasMore { get; private set; }

    /// <summary>How many match in all (every page).</summary>
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000); // (p - 1) * size never overflows
        var q = db.Articles.AsNoTracking();
        q = Relevance switch
        {
            "relevant" => q.Where(a => a.IsRelevant),
            "irrelevant" => q.Where(a => !a.IsRelevant),
            "borderline" => q.Where(a => a.RelevanceBorderline),
            _ => q,
        };
        Total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(a => a.FetchedUtc).ThenByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new
            {
                a.Id, a.Title, Source = a.Source != null ? a.Source.Name : a.SiteName, a.PublishedUtc, a.PublishedLatestUtc, a.PublishedPrecision,
                a.PublishedOffsetMinutes, a.FetchedUtc, a.IsRelevant, a.RelevanceScore, a.RelevanceBorderline, Statements = a.Statements.Count,
            }).ToListAsync(ct);
        Articles = rows.Select(a => new Row(a.Id, a.Title, a.Source, SummitQueries.Date(a.PublishedUtc, a.PublishedLatestUtc, a.PublishedPrecision, a.PublishedOffsetMinutes),
            a.FetchedUtc, a.IsRelevant, a.RelevanceScore, a.RelevanceBorderline, a.Statements)).ToList();
        HasMore = Articles.Count > PageSize;
        if (HasMore) Articles.RemoveAt(PageSize);
    }
}
