namespace DiplomacyTracker.Analysis;

/// <summary>
/// Splits one reported sentence where its words change speaker: "X said A, while Y said B", "…, and Trump said B" (that
/// clause becomes that person's statement, never the first speaker's), "…, while officials said B" (B is nobody's). One
/// speaker's coordinated clauses ("said A, adding that B", "warned A and urged B") stay one statement, as annotators count
/// them; only a clause after a direct quote ("“…,” Kim said, adding that B") is a statement of its own. Pieces shorter
/// than three words are not split off.
/// </summary>
internal static class StatementSplitter
{
    private static readonly HashSet<string> Participles = new(StringComparer.Ordinal)
    {
        "saying", "adding", "calling", "warning", "stressing", "noting", "urging", "insisting", "arguing", "describing", "vowing",
    };

    public static List<Attributed> Split(AnalysedDocument doc, List<QuoteSpan> quotes, Dictionary<int, Mention> byEnd, StatementReader reader, Sentence s, Attributed found)
    {
        var pieces = new List<Attributed>();
        var st = found.Statement;
        if (st.Kind == StatementKind.Direct && !QuoteFinder.HasQuoteMark(doc.Text, st.Start, st.End))
            return AddingAfterQuote(doc, quotes, reader, s, found) is { } more ? [found, more] : [found];
        var tokens = doc.Tokens;
        var current = found;
        var start = st.Start;
        var i = TokenIndex.FirstAtOrAfter(tokens, st.Start);
        for (; i < tokens.Count && tokens[i].End <= st.End; i++)
        {
            if (QuoteFinder.Containing(quotes, tokens[i].Start) is not null) continue;
            var (cut, next, speaker, cue) = SplitPoint(doc, byEnd, i, st.End, current.Speaker, quotes);
            if (cut >= 0 && next < 0)
            {
                // The rest belongs to an unnamed speaker: keep the first part only.
                if (Words(doc.Text, start, cut) >= 3 && reader.Piece(current.Statement, current.Speaker, current.Statement.Cue, start, cut, s) is { } kept)
                    pieces.Add(current with { Statement = kept });
                return pieces;
            }
            // "said A, adding that B" and "warned A and urged B" are one statement (one speaker, one sentence); only a clause
            // given to someone else ("…, and Trump said B") is split off.
            if (cut < 0 || speaker is null || speaker.Key == current.Speaker.Key) continue;
            if (Words(doc.Text, start, cut) < 3 || Words(doc.Text, next, st.End) < 3) continue;
            if (reader.Piece(current.Statement, current.Speaker, current.Statement.Cue, start, cut, s) is { } first) pieces.Add(current with { Statement = first });
            var rest = reader.Piece(current.Statement, speaker, cue, next, st.End, s);
            if (rest is null) return pieces.Count > 0 ? [.. pieces] : [found];
            var surface = speaker.Key == current.Speaker.Key ? current.SpeakerSurface : speaker.Name;
            current = new Attributed(rest, speaker, surface);
            start = next;
            while (i + 1 < tokens.Count && tokens[i + 1].Start < next) i++;
        }
        pieces.Add(current);
        return pieces;
    }

    /// <summary>"“…,” Kim said, adding that the allies were coordinating": the participle clause after a direct quote.</summary>
    private static Attributed? AddingAfterQuote(AnalysedDocument doc, List<QuoteSpan> quotes, StatementReader reader, Sentence s, Attributed found)
    {
        var tokens = doc.Tokens;
        var from = Math.Max(found.Statement.End, s.Start);
        for (var i = TokenIndex.FirstAtOrAfter(tokens, from); i < tokens.Count && tokens[i].End <= s.End; i++)
        {
            if (tokens[i].Norm is not ("adding" or "saying") || QuoteFinder.Containing(quotes, tokens[i].Start) is not null) continue;
            if (i == 0 || doc.Text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Trim() is not ("," or ",\u201D" or ",\"" or "\u201D," or "\",")) continue;
            var next = SkipThat(tokens, i + 1, s.End);
            if (Words(doc.Text, next, s.End) < 3) return null;
            var piece = reader.Piece(found.Statement, found.Speaker, tokens[i].Norm, next, s.End, s);
            return piece is null ? null : found with { Statement = piece with { Cue = tokens[i].Norm } };
        }
        return null;
    }

    /// <summary>(cut offset, offset where the next piece starts, its speaker, its cue) or cut = -1.</summary>
    private static (int Cut, int Next, CatalogActor? Speaker, string Cue) SplitPoint(AnalysedDocument doc, Dictionary<int, Mention> byEnd, int i, int end, CatalogActor speaker, List<QuoteSpan> quotes)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        var t = tokens[i];
        var gapBefore = i > 0 ? text.AsSpan(tokens[i - 1].End, t.Start - tokens[i - 1].End).Trim() : default;
        if (Participles.Contains(t.Norm) && gapBefore.SequenceEqual(","))
        {
            if (t.Norm is "calling" or "describing" && !QuoteSoon(doc, i, end, quotes)) return (-1, 0, null, "");
            var next = SkipThat(tokens, i + 1, end);
            return (tokens[i - 1].End, next, speaker, t.Norm);
        }
        // "X said A, while Y said B": a contrast clause needs its own named speaker.
        var contrast = t.Norm is "while" or "whereas";
        if (!(t.Norm is "and" or "but" || (contrast && gapBefore.SequenceEqual(",")))) return (-1, 0, null, "");
        var k = i + 1;
        CatalogActor? who = speaker;
        if (contrast && (k >= tokens.Count || MentionAt(doc, tokens[k].Start) is null))
            return ReportedWithin(tokens, k, end, 5) ? (t.Start, -1, null, "") : (-1, 0, null, ""); // "…, while officials said B": B is nobody's
        if (k < tokens.Count && tokens[k].Norm is "he" or "she" or "it") k++;
        else if (k < tokens.Count && MentionAt(doc, tokens[k].Start) is { } m)
        {
            if (m.Actor is null || m.NotSubject) return (-1, 0, null, "");
            who = m.Actor;
            k = TokenIndex.FirstAtOrAfter(tokens, m.End);
        }
        while (k < tokens.Count && tokens[k].End <= end && ReportingVerbs.IsFiller(tokens[k].Norm)) k++;
        if (k >= tokens.Count || tokens[k].End > end) return (-1, 0, null, "");
        var verb = tokens[k].Norm;
        var cue = ReportingVerbs.At(tokens[k]);
        if (verb is "called" or "calls")
        {
            if (k + 1 < tokens.Count && tokens[k + 1].Norm is "on" or "for") k++;
            else if (!QuoteSoon(doc, k, end, quotes)) return (-1, 0, null, "");
        }
        else if (cue is null) return (-1, 0, null, "");
        return (t.Start, SkipThat(tokens, k + 1, end), who, verb); // the piece keeps a closing quote; Make trims the comma
    }

    private static bool ReportedWithin(IReadOnlyList<Token> tokens, int k, int end, int max)
    {
        for (var j = k; j < tokens.Count && j < k + max && tokens[j].End <= end; j++)
            if (ReportingVerbs.At(tokens[j]) is not null) return true;
        return false;
    }

    private static Mention? MentionAt(AnalysedDocument doc, int offset)
    {
        var m = TokenIndex.FirstMentionAtOrAfter(doc.Mentions, offset);
        if (m < doc.Mentions.Count && doc.Mentions[m].Start == offset) return doc.Mentions[m];
        if (m < doc.Mentions.Count && doc.Mentions[m].TitleStart == offset) return doc.Mentions[m];
        return null;
    }

    private static bool QuoteSoon(AnalysedDocument doc, int i, int end, List<QuoteSpan> quotes)
    {
        var tokens = doc.Tokens;
        var limit = Math.Min(end, i + 7 < tokens.Count ? tokens[i + 7].End : end);
        return QuoteFinder.HasQuoteMark(doc.Text, tokens[i].End, Math.Max(tokens[i].End, limit));
    }

    private static int SkipThat(IReadOnlyList<Token> tokens, int k, int end)
    {
        if (k < tokens.Count && tokens[k].Norm == "that" && k + 1 < tokens.Count) k++;
        return k < tokens.Count ? Math.Min(tokens[k].Start, end) : end;
    }

    private static int Words(string text, int from, int to)
    {
        var n = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }
}
