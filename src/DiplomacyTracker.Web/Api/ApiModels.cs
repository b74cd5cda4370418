using DiplomacyTracker.Dates;
using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Pages;

namespace DiplomacyTracker.Web.Api;

/// <summary>A page of results: the items, where this page is, how many match in all, and the URL of the next page (null on the last).</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, ApiCount? Count, string? Next);

/// <summary>How many match: <c>exact</c>, <c>atLeast</c> (counted up to a cap) or <c>about</c> (estimated from the word index).</summary>
public sealed record ApiCount(int Value, string Kind)
{
    public static ApiCount? Of(ResultCount? count) => count is null ? null : new ApiCount(count.Value, count.Kind switch
    {
        CountKind.AtLeast => "atLeast",
        CountKind.About => "about",
        _ => "exact",
    });

    public static ApiCount Exact(int n) => new(n, "exact");
}

/// <summary>A date at the precision its source gave: ISO text ("2025-10", "2025-10-29"), the span it covers in UTC, and how the site shows it.</summary>
public sealed record ApiDate(string Iso, string Precision, DateTime EarliestUtc, DateTime LatestUtc, string Display)
{
    public static ApiDate? Of(FuzzyDate? date) => date is { } d
        ? new ApiDate(d.ToIsoString(), d.Precision.ToString().ToLowerInvariant(), d.EarliestUtc, d.LatestUtc, Infrastructure.Display.Date(d))
        : null;
}

public sealed record ApiActorRef(int Id, string Name, string Slug, string? Country, string Url)
{
    public static ApiActorRef Of(ActorLink a) => new(a.Id, a.Name, a.Slug, a.Country, $"/Actors/{a.Slug}");
}

public sealed record ApiArticleRef(int Id, string Title, string Url);

/// <summary>Who said what, when; <c>url</c> is the statement's permalink (its sentence marked in the article).</summary>
public sealed record ApiStatement(int Id, string Text, ApiActorRef? Speaker, string? SpeakerText, string? Role, ApiDate? Said, ApiArticleRef Article, string Url)
{
    public static ApiStatement Of(StatementCard c) => new(c.Id, c.Text,
        c.SpeakerId is { } id && c.SpeakerSlug is not null ? new ApiActorRef(id, c.SpeakerName ?? c.SpeakerSlug, c.SpeakerSlug, null, $"/Actors/{c.SpeakerSlug}") : null,
        c.SpeakerText, c.Role, ApiDate.Of(c.SaidOn), new ApiArticleRef(c.ArticleId, c.ArticleTitle, $"/Articles/{c.ArticleId}"), $"/Statements/{c.Id}");
}

/// <summary>One article's report about a summit: the status it supports and the passage.</summary>
public sealed record ApiEvidence(string Status, string Excerpt, ApiArticleRef? Article, DateTime? ReportedUtc);

/// <summary>A summit; <c>overdue</c> when its date is past and it is still planned or proposed (no report yet).</summary>
public sealed record ApiSummit(int Id, string Title, string Status, bool Overdue, ApiDate? Start, ApiDate? End, string? Location, string? Outcome,
    IReadOnlyList<ApiActorRef> Participants, string? CountryPair, string Url, IReadOnlyList<ApiEvidence>? Evidence = null)
{
    public static ApiSummit Of(SummitCard s, DateTimeOffset now, IReadOnlyList<ApiEvidence>? evidence = null) => new(s.Id, s.Title,
        s.Status.ToString().ToLowerInvariant(), s.OverdueAt(now), ApiDate.Of(s.Start), ApiDate.Of(s.End), s.Location, s.Outcome,
        s.Participants.Select(ApiActorRef.Of).ToList(), s.CountryPair, $"/Summits/{s.Id}", evidence);
}

public sealed record ApiRole(string Title, string? Organisation, DateOnly? From, DateOnly? To);

public sealed record ApiActor(int Id, string Name, string Slug, string? Country, string Kind, string Url,
    IReadOnlyList<string>? Aliases = null, IReadOnlyList<ApiRole>? Roles = null, int? Statements = null);

/// <summary>An article: where it came from, when it was published, how many statements were found in it; the text on the single-article call.</summary>
public sealed record ApiArticle(int Id, string Title, string? SourceUrl, string? Source, ApiDate? Published, int Statements, string Url, string? Text = null);

/// <summary>What the visual timeline draws: summits in lanes, statements per month.</summary>
public sealed record ApiTimeline(IReadOnlyList<ApiSummit> Summits, IReadOnlyList<ApiMonthCount> StatementsPerMonth, string? FirstMonth, string? LastMonth);

/// <summary>Statements said in one KST month ("2025-10").</summary>
public sealed record ApiMonthCount(string Month, int Statements);
