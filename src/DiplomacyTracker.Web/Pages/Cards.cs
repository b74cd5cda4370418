using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Web.Pages;

/// <summary>A statement as the reading pages show it: words, speaker, the role they held that day, a link to the sentence.</summary>
public sealed record StatementCard(
    int Id, int ArticleId, string ArticleTitle, string Text, int? SpeakerId, string? SpeakerName, string? SpeakerSlug,
    string? SpeakerText, FuzzyDate? SaidOn, string? Role = null, string? SnippetHtml = null);

/// <summary>A participant link (with the actor's country, for the timeline's lanes by country pair).</summary>
public sealed record ActorLink(int Id, string Name, string Slug, string? Country = null);

/// <summary>A summit as a card: status badge, dates at their precision, place, participants.</summary>
public sealed record SummitCard(
    int Id, string Title, SummitStatus Status, FuzzyDate? Start, FuzzyDate? End, string? Location, IReadOnlyList<ActorLink> Participants,
    string? Outcome = null, DateTime? CreatedUtc = null, DateTime? UpdatedUtc = null)
{
    /// <summary>The last instant the summit's dates allow (a day's end, a month's end for a month).</summary>
    public DateTime? LatestUtc => (End ?? Start)?.LatestUtc;

    /// <summary>
    /// "Overdue — no report yet": its date is past and it is still planned or proposed (no article has said it was held,
    /// postponed or cancelled). A warning to the reader, never a status of its own.
    /// </summary>
    public bool OverdueAt(DateTimeOffset now) => Status is SummitStatus.Planned or SummitStatus.Proposed && LatestUtc is { } last && last < now.UtcDateTime;

    /// <summary>"KR–US": the participants' countries, for lanes and charts by country pair; null when fewer than two are known.</summary>
    public string? CountryPair
    {
        get
        {
            var countries = Participants.Select(p => p.Country).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return countries.Count >= 2 ? string.Join("–", countries) : null;
        }
    }
}
