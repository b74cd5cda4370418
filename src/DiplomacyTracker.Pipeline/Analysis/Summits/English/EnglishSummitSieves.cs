namespace DiplomacyTracker.Analysis;

/// <summary>Summits from table rows ("Date | Leaders | Place"): the most precise source when an article has one.</summary>
internal sealed class EnglishSummitTableSieve : ISieve<SummitCandidate>
{
    public string Name => "english.summit-table";

    public void Run(AnalysedDocument doc, SieveBoard<SummitCandidate> board)
    {
        var found = new List<SummitCandidate>();
        SummitTableReader.Read(doc, doc.Published, found);
        foreach (var c in found) board.Add(c, doc.SentenceAt(c.EvidenceStart));
    }
}

/// <summary>The article's sentences with their meeting words, found once and shared by the English meeting sieves.</summary>
internal sealed class EnglishMeetingWords
{
    private AnalysedDocument? _doc;
    private List<(SummitSentence Sentence, List<Trigger> Triggers)> _sentences = [];

    public IReadOnlyList<(SummitSentence Sentence, List<Trigger> Triggers)> Of(AnalysedDocument doc)
    {
        if (ReferenceEquals(doc, _doc)) return _sentences;
        var sentences = new List<(SummitSentence, List<Trigger>)>();
        for (var n = 0; n < doc.Sentences.Count; n++)
        {
            var sentence = doc.Sentences[n];
            // A run-on blob or a table row is no sentence to read meetings from.
            if (sentence.End - sentence.Start > 1500 || doc.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).Contains(" | ", StringComparison.Ordinal)) continue;
            var view = new SummitSentence(doc, n);
            var triggers = SummitTriggers.In(view);
            if (triggers.Count > 0) sentences.Add((view, triggers));
        }
        (_doc, _sentences) = (doc, sentences);
        return sentences;
    }
}

/// <summary>
/// One family of meeting words read into summit candidates by <see cref="MeetingReader"/>: each sieve takes its own
/// words, so the evaluation prints precision per family (chronology lines, "met", meeting nouns, visits, invitations,
/// multilateral gatherings).
/// </summary>
internal sealed class EnglishMeetingSieve(string name, Func<SummitSentence, Trigger, bool> takes, EnglishMeetingWords words, ActorCatalog catalog)
    : ISieve<SummitCandidate>
{
    public string Name => name;

    public void Run(AnalysedDocument doc, SieveBoard<SummitCandidate> board)
    {
        foreach (var (sentence, triggers) in words.Of(doc))
            foreach (var trigger in triggers)
            {
                if (!takes(sentence, trigger)) continue;
                foreach (var candidate in MeetingReader.Read(sentence, trigger, catalog, triggers))
                    board.Add(candidate, sentence.Index, candidate.Partial ? "refers-back" : candidate.Rule);
            }
    }

    /// <summary>The English meeting sieves, most precise first.</summary>
    public static IEnumerable<ISieve<SummitCandidate>> All(ActorCatalog catalog)
    {
        var words = new EnglishMeetingWords();
        static bool OnLine(SummitSentence s) => SummitDays.OpeningDate(s) is not null;
        yield return new EnglishMeetingSieve("english.chronology", (s, t) => t.Gathering is null && OnLine(s), words, catalog);
        yield return new EnglishMeetingSieve("english.meet", (s, t) => t.Gathering is null && !OnLine(s) && t.Kind == TriggerKind.Meet, words, catalog);
        yield return new EnglishMeetingSieve("english.meeting-noun", (s, t) => t.Gathering is null && !OnLine(s) && t.Kind == TriggerKind.Noun, words, catalog);
        yield return new EnglishMeetingSieve("english.visit", (s, t) => !OnLine(s) && t.Kind is TriggerKind.Visit or TriggerKind.Host, words, catalog);
        yield return new EnglishMeetingSieve("english.invitation", (s, t) => !OnLine(s) && t.Kind == TriggerKind.Invitation, words, catalog);
        yield return new EnglishMeetingSieve("english.gathering", (s, t) => t.Gathering is not null, words, catalog);
    }
}
