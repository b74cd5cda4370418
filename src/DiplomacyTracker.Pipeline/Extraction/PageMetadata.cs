using AngleSharp.Dom;

namespace DiplomacyTracker.Extraction;

/// <summary>What the page says about itself in its head and markup, read before any cleaning.</summary>
internal sealed record PageMetadata(
    string? Title,
    bool TitleIsWeak,
    IElement? TitleHeading,
    string? Byline,
    string? SiteName,
    string? Language,
    string? CanonicalUrl,
    string? LeadImageUrl,
    string? Description,
    DateEvidence Dates);

/// <summary>Everything on the page that may say when it was published, gathered by the metadata walk for
/// <see cref="PublishedDateFinder"/>: JSON-LD objects, meta tags (name → content, in page order), elements
/// marked as dates, and the document order of those elements and of the title heading.</summary>
internal sealed record DateEvidence(
    IReadOnlyList<JsonLdDates> JsonLd,
    IReadOnlyList<KeyValuePair<string, string>> Metas,
    IReadOnlyList<IElement> ItemPropDates,
    IReadOnlyList<IElement> Times,
    IReadOnlyList<IElement> DateElements,
    IReadOnlyDictionary<IElement, int> Order,
    string? PageTitle,
    string? CanonicalUrl)
{
    public static DateEvidence None { get; } = new([], [], [], [], [], new Dictionary<IElement, int>(), null, null);
}
