namespace DiplomacyTracker.Analysis;

/// <summary>A statement with the actor it belongs to and the surface form that named the speaker.</summary>
internal sealed record Attributed(FoundStatement Statement, CatalogActor Speaker, string SpeakerSurface);
