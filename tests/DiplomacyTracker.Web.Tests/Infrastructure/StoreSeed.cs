using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Infrastructure;

/// <summary>Puts articles and statements straight into the store (the analysis is another branch's work).</summary>
public static class StoreSeed
{
    public sealed record Quote(string Speaker, string Sentence, FuzzyDate? SaidOn, string? SpeakerText = null);

    /// <summary>Stores an article whose text is the sentences as paragraphs; each quote's offsets point at its sentence.</summary>
    public static async Task<(int ArticleId, List<int> StatementIds)> ArticleAsync(TrackerDbContext db, string title, FuzzyDate? published, params Quote[] quotes)
    {
        var text = string.Join("\n\n", quotes.Select(q => q.Sentence).Prepend($"{title}."));
        var article = new Article
        {
            Title = title, Text = text, Published = published, FetchedUtc = DateTime.UtcNow, ContentHash = Guid.NewGuid().ToString("N"),
            IsRelevant = true, RelevanceScore = 0.9, Origin = ArticleOrigin.Imported,
        };
        foreach (var q in quotes)
        {
            var speaker = await db.Actors.FirstAsync(a => a.Slug == q.Speaker);
            var start = text.IndexOf(q.Sentence, StringComparison.Ordinal);
            article.Statements.Add(new Statement
            {
                SpeakerId = speaker.Id, SpeakerText = q.SpeakerText ?? speaker.Name, Text = q.Sentence, Kind = StatementKind.Direct, Cue = "said",
                SaidOn = q.SaidOn, StartOffset = start, EndOffset = start + q.Sentence.Length, Confidence = 0.95, CreatedUtc = DateTime.UtcNow,
            });
        }
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return (article.Id, article.Statements.Select(s => s.Id).ToList());
    }

    public static FuzzyDate Day(int y, int m, int d) => FuzzyDate.FromDay(new DateOnly(y, m, d), FuzzyDate.Seoul);

    /// <summary>A discovered actor (not in the reference), as the analysis would create it.</summary>
    public static async Task<Actor> DiscoveredActorAsync(TrackerDbContext db, string name, string slug, params string[] aliases)
    {
        var actor = new Actor
        {
            Name = name, Slug = slug, Country = "KR", Origin = ActorOrigin.Discovered, Review = ReviewState.Pending, CreatedUtc = DateTime.UtcNow,
        };
        foreach (var alias in aliases.Prepend(name))
            actor.Aliases.Add(new ActorAlias { Text = alias, Normalized = ActorCatalog.NormalizeName(alias) });
        db.Actors.Add(actor);
        await db.SaveChangesAsync();
        return actor;
    }
}
