using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Intake;

namespace DiplomacyTracker.Data.Export;

/// <summary>Export records back into entities (the larger ones; <see cref="StoreRestorer"/> maps the rest inline).</summary>
internal static class ExportMapping
{
    public static Source ToSource(ExportSource s)
    {
        var source = new Source
        {
            Id = s.Id, Name = s.Name, Url = s.Url, Kind = s.Kind, LinkSelector = s.LinkSelector, ContentSelector = s.ContentSelector,
            TimeZone = s.TimeZone, IntervalMinutes = s.IntervalMinutes, IsPaused = s.IsPaused, CreatedUtc = s.CreatedUtc, NextCheckUtc = DateTime.UtcNow,
        };
        if (s.State is { } st)
        {
            (source.NextCheckUtc, source.ScrapeRequestedUtc, source.ETag, source.LastModified) = (st.NextCheckUtc, st.ScrapeRequestedUtc, st.ETag, st.LastModified);
            (source.LastAttemptUtc, source.LastSuccessUtc, source.LastError, source.ConsecutiveFailures) = (st.LastAttemptUtc, st.LastSuccessUtc, st.LastError, st.ConsecutiveFailures);
            (source.ItemsSeen, source.ItemsNew, source.ItemsDuplicate, source.ItemsIrrelevant, source.ItemsFailed) = (st.ItemsSeen, st.ItemsNew, st.ItemsDuplicate, st.ItemsIrrelevant, st.ItemsFailed);
        }
        return source;
    }

    public static Article ToArticle(ExportArticle a)
    {
        var shingles = Shingles.Of(a.Text); // derived: recomputed rather than carried in the file
        return new Article
        {
            Id = a.Id, Url = a.Url, NormalizedUrl = a.NormalizedUrl, CanonicalUrl = a.CanonicalUrl, Title = a.Title, Byline = a.Byline,
            SiteName = a.SiteName, Language = a.Language, LeadImageUrl = a.LeadImageUrl, Published = a.PublishedAt?.ToFuzzy(),
            FetchedUtc = a.FetchedUtc, Text = a.Text, RawGzip = a.RawGzipBase64 is null ? null : Convert.FromBase64String(a.RawGzipBase64),
            RawContentType = a.RawContentType, ContentHash = a.ContentHash, IsRelevant = a.Relevant, RelevanceScore = a.RelevanceScore,
            RelevanceBorderline = a.RelevanceBorderline, RelevanceOverridden = a.RelevanceOverridden, Origin = a.Origin, SourceId = a.SourceId,
            FeedGuid = a.FeedGuid, AnalyzedUtc = a.AnalyzedUtc, EditedUtc = a.EditedUtc, AnalysisError = a.AnalysisError,
            ShingleCount = shingles.Count, ShingleSketch = Shingles.Sketch(shingles),
            Sightings = a.AlsoReportedBy.Select(x => new ArticleSighting { SourceId = x.SourceId, Url = x.Url, Title = x.Title, Reason = x.Reason, SeenUtc = x.SeenUtc }).ToList(),
        };
    }

    public static FeedItem ToFeedItem(ExportFeedItem i) => new()
    {
        Id = i.Id, SourceId = i.SourceId, Guid = i.Guid, Url = i.Url, NormalizedUrl = i.NormalizedUrl, Title = i.Title, Summary = i.Summary,
        PublishedUtc = i.PublishedUtc, State = i.State, Attempts = i.Attempts, LastError = i.LastError, NextAttemptUtc = i.NextAttemptUtc,
        FirstSeenUtc = i.FirstSeenUtc, LastAttemptUtc = i.LastAttemptUtc, ArticleId = i.ArticleId,
    };

    public static Editor ToEditor(ExportEditor e) => new()
    {
        Id = e.Id, Email = e.Email, NormalizedEmail = e.Email?.ToUpperInvariant(), UserName = e.UserName,
        NormalizedUserName = e.UserName?.ToUpperInvariant(), PasswordHash = e.PasswordHash, SecurityStamp = e.SecurityStamp,
        ConcurrencyStamp = e.ConcurrencyStamp, EmailConfirmed = e.EmailConfirmed, LockoutEnabled = e.LockoutEnabled,
        LockoutEnd = e.LockoutEnd, AccessFailedCount = e.AccessFailedCount, CreatedUtc = e.CreatedUtc,
    };
}
