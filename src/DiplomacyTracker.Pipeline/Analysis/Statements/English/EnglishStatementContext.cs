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
            if (title.EndsWith("ministry", StringComparison.Ordinal) || title.EndsWith("agency", StringComparison.Ordinal)
                || title.EndsWith("department", StringComparison.Ordinal) || title.EndsWith("office", StringComparison.Ordinal)) return null;
            var fits = people.Where(a => TitleFits(title, a)).Take(2).ToList();
            return fits.Count == 1 ? fits[0] : null;
        }
        return new SpeakerContext(female, male, TitleFits, UniqueFit);
    }
}
