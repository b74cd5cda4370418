namespace DiplomacyTracker.Analysis;

/// <summary>
/// What the English statement sieves of one article share, built once on first use: every reporting clause
/// (<see cref="ReportFinder"/>), who pronouns stand for before each sentence (<see cref="SpeakerTimeline"/>), and the reader
/// that turns words and a speaker into a statement.
/// </summary>
internal sealed class EnglishStatementContext
{
    public EnglishStatementContext(AnalysedDocument doc)
    {
        Doc = doc;
        foreach (var m in doc.Mentions) ByEnd.TryAdd(m.End, m);
        Reader = new StatementReader(doc, doc.Quotes);
        Speakers = NewSpeakerContext(doc);
        Reports = ReportFinder.Find(doc, Reader, ByEnd);
        Timeline = new SpeakerTimeline(doc, Reports, Speakers);
    }

    public AnalysedDocument Doc { get; }
    public Dictionary<int, Mention> ByEnd { get; } = [];
    public StatementReader Reader { get; }
    public SpeakerContext Speakers { get; }
    public List<Report>[] Reports { get; }
    public SpeakerTimeline Timeline { get; }

    /// <summary>The words of a subject as written ("President Lee", "he").</summary>
    public string Surface(Subject subject) =>
        subject.Mention is { } m ? Doc.Text[m.TitleStart..m.End] : Doc.Text[Doc.Tokens[subject.TokenIndex].Start..Doc.Tokens[subject.TokenIndex].End];

    private static SpeakerContext NewSpeakerContext(AnalysedDocument doc)
    {
        var (female, male) = SpeakerContext.Genders(doc);
        bool TitleFits(string title, CatalogActor actor)
        {
            var role = doc.Discovered.FirstOrDefault(d => d.Actor.Key == actor.Key)?.Role ?? doc.AppositiveRoles.GetValueOrDefault(actor.Key);
            return (actor.Roles.Count > 0 || role is not null) && TitleReader.Compatible(title, actor, doc.Day, strictDate: true, role);
        }
        var people = doc.Mentions.Where(m => m.Actor is { Kind: ActorKind.Person } && !m.NotSubject).Select(m => m.Actor!).DistinctBy(a => a.Key).ToList();
        CatalogActor? UniqueFit(string title)
        {
            if (title is "ministry" or "agency" or "department" or "command") return OnlyInstitution(doc, title);
            if (title.EndsWith("ministry", StringComparison.Ordinal) || title.EndsWith("agency", StringComparison.Ordinal)
                || title.EndsWith("department", StringComparison.Ordinal) || title.EndsWith("office", StringComparison.Ordinal)) return null;
            var fits = people.Where(a => TitleFits(title, a)).Take(2).ToList();
            return fits.Count == 1 ? fits[0] : null;
        }
        return new SpeakerContext(female, male, TitleFits, UniqueFit);
    }

    /// <summary>
    /// "the ministry said" far from its name: the one institution of the article with that head word, when every other use of
    /// the word is inside its name or a bare "the ministry" (no second ministry is written anywhere), else null.
    /// </summary>
    private static CatalogActor? OnlyInstitution(AnalysedDocument doc, string head)
    {
        var named = doc.Mentions.Where(m => m.Actor is { Kind: ActorKind.Institution } a && ActorCatalog.NormalizeName(a.Name + " " + string.Join(' ', a.Aliases)).Split(' ').Contains(head))
            .ToList();
        if (named.Select(m => m.Actor!.Key).Distinct().Count() != 1) return null;
        var tokens = doc.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Norm != head || named.Any(m => m.Start <= tokens[k].Start && tokens[k].End <= m.End)) continue;
            if (tokens[k].End < doc.Text.Length && doc.Text[tokens[k].End] == '-') continue; // a slug's "unification ministry-separated families"
            if (k == 0 || tokens[k - 1].Norm != "the") return null;
        }
        return named[0].Actor;
    }
}
