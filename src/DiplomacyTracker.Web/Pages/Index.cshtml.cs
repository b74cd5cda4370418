using System.Globalization;
using System.Linq.Expressions;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages;

/// <summary>The timeline: summits and statements in time order (newest first), grouped by month, filtered by the query string.</summary>
[OutputCache(PolicyName = ReadingPageCache.PolicyName)]
public sealed class IndexModel(TrackerDbContext db, ReadingSnapshot snapshot, SummitCatalog summits, SpeakerLookup speakers, TimelineOverview overview) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public SummitStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Before { get; set; }

    public sealed record Item(DateTime SortUtc, int KindOrder, int Id, SummitCard? Summit, StatementCard? Statement);

    public List<IGrouping<string, Item>> Months { get; private set; } = [];

    /// <summary>How many statements and summits the filters match in all (not just this page).</summary>
    public ResultCount? StatementCount { get; private set; }
    public int? SummitCount { get; private set; }

    /// <summary>Counted only up to this many when filtered (each counted row is read).</summary>
    public const int CountCap = 1000;
    public IReadOnlyList<TimelineOverview.YearCount> Overview { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public string? ActorName { get; private set; }

    /// <summary>The actors a typed name may mean when it matched several: the page asks instead of mixing them.</summary>
    public IReadOnlyList<SpeakerCandidate> ActorChoices { get; private set; } = [];
    public ReadingSnapshot.Data Reading { get; private set; } = null!;
    public bool NoArticles { get; private set; }
    public List<string> Problems { get; } = [];
    public bool Filtered => Actor is not null || Country is not null || Kind is not null || Status is not null || From is not null || To is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct); // one open for the page's queries, not one per query
        Reading = await snapshot.GetAsync(ct);
        var cursor = TimelineCursor.Parse(Before);
        if (!FuzzyDateInput.TryParse(From, out var from)) Problems.Add($"“{From}” is not a date (use 2025, 2025-10 or 2025-10-18).");
        if (!FuzzyDateInput.TryParse(To, out var to)) Problems.Add($"“{To}” is not a date (use 2025, 2025-10 or 2025-10-18).");
        if (from is { } first && to is { } last && last.LatestUtc < first.EarliestUtc) Problems.Add($"“From” ({From}) is after “To” ({To}): nothing can match.");
        int? actorId = null;
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var match = await speakers.MatchAsync(Actor, ct);
            if (match.Single is { } one) (actorId, ActorName) = (one.Id, one.Name);
            else if (match.Actors.Count == 0) Problems.Add($"No actor is known as “{Actor}”. Try another spelling, or the Hangul name.");
            else ActorChoices = match.Actors;
        }
        if (!string.IsNullOrWhiteSpace(Actor) && actorId is null)
        {
            Overview = await overview.GetAsync();
            return; // an unknown or ambiguous name shows nothing rather than everyone's items
        }
        var country = string.IsNullOrWhiteSpace(Country) ? null : Country.Trim().ToUpperInvariant();
        var wantStatements = Kind is null or "statements" && Status is null;
        var wantSummits = Kind is null or "summits";

        var items = new List<Item>();
        if (wantStatements) items.AddRange(await StatementsAsync(actorId, country, from?.EarliestUtc, to?.LatestUtc, cursor, ct));
        // A full page of statements bounds the summits worth loading: one dated before the page's last statement
        // sorts after all of them and cannot be on this page (statements sort before summits at the same instant).
        DateTime? floor = items.Count >= PageSize ? items[PageSize - 1].SortUtc : null;
        if (wantSummits) items.AddRange(await SummitsAsync(actorId, country, Later(from?.EarliestUtc, floor), to?.LatestUtc, cursor, ct));
        var ordered = items.OrderByDescending(i => i.SortUtc).ThenByDescending(i => i.KindOrder).ThenByDescending(i => i.Id).ToList();
        if (ordered.Count > PageSize)
        {
            ordered = ordered.Take(PageSize).ToList();
            NextCursor = TimelineCursor.Format(ordered[^1]);
        }
        Months = ordered.GroupBy(i => Display.Month(i.SortUtc)).ToList();
        var counts = await overview.GetCountsAsync();
        Overview = counts.Years;
        if (wantSummits)
            SummitCount = SummitCatalog.Filter(await summits.GetAsync(ct), actorId, country, Status, from?.EarliestUtc, to?.LatestUtc).Count(s => s.Start is not null);
        if (wantStatements)
            StatementCount = actorId is null && country is null && from is null && to is null
                ? new ResultCount(counts.Statements, CountKind.About) // the shared per-year counts (rejected statements included)
                : await CountStatementsAsync(actorId, country, from?.EarliestUtc, to?.LatestUtc, ct);
        NoArticles = !Filtered && Before is null && !Reading.AnyArticles;
    }

    public string OlderLink() => QueryWith(NextCursor);

    /// <summary>The filters in the API's terms (actor, country, status, from, to), for the visual timeline and the downloads.</summary>
    public string ApiQuery(string actorKey = "actor")
    {
        var parts = new List<string>();
        void Add(string name, string? value) { if (!string.IsNullOrWhiteSpace(value)) parts.Add($"{name}={Uri.EscapeDataString(value.Trim())}"); }
        Add(actorKey, Actor); Add("country", Country); Add("from", From); Add("to", To);
        if (actorKey == "actor") Add("status", Status?.ToString());
        return string.Join("&", parts);
    }

    private async Task<ResultCount> CountStatementsAsync(int? actorId, string? country, DateTime? from, DateTime? to, CancellationToken ct)
    {
        var q = db.Statements.AsNoTracking().Where(s => s.SaidUtc != null && s.Review != ReviewState.Rejected);
        if (actorId is { } id) q = q.Where(s => s.SpeakerId == id);
        if (country is not null) q = q.Where(s => s.Speaker!.Country == country);
        if (to is { } t) q = q.Where(s => s.SaidUtc <= t);
        if (from is { } f) q = q.Where(s => (s.SaidLatestUtc ?? s.SaidUtc) >= f);
        var n = await q.OrderByDescending(s => s.SaidUtc).Take(CountCap + 1).CountAsync(ct); // newest first: a date range is walked from its end, up to the cap
        return n > CountCap ? new ResultCount(CountCap, CountKind.AtLeast) : new ResultCount(n, CountKind.Exact);
    }

    private static DateTime? Later(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;

    /// <summary>This page's filters with the actor replaced by <paramref name="slug"/> (a "did you mean" link).</summary>
    public string ActorLink(string slug) => QueryWith(null, slug);

    private string QueryWith(string? before, string? actor = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value) { if (!string.IsNullOrWhiteSpace(value)) parts.Add($"{name}={Uri.EscapeDataString(value)}"); }
        Add("actor", actor ?? Actor); Add("country", Country); Add("kind", Kind); Add("status", Status?.ToString());
        Add("from", From); Add("to", To); Add("before", before);
        return "/?" + string.Join("&", parts);
    }

    /// <summary>A statement row as the timeline reads it.</summary>
    public sealed record StatementRow(int Id, int ArticleId, string ArticleTitle, string Text, int? SpeakerId, string? SpeakerName, string? SpeakerSlug,
        string? SpeakerText, DateTime? SaidUtc, DateTime? SaidLatestUtc, DatePrecision SaidPrecision, int SaidOffsetMinutes);

    private static readonly Expression<Func<Statement, StatementRow>> ToRow = s => new StatementRow(s.Id, s.ArticleId, s.Article!.Title, s.Text,
        s.SpeakerId, s.Speaker!.Name, s.Speaker.Slug, s.SpeakerText, s.SaidUtc, s.SaidLatestUtc, s.SaidPrecision, s.SaidOffsetMinutes);

    /// <summary>The unfiltered first page, the one most requested: compiled once (no expression tree to walk and hash per request).</summary>
    private static readonly Func<TrackerDbContext, int, IAsyncEnumerable<StatementRow>> Newest = EF.CompileAsyncQuery((TrackerDbContext db, int take) =>
        db.Statements.AsNoTracking().Where(s => s.SaidUtc != null && s.Review != ReviewState.Rejected)
            .OrderByDescending(s => s.SaidUtc).ThenByDescending(s => s.Id).Take(take).Select(ToRow));

    private async Task<List<Item>> StatementsAsync(int? actorId, string? country, DateTime? from, DateTime? to, TimelineCursor? cursor, CancellationToken ct)
    {
        List<StatementRow> rows;
        if (actorId is null && country is null && from is null && to is null && cursor is null)
            rows = await Newest(db, PageSize + 1).ToListAsync(ct);
        else
        {
            var q = db.Statements.AsNoTracking().Where(s => s.SaidUtc != null && s.Review != ReviewState.Rejected);
            if (actorId is { } id) q = q.Where(s => s.SpeakerId == id);
            if (country is not null) q = q.Where(s => s.Speaker!.Country == country);
            if (to is { } t) q = q.Where(s => s.SaidUtc <= t);
            if (from is { } f) q = q.Where(s => (s.SaidLatestUtc ?? s.SaidUtc) >= f);
            if (cursor is { } c)
            {
                var d = c.Utc;
                q = c.KindOrder > 1 ? q.Where(s => s.SaidUtc <= d)
                    : c.KindOrder == 1 ? q.Where(s => s.SaidUtc < d || (s.SaidUtc == d && s.Id < c.Id))
                    : q.Where(s => s.SaidUtc < d);
            }
            rows = await q.OrderByDescending(s => s.SaidUtc).ThenByDescending(s => s.Id).Take(PageSize + 1).Select(ToRow).ToListAsync(ct);
        }
        var roles = RoleLookup.Of(Reading.Roles);
        return rows.Select(r =>
        {
            FuzzyDate? said = new FuzzyDate(r.SaidUtc!.Value, r.SaidLatestUtc ?? r.SaidUtc.Value, r.SaidPrecision, r.SaidOffsetMinutes);
            var card = new StatementCard(r.Id, r.ArticleId, r.ArticleTitle, r.Text, r.SpeakerId, r.SpeakerName, r.SpeakerSlug, r.SpeakerText,
                said, roles.On(r.SpeakerId, said));
            return new Item(r.SaidUtc.Value, 1, r.Id, null, card);
        }).ToList();
    }

    private async Task<List<Item>> SummitsAsync(int? actorId, string? country, DateTime? from, DateTime? to, TimelineCursor? cursor, CancellationToken ct)
    {
        var all = await summits.GetAsync(ct);
        return SummitCatalog.Filter(all, actorId, country, Status, from, to)
            .Where(s => s.Start is not null)
            .Select(card => new Item(card.Start!.Value.EarliestUtc, 0, card.Id, card, null))
            .Where(i => cursor is not { } c || TimelineCursor.IsAfter(i, c))
            .Take(PageSize + 1).ToList();
    }

}

/// <summary>Where the previous page stopped: (date, kind, id) of its last item, "ticks-kind-id" in the URL.</summary>
public readonly record struct TimelineCursor(DateTime Utc, int KindOrder, int Id)
{
    public static TimelineCursor? Parse(string? text)
    {
        var parts = text?.Split('-');
        if (parts is not { Length: 3 } || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kind)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        return new TimelineCursor(new DateTime(ticks, DateTimeKind.Utc), kind, id);
    }

    public static string Format(IndexModel.Item item) =>
        string.Create(CultureInfo.InvariantCulture, $"{item.SortUtc.Ticks}-{item.KindOrder}-{item.Id}");

    /// <summary>True when <paramref name="item"/> sorts after the cursor (older, or same instant and lower in the order).</summary>
    public static bool IsAfter(IndexModel.Item item, TimelineCursor c) =>
        item.SortUtc < c.Utc || (item.SortUtc == c.Utc && (item.KindOrder < c.KindOrder || (item.KindOrder == c.KindOrder && item.Id < c.Id)));
}
