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
    string? JsonLdDate,
    IReadOnlyList<string> MetaDates,
    IReadOnlyList<IElement> TimeElements);
