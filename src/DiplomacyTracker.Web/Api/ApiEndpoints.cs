using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary>
/// The read-only JSON API under /api (documented in docs/api.md, described at /openapi/v1.json): actors, statements
/// with the search page's own search, summits with their evidence, articles, and the visual timeline's data. Every list
/// is paged (<c>page</c>, <c>pageSize</c> up to 200) and every answer is cacheable for 10 s, like the reading pages.
/// </summary>
public static class ApiEndpoints
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapTrackerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Reading").CacheOutput(ReadingPageCache.PolicyName)
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = "public, max-age=10";
                return await next(context);
            });
        api.MapGet("/statements", StatementsAsync).WithName("ListStatements")
            .WithSummary("Statements matching a search (the /Statements page's search: speaker, words, country, dates), newest first or by relevance.");
        api.MapGet("/statements/{id:int}", StatementAsync).WithName("GetStatement").WithSummary("One statement with its speaker, role that day, date and article.");
        api.MapGet("/summits", SummitsAsync).WithName("ListSummits")
            .WithSummary("Summits, newest first (unknown dates last), filtered by status, participant, participant's country and dates.");
        api.MapGet("/summits/{id:int}", SummitAsync).WithName("GetSummit").WithSummary("One summit with its participants and every article's report about it (the evidence).");
        api.MapGet("/actors", ActorsAsync).WithName("ListActors").WithSummary("Actors by name, optionally those whose name or a spelling starts with q, or of one country.");
        api.MapGet("/actors/{slug}", ActorAsync).WithName("GetActor").WithSummary("One actor with every spelling and the roles held, by date.");
        api.MapGet("/articles", ArticleQueries.ListAsync).WithName("ListArticles").WithSummary("Articles, newest published first, optionally published between from and to.");
        api.MapGet("/articles/{id:int}", ArticleQueries.GetAsync).WithName("GetArticle").WithSummary("One article with its text and how many statements were found in it.");
        api.MapGet("/timeline", TimelineData.GetAsync).WithName("GetTimeline")
            .WithSummary("What the visual timeline draws: summits (filtered like the timeline) and statements per KST month.");
        return app;
    }

    /// <summary>404 with a problem document (a JSON client gets JSON, not the site's error page).</summary>
    internal static ProblemHttpResult Missing(string what) => TypedResults.Problem($"There is no {what}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    internal static int Size(int? pageSize) => Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize);

    internal static int Number(int? page) => Math.Clamp(page ?? 1, 1, 100_000);

    /// <summary>This request's URL with page replaced, for <see cref="ApiPage{T}.Next"/>.</summary>
    internal static string PageUrl(HttpRequest request, int page)
    {
        var query = request.Query.Where(q => q.Key != "page").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append($"page={page}");
        return request.Path + "?" + string.Join("&", query);
    }

    private static async Task<Results<Ok<ApiPage<ApiStatement>>, ValidationProblem>> StatementsAsync(
        HttpRequest request, StatementFinder finder, string? speaker, string? q, string? country, string? from, string? to, string? sort,
        int? page, int? pageSize, CancellationToken ct)
    {
        var (number, size) = (Number(page), Size(pageSize));
        var found = await finder.FindAsync(new StatementFilter(speaker, q, country, from, to, sort), (number - 1) * size, size, ct);
        if (found.Problems.Count > 0 || found.SpeakerChoices.Count > 0)
        {
            var errors = new Dictionary<string, string[]>();
            if (found.Problems.Count > 0) errors["query"] = found.Problems.ToArray();
            if (found.SpeakerChoices.Count > 0)
                errors["speaker"] = [$"“{speaker}” matches several officials; ask for one by slug: " + string.Join(", ", found.SpeakerChoices.Select(c => $"{c.Slug} ({c.Name})"))];
            return TypedResults.ValidationProblem(errors);
        }
        return TypedResults.Ok(new ApiPage<ApiStatement>(found.Cards.Select(ApiStatement.Of).ToList(), number, size, ApiCount.Of(found.Count),
            found.HasMore ? PageUrl(request, number + 1) : null));
    }

    private static async Task<Results<Ok<ApiStatement>, ProblemHttpResult>> StatementAsync(int id, TrackerDbContext db, ReadingSnapshot snapshot, CancellationToken ct)
    {
        var card = await StatementCards.ByIdAsync(db, snapshot, id, ct);
        return card is null ? Missing($"statement {id}") : TypedResults.Ok(ApiStatement.Of(card));
    }

    private static async Task<Results<Ok<ApiPage<ApiSummit>>, ValidationProblem>> SummitsAsync(HttpRequest request, SummitCatalog catalog, DiplomacyTracker.Search.SpeakerLookup actors, TimeProvider clock,
        SummitStatus? status, string? actor, string? country, string? from, string? to, int? page, int? pageSize, CancellationToken ct)
    {
        var (number, size) = (Number(page), Size(pageSize));
        int? actorId = string.IsNullOrWhiteSpace(actor) ? null : (await actors.MatchAsync(actor, ct)).Single?.Id;
        var errors = new Dictionary<string, string[]>();
        if (!FuzzyDateInput.TryParse(from, out var f)) errors["from"] = [$"“{from}” is not a date (use 2025, 2025-10 or 2025-10-18)."];
        if (!FuzzyDateInput.TryParse(to, out var t)) errors["to"] = [$"“{to}” is not a date (use 2025, 2025-10 or 2025-10-18)."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var all = actor is not null && actorId is null ? []
            : SummitCatalog.Filter(await catalog.GetAsync(ct), actorId, country, status, f?.EarliestUtc, t?.LatestUtc).ToList();
        var now = clock.GetUtcNow();
        var items = all.Skip((number - 1) * size).Take(size).Select(s => ApiSummit.Of(s, now)).ToList();
        return TypedResults.Ok(new ApiPage<ApiSummit>(items, number, size, ApiCount.Exact(all.Count),
            number * size < all.Count ? PageUrl(request, number + 1) : null));
    }

    private static async Task<Results<Ok<ApiSummit>, ProblemHttpResult>> SummitAsync(int id, SummitCatalog catalog, TrackerDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if ((await catalog.GetAsync(ct)).FirstOrDefault(s => s.Id == id) is not { } summit) return Missing($"summit {id}");
        var evidence = await db.SummitEvidence.AsNoTracking().Where(e => e.SummitId == id).OrderBy(e => e.ReportedUtc).ThenBy(e => e.Id)
            .Select(e => new { e.Status, e.Excerpt, e.ArticleId, Title = e.Article != null ? e.Article.Title : null, e.ReportedUtc }).ToListAsync(ct);
        return TypedResults.Ok(ApiSummit.Of(summit, clock.GetUtcNow(), evidence.Select(e => new ApiEvidence(e.Status.ToString().ToLowerInvariant(), e.Excerpt,
            e.ArticleId is { } a ? new ApiArticleRef(a, e.Title ?? "", $"/Articles/{a}") : null, e.ReportedUtc)).ToList()));
    }

    private static async Task<Ok<ApiPage<ApiActor>>> ActorsAsync(HttpRequest request, TrackerDbContext db, string? q, string? country, int? page, int? pageSize, CancellationToken ct)
    {
        var (number, size) = (Number(page), Size(pageSize));
        var query = db.Actors.AsNoTracking().Where(a => a.MergedIntoId == null && a.Review != ReviewState.Rejected);
        if (!string.IsNullOrWhiteSpace(country)) query = query.Where(a => a.Country == country.Trim().ToUpperInvariant());
        if (!string.IsNullOrWhiteSpace(q))
        {
            var normalized = ActorCatalog.NormalizeName(q);
            query = query.Where(a => a.Aliases.Any(x => x.Normalized.StartsWith(normalized)));
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip((number - 1) * size).Take(size)
            .Select(a => new { a.Id, a.Name, a.Slug, a.Country, a.Kind }).ToListAsync(ct);
        var items = rows.Select(a => new ApiActor(a.Id, a.Name, a.Slug, a.Country, a.Kind.ToString().ToLowerInvariant(), $"/Actors/{a.Slug}")).ToList();
        return TypedResults.Ok(new ApiPage<ApiActor>(items, number, size, ApiCount.Exact(total), number * size < total ? PageUrl(request, number + 1) : null));
    }

    private static async Task<Results<Ok<ApiActor>, ProblemHttpResult>> ActorAsync(string slug, TrackerDbContext db, CancellationToken ct)
    {
        var actor = await db.Actors.AsNoTracking().Where(a => a.Slug == slug && a.Review != ReviewState.Rejected)
            .Select(a => new
            {
                a.Id, a.Name, a.Slug, a.Country, a.Kind, a.MergedIntoId,
                Aliases = a.Aliases.Select(x => x.Text).ToList(),
                Roles = a.Roles.OrderBy(r => r.FromDate).Select(r => new ApiRole(r.Title, r.Organisation, r.FromDate, r.ToDate)).ToList(),
                Statements = db.Statements.Count(s => s.SpeakerId == a.Id && s.Review != ReviewState.Rejected),
            }).FirstOrDefaultAsync(ct);
        if (actor is null || actor.MergedIntoId is not null) return Missing($"actor {slug}");
        return TypedResults.Ok(new ApiActor(actor.Id, actor.Name, actor.Slug, actor.Country, actor.Kind.ToString().ToLowerInvariant(), $"/Actors/{actor.Slug}",
            actor.Aliases.Order(StringComparer.Ordinal).ToList(), actor.Roles, actor.Statements));
    }
}
