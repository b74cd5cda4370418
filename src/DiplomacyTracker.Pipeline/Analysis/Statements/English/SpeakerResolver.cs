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

    /// <summary>
    /// A speaker found through "he" or "the president" who is named inside the words themselves ("“… Trump is only in
    /// Korea for two days …,” he said") is someone else talking about them: the resolution is refused.
    /// </summary>
    public static bool NamedInWords(AnalysedDocument doc, ReportWords words, CatalogActor speaker, string rule)
    {
        if (rule is not ("pronoun" or "description") || speaker.Kind != ActorKind.Person || AliasIndex.SurnameOf(speaker) is not { } surname) return false;
        for (var k = TokenIndex.FirstAtOrAfter(doc.Tokens, words.Start); k < doc.Tokens.Count && doc.Tokens[k].End <= words.End; k++)
            if (doc.Tokens[k].Capitalized && doc.Tokens[k].Norm == surname) return true;
        return false;
    }
}
