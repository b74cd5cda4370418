namespace DiplomacyTracker.Analysis;

/// <summary>
/// Joint statements of a readout or summit report: "Both leaders reaffirmed …", "The two leaders also confirmed …", "Kishida
/// and Yoon confirmed …", then "They committed …" right after. The speakers are every leader: the first is the statement's
/// speaker, the others its <see cref="FoundStatement.CoSpeakers"/>. "Both leaders" stands for the leaders of different
/// countries named together in the nearest sentence before that names exactly that many; "the two sides" and governments
/// are never speakers. The words are the whole sentence, as annotators keep a joint readout sentence; a sentence that
/// also holds someone's own report ("…, the presidential office said") is left to the report's sieve.
/// </summary>
internal sealed class JointStatementSieve(Lazy<EnglishStatementContext> shared) : ISieve<Attributed>
{
    private const int LookBack = 8;

    public string Name => "english.joint";

    public void Run(AnalysedDocument doc, SieveBoard<Attributed> board)
    {
        var ctx = shared.Value;
        var lastJoint = -10;
        IReadOnlyList<CatalogActor>? lastSpeakers = null;
        for (var n = 0; n < doc.Sentences.Count; n++)
        {
            var s = doc.Sentences[n];
            var (first, last) = ReportFinder.TokenRange(doc, s);
            if (last - first < 4 || s.End - s.Start > ReportFinder.MaxSentenceLength) continue;
            var start = JointSubjects.ClauseStart(doc, s, first, last);
            if (JointSubjects.Read(doc, start, last) is not { } subject) continue;
            // "The two leaders agreed …, the presidential office said", "… agreed …, and Lee said …": the sentence holds
            // someone's own report; the joint reading would take its words.
            if (ctx.Reports[n].Count > 0 || OtherReporter(doc, subject.Verb, last)) continue;
            IReadOnlyList<CatalogActor>? speakers = subject.Kind switch
            {
                JointKind.Pair => subject.Named,
                JointKind.Group => LeadersBefore(doc, n, subject.Count, doc.Tokens[start].Start),
                _ => n - lastJoint <= 2 && NamesNobody(doc, lastJoint + 1, n) ? lastSpeakers : null,
            };
            if (speakers is not { Count: >= 2 } || EnglishStatementSieves.Taken(board, s.Start, s.End, doc.Tokens[subject.Verb].Start)) continue;
            var words = new ReportWords(s.Start, s.End, StatementKind.Indirect, doc.Tokens[subject.Verb].Norm, ReportForm.OwnClause);
            var made = ctx.Reader.Materialize(Trimmed(doc, words), speakers[0], subject.Kind == JointKind.They ? 0.8 : 0.85, s);
            var statement = made with { CoSpeakers = speakers.Skip(1).Select(a => a.Name).ToList(), CoSpeakerKeys = speakers.Skip(1).Select(a => a.Key).ToList() };
            board.Add(new Attributed(statement, speakers[0], doc.Text[doc.Tokens[start].Start..doc.Tokens[subject.Verb].Start].Trim()), n,
                subject.Kind.ToString().ToLowerInvariant());
            lastJoint = n;
            lastSpeakers = speakers;
        }
    }

    /// <summary>"…, Cheong Wa Dae spokesperson Ko Min-jung said", "…, and Lee said …": a reporting verb after the joint verb
    /// with a subject of its own (a name, a pronoun, a title word) right before it.</summary>
    private static bool OtherReporter(AnalysedDocument doc, int verb, int last)
    {
        var tokens = doc.Tokens;
        for (var k = verb + 2; k < last; k++)
        {
            if (ReportingVerbs.At(tokens[k]) is null || QuoteFinder.Containing(doc.Quotes, tokens[k].Start) is not null) continue;
            var j = k - 1;
            while (j > verb && ReportingVerbs.IsFiller(tokens[j].Norm)) j--;
            if (tokens[j].Norm is "he" or "she" or "it" or "they" or "office" or "ministry" or "agency" or "spokesperson" or "spokesman" or "spokeswoman"
                || tokens[j].Capitalized || NameWords.OfficeWords.Contains(tokens[j].Norm)
                || doc.Mentions.Any(m => m.End == tokens[j].End)) return true;
        }
        return false;
    }

    private static ReportWords Trimmed(AnalysedDocument doc, ReportWords words)
    {
        var end = words.End;
        while (end > words.Start && (char.IsWhiteSpace(doc.Text[end - 1]) || doc.Text[end - 1] is '.' or ';')) end--;
        return words with { End = end };
    }

    /// <summary>No person is named in sentences [from, to).</summary>
    private static bool NamesNobody(AnalysedDocument doc, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to; k++)
            if (MentionsIn(doc, k).Any(m => m.Actor is { Kind: ActorKind.Person })) return false;
        return true;
    }

    /// <summary>The leaders of <paramref name="count"/> different countries named in the nearest sentence before (or in the
    /// same one, before the subject) that names leaders of at least two countries; null when that sentence names another number.</summary>
    private static IReadOnlyList<CatalogActor>? LeadersBefore(AnalysedDocument doc, int n, int count, int subjectStart)
    {
        for (var k = n; k >= 0 && k >= n - LookBack; k--)
        {
            var leaders = new List<CatalogActor>();
            var countries = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in MentionsIn(doc, k).Where(m => k < n || m.End <= subjectStart))
            {
                if (m.Actor is not { Kind: ActorKind.Person } a || leaders.Any(l => l.Key == a.Key)) continue;
                if (LeaderOf(doc, a) is not { } country || !countries.Add(country)) continue;
                leaders.Add(a);
            }
            if (leaders.Count >= 2) return count == 0 && leaders.Count <= 3 || leaders.Count == count ? leaders : null;
        }
        return null;
    }

    private static string? LeaderOf(AnalysedDocument doc, CatalogActor actor)
    {
        if (doc.Day is not { } day) return null;
        var role = doc.Discovered.FirstOrDefault(d => d.Actor.Key == actor.Key)?.Role ?? doc.AppositiveRoles.GetValueOrDefault(actor.Key);
        var discovered = actor.Roles.Count == 0 ? role : null;
        return Leaders.CountryLed(actor, day, day, discovered)?.Code;
    }

    private static IEnumerable<Mention> MentionsIn(AnalysedDocument doc, int n)
    {
        var s = doc.Sentences[n];
        for (var i = TokenIndex.FirstMentionAtOrAfter(doc.Mentions, s.Start); i < doc.Mentions.Count && doc.Mentions[i].End <= s.End; i++)
            yield return doc.Mentions[i];
    }
}
