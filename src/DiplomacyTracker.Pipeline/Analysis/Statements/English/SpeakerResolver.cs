namespace DiplomacyTracker.Analysis;

/// <summary>
/// Mention → speaker: a full name, a title and surname or a surname names its actor; "he", "she", "it" and "the
/// president" stand for the subject before them (<see cref="SpeakerContext"/>); a surname two named people share is
/// decided only by the subject just before. Each resolution is named, for provenance, with its confidence.
/// </summary>
internal static class SpeakerResolver
{
    public static (CatalogActor Speaker, double Confidence, string Rule)? Resolve(Subject subject, SpeakerContext context)
    {
        if (subject.Pronoun is { } p)
        {
            var description = p.StartsWith("the ", StringComparison.Ordinal);
            return context.Resolve(p) is { } actor ? (actor, description ? 0.75 : 0.78, description ? "description" : "pronoun") : null;
        }
        var m = subject.Mention!;
        if (m.Actor is { } named)
        {
            var confidence = m.Form switch { MentionForm.FullName or MentionForm.Hangul => 0.92, MentionForm.TitleSurname => 0.88, _ => 0.82 };
            if (named.Key.StartsWith("discovered:", StringComparison.Ordinal)) confidence -= 0.05;
            var rule = m.Form switch { MentionForm.TitleSurname => "title", MentionForm.Surname => "surname", _ => "name" };
            return (named, confidence, rule);
        }
        if (context.Last is { } lastSubject && m.Candidates.Any(a => a.Key == lastSubject.Key))
            return (lastSubject, 0.7, "recent");
        return null;
    }
}
