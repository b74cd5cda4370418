using DiplomacyTracker.Analysis;
using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Web.Pages;

/// <summary>A statement as the reading pages show it: words, speaker, the role they held that day, a link to the sentence.</summary>
public sealed record StatementCard(
    int Id, int ArticleId, string ArticleTitle, string Text, int? SpeakerId, string? SpeakerName, string? SpeakerSlug,
    string? SpeakerText, FuzzyDate? SaidOn, string? Role = null, string? SnippetHtml = null);

/// <summary>A participant link.</summary>
public sealed record ActorLink(int Id, string Name, string Slug);

/// <summary>A summit as a card: status badge, dates at their precision, place, participants.</summary>
public sealed record SummitCard(
    int Id, string Title, SummitStatus Status, FuzzyDate? Start, FuzzyDate? End, string? Location, IReadOnlyList<ActorLink> Participants);
