using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Review;

/// <summary>What the analysis was unsure of: discovered actors, low-confidence statements, borderline articles, undated summits; each queue counted and paged.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public const double ConfidenceThreshold = 0.7;
    public const int PerList = 50;

    public sealed record ActorRow(int Id, string Name, string Slug, string? Country, int Statements);
    public sealed record StatementRow(int Id, int ArticleId, string Text, string? Speaker, string? SpeakerText, double Confidence);
    public sealed record ArticleRow(int Id, string Title, double Score);
    public sealed record SummitRow(int Id, string Title, SummitStatus Status, int Reports);

    /// <summary>One page of a queue: its rows, how many wait in all, which page (the query key says which queue).</summary>
    public sealed record Queue<T>(string Key, List<T> Rows, int Total, int Page)
    {
        public int First => (Page - 1) * PerList + 1;
        public int Last => First + Rows.Count - 1;
        public bool HasMore => Page * PerList < Total;
    }

    [BindProperty(SupportsGet = true, Name = "actors")] public int ActorPage { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "statements")] public int StatementPage { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "articles")] public int ArticlePage { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "summits")] public int SummitPage { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "rejected")] public int RejectedPage { get; set; } = 1;

    public Queue<ActorRow> Actors { get; private set; } = new("actors", [], 0, 1);
    public Queue<StatementRow> Statements { get; private set; } = new("statements", [], 0, 1);
    public Queue<ArticleRow> Articles { get; private set; } = new("articles", [], 0, 1);
    public Queue<SummitRow> Summits { get; private set; } = new("summits", [], 0, 1);

    /// <summary>Actors rejected as "not an actor": not work to do, but where a rejection is undone.</summary>
    public Queue<ActorRow> Rejected { get; private set; } = new("rejected", [], 0, 1);
    public bool Empty => Actors.Total == 0 && Statements.Total == 0 && Articles.Total == 0 && Summits.Total == 0;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actors = db.Actors.AsNoTracking().Where(a => a.Origin == ActorOrigin.Discovered && a.Review == ReviewState.Pending && a.MergedIntoId == null);
        Actors = await PageAsync("actors", actors.OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new ActorRow(a.Id, a.Name, a.Slug, a.Country, db.Statements.Count(s => s.SpeakerId == a.Id))), () => actors.CountAsync(ct), ActorPage, ct);

        var statements = db.Statements.AsNoTracking()
            .Where(s => s.Review == ReviewState.Pending || (s.Review == ReviewState.None && s.Confidence < ConfidenceThreshold && s.EditedUtc == null));
        Statements = await PageAsync("statements", statements.OrderBy(s => s.Confidence).ThenByDescending(s => s.Id)
            .Select(s => new StatementRow(s.Id, s.ArticleId, s.Text, s.Speaker != null ? s.Speaker.Name : null, s.SpeakerText, s.Confidence)),
            () => statements.CountAsync(ct), StatementPage, ct);

        var articles = db.Articles.AsNoTracking().Where(a => a.RelevanceBorderline && !a.RelevanceOverridden);
        Articles = await PageAsync("articles", articles.OrderByDescending(a => a.FetchedUtc).ThenByDescending(a => a.Id)
            .Select(a => new ArticleRow(a.Id, a.Title, a.RelevanceScore)), () => articles.CountAsync(ct), ArticlePage, ct);

        // Without a start date a summit never reaches the timeline: an editor should date it (or delete it).
        var undated = db.Summits.AsNoTracking().Where(s => s.StartUtc == null || s.StartPrecision == DatePrecision.Unknown);
        Summits = await PageAsync("summits", undated.OrderByDescending(s => s.UpdatedUtc).ThenByDescending(s => s.Id)
            .Select(s => new SummitRow(s.Id, s.Title, s.Status, s.Evidence.Count)), () => undated.CountAsync(ct), SummitPage, ct);

        var rejected = db.Actors.AsNoTracking().Where(a => a.Review == ReviewState.Rejected && a.MergedIntoId == null);
        Rejected = await PageAsync("rejected", rejected.OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new ActorRow(a.Id, a.Name, a.Slug, a.Country, 0)), () => rejected.CountAsync(ct), RejectedPage, ct);
    }

    /// <summary>Where a queue's "previous" and "show more" links go (null at either end) and which rows are shown.</summary>
    public sealed record PagerView(string? Previous, string? Next, int First, int Last, int Total);

    public PagerView Pager<T>(Queue<T> queue) => new(
        queue.Page > 1 ? PageLink(queue.Key, queue.Page - 1) : null,
        queue.HasMore ? PageLink(queue.Key, queue.Page + 1) : null,
        queue.First, queue.Last, queue.Total);

    /// <summary>This page with one queue moved to <paramref name="page"/>, the others where they are.</summary>
    public string PageLink(string key, int page)
    {
        var pages = new Dictionary<string, int>
        {
            ["actors"] = Actors.Page, ["statements"] = Statements.Page, ["articles"] = Articles.Page, ["summits"] = Summits.Page,
            ["rejected"] = Rejected.Page,
        };
        pages[key] = page;
        var parts = pages.Where(p => p.Value > 1).Select(p => $"{p.Key}={p.Value}").ToList();
        return parts.Count == 0 ? $"/Review#{key}" : $"/Review?{string.Join("&", parts)}#{key}";
    }

    private static async Task<Queue<T>> PageAsync<T>(string key, IQueryable<T> ordered, Func<Task<int>> total, int page, CancellationToken ct)
    {
        var count = await total();
        var last = Math.Max(1, (count + PerList - 1) / PerList);
        page = Math.Clamp(page, 1, last);
        var rows = await ordered.Skip((page - 1) * PerList).Take(PerList).ToListAsync(ct);
        return new Queue<T>(key, rows, count, page);
    }
}
