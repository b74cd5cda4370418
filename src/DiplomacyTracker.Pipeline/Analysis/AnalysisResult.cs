using DiplomacyTracker.Dates;

namespace DiplomacyTracker.Analysis;

/// <summary>What the analysis reads: the extracted article's text and the little metadata it needs.</summary>
public sealed record ArticleText(string Title, string Text, FuzzyDate? Published, string? Language);

/// <summary>Everything the analysis found in one article; offsets index into <see cref="ArticleText.Text"/>.</summary>
public sealed record AnalysisResult(
    RelevanceDecision Relevance,
    IReadOnlyList<FoundActor> Actors,
    IReadOnlyList<FoundStatement> Statements,
    IReadOnlyList<FoundSummit> Summits)
{
    public static AnalysisResult Irrelevant(RelevanceDecision relevance) => new(relevance, [], [], []);

    /// <summary>The language the article was read as ("en", "ko"; see <see cref="LanguageDetector"/>).</summary>
    public string Language { get; init; } = "en";

    /// <summary>Sieves (and document layers) that threw on this article: their output was dropped, the rest stands.
    /// The store logs them (ArticleStore) with fixed property names.</summary>
    public IReadOnlyList<SieveFailure> Failures { get; init; } = [];
}

/// <summary>Whether an article is about Korea diplomacy, how sure, and why.</summary>
public sealed record RelevanceDecision(bool IsRelevant, double Score, bool Borderline, IReadOnlyList<string> Reasons);

/// <summary>An actor mentioned in the article. <see cref="Discovered"/> actors are not in the catalog yet (review queue).</summary>
public sealed record FoundActor(
    string Key,
    string Name,
    string? Country,
    ActorKind Kind,
    string? Role,
    bool Discovered,
    IReadOnlyList<string> Mentions);

/// <summary>Who said what: the words as written, the cue verb, when it was said, and where in the text.</summary>
/// <param name="SpeakerKey">The <see cref="FoundActor.Key"/> of the speaker.</param>
/// <param name="Start">Offset of the statement's first character in the article text.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Confidence">0..1; below 0.7 the statement goes to the review queue.</param>
public sealed record FoundStatement(
    string SpeakerKey,
    string SpeakerName,
    string? Role,
    StatementKind Kind,
    string Cue,
    string Text,
    FuzzyDate? SaidOn,
    int Start,
    int End,
    double Confidence)
{
    /// <summary>The sieve that produced the statement ("english.said-after-quote"): provenance, and precision per rule.</summary>
    public string Sieve { get; init; } = "";

    /// <summary>The sentence the statement was read from, as written (the evidence an editor checks).</summary>
    public string Sentence { get; init; } = "";

    /// <summary>The other speakers of a joint statement ("Both leaders reaffirmed …"), by name; empty for one speaker.</summary>
    public IReadOnlyList<string> CoSpeakers { get; init; } = [];

    /// <summary>The <see cref="FoundActor.Key"/>s of <see cref="CoSpeakers"/>, in the same order.</summary>
    public IReadOnlyList<string> CoSpeakerKeys { get; init; } = [];
}

/// <summary>A summit the article reports, with the sentence (or table row) that says so.</summary>
public sealed record FoundSummit(
    string Title,
    FuzzyDate? Start,
    FuzzyDate? End,
    string? Location,
    SummitStatus Status,
    string? Outcome,
    IReadOnlyList<string> ParticipantKeys,
    string Evidence,
    int EvidenceStart,
    int EvidenceEnd)
{
    /// <summary>The sieve that produced the summit (the first, most precise one when several reports were merged).</summary>
    public string Sieve { get; init; } = "";
}
