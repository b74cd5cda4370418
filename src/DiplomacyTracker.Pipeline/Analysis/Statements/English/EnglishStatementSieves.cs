namespace DiplomacyTracker.Analysis;

/// <summary>
/// The English statement sieves, most precise first (Stanford CoreNLP's quote attribution order): the speaker right
/// beside a quote, then a quote in the speaker's own clause, colon introductions, "quoted as saying", indirect speech in
/// the speaker's own clause, speech before the speaker, "according to", then quotes continuing a speaker. Each takes the
/// reports of its form that no earlier sieve read and resolves their subject to a speaker (<see cref="SpeakerResolver"/>).
/// </summary>
internal static class EnglishStatementSieves
{
    public static IReadOnlyList<ISieve<Attributed>> For(AnalysedDocument doc)
    {
        var shared = new Lazy<EnglishStatementContext>(() => new EnglishStatementContext(doc));
        return
        [
            new ReportFormSieve("english.quote-said-speaker", shared, ReportForm.QuoteThenVerbThenSpeaker),
            new ReportFormSieve("english.quote-speaker-said", shared, ReportForm.QuoteThenSpeaker),
            new ReportFormSieve("english.speaker-said-quote", shared, ReportForm.SpeakerThenQuote),
            new ReportFormSieve("english.colon-paragraph", shared, ReportForm.ColonParagraph),
            new ReportFormSieve("english.quoted-as-saying", shared, ReportForm.QuotedAsSaying),
            new ReportFormSieve("english.relayed", shared, ReportForm.Relayed),
            new JointStatementSieve(shared),
            new ReportFormSieve("english.own-clause", shared, ReportForm.OwnClause),
            new ReportFormSieve("english.clause-speaker-said", shared, ReportForm.ClauseThenSpeaker),
            new ReportFormSieve("english.clause-said-speaker", shared, ReportForm.ClauseThenVerbThenSpeaker),
            new ReportFormSieve("english.according-to", shared, ReportForm.AccordingTo),
            new ReportFormSieve("english.participle", shared, ReportForm.Participle),
            new ContinuationSieve(shared),
        ];
    }

    /// <summary>True when the span or the cue lies on a statement an earlier sieve found.</summary>
    public static bool Taken(SieveBoard<Attributed> board, int start, int end, int cue)
    {
        foreach (var f in board.Facts)
        {
            var s = f.Fact.Statement;
            if ((s.Start < end && start < s.End) || (s.Start <= cue && cue < s.End)) return true;
        }
        return false;
    }
}

/// <summary>One form of report ("“…,” Kim said"): per sentence, the first such report not read yet whose subject resolves.</summary>
internal sealed class ReportFormSieve(string name, Lazy<EnglishStatementContext> shared, ReportForm form) : ISieve<Attributed>
{
    public string Name => name;

    public void Run(AnalysedDocument doc, SieveBoard<Attributed> board)
    {
        var ctx = shared.Value;
        for (var n = 0; n < doc.Sentences.Count; n++)
        {
            foreach (var report in ctx.Reports[n])
            {
                if (report.Words.Form != form) continue;
                if (EnglishStatementSieves.Taken(board, report.Words.Start, report.Words.End, doc.Tokens[report.Cue].Start)) continue;
                ctx.Timeline.RestoreBefore(ctx.Speakers, n);
                if (SpeakerResolver.Resolve(report.Subject, ctx.Speakers) is not { } r || SpeakerResolver.NamedInWords(doc, report.Words, r.Speaker, r.Rule)) continue;
                var sentence = doc.Sentences[n];
                var found = new Attributed(ctx.Reader.Materialize(report.Words, r.Speaker, r.Confidence, sentence), r.Speaker, ctx.Surface(report.Subject));
                foreach (var piece in StatementSplitter.Split(doc, doc.Quotes, ctx.ByEnd, ctx.Reader, sentence, found))
                    if (!EnglishStatementSieves.Taken(board, piece.Statement.Start, piece.Statement.End, -1)) board.Add(piece, n, r.Rule);
                break;
            }
        }
    }
}

/// <summary>
/// "“…,” Kim said. “More words.”": a sentence that is only a quote, naming nobody, right after a direct statement continues
/// that speaker (also into the next paragraph), slightly less certain.
/// </summary>
internal sealed class ContinuationSieve(Lazy<EnglishStatementContext> shared) : ISieve<Attributed>
{
    public string Name => "english.continuation";

    public void Run(AnalysedDocument doc, SieveBoard<Attributed> board)
    {
        var ctx = shared.Value;
        for (var n = 1; n < doc.Sentences.Count; n++)
        {
            var sentence = doc.Sentences[n];
            if (SpeakerTimeline.QuoteOnly(doc, sentence) is not { } q || EnglishStatementSieves.Taken(board, sentence.Start, sentence.End, -1)) continue;
            if (SpeakerTimeline.MentionsOutsideQuotes(doc, sentence).Count > 0) continue;
            Attributed? previous = null;
            foreach (var f in board.Facts)
                if (f.Fact.Statement.End <= sentence.Start && (previous is null || f.Fact.Statement.End > previous.Statement.End)) previous = f.Fact;
            if (previous is not { Statement.Kind: StatementKind.Direct } || doc.SentenceAt(previous.Statement.End - 1) != n - 1) continue;
            if (ctx.Reader.Continue(previous.Statement, q, sentence) is { } more) board.Add(previous with { Statement = more }, n);
        }
    }
}
