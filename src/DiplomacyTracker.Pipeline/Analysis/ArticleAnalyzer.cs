namespace DiplomacyTracker.Analysis;

/// <summary>
/// Runs the analysis over one article: the document is read once (<see cref="DocumentBuilder"/>), relevance is decided,
/// then the article language's statement and summit sieves run over the document in order (<see cref="SieveRunner"/>).
/// Every fact carries the sieve that produced it; a sieve that throws loses only its own output.
/// </summary>
public static class ArticleAnalyzer
{
    /// <summary>Analyses one article. Never throws on bad text: an empty or strange article yields an empty result.</summary>
    public static AnalysisResult Analyze(ArticleText article, ActorCatalog catalog) => Analyze(article, catalog, null);

    /// <summary>Analyses one article, honouring an editor's relevance decision.</summary>
    /// <param name="relevanceOverride">An editor's decision on relevance: true analyses the article whatever the
    /// classifier says, false skips the analysis; null leaves it to the classifier.</param>
    public static AnalysisResult Analyze(ArticleText article, ActorCatalog catalog, bool? relevanceOverride)
    {
        var failures = new List<SieveFailure>();
        var doc = DocumentBuilder.Build(article, catalog, failures);
        RelevanceDecision relevance;
        try
        {
            relevance = RelevanceClassifier.Classify(article.Title ?? "", doc);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failures.Add(SieveFailure.From("relevance", e));
            relevance = new RelevanceDecision(true, 0, true, ["relevance failed: analysed anyway"]);
        }
        if (relevanceOverride is { } editor && editor != relevance.IsRelevant)
            relevance = relevance with { IsRelevant = editor, Borderline = false, Reasons = [.. relevance.Reasons, "editor override"] };
        if (!relevance.IsRelevant) return AnalysisResult.Irrelevant(relevance) with { Language = doc.Language, Failures = failures };
        var sieved = SieveRunner.Run(doc, StatementSieves.For(doc), failures);
        // In reading order, whichever sieve found them (OrderBy is stable: pieces of one sentence keep their order).
        var attributed = sieved.Select(f => f.Fact with
        {
            Statement = f.Fact.Statement with { Sieve = f.Sieve, Sentence = doc.SentenceText(f.Sentence) },
        }).OrderBy(a => a.Statement.Start).ToList();
        var actors = CollectActors(doc, attributed);
        List<FoundSummit> summits;
        try
        {
            summits = SummitExtractor.Extract(doc, catalog, failures);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failures.Add(SieveFailure.From("summits.merge", e));
            summits = [];
        }
        AddParticipants(actors, summits, doc, catalog);
        return new AnalysisResult(relevance, actors, attributed.Select(a => a.Statement).ToList(), summits)
        {
            Language = doc.Language,
            Failures = failures,
        };
    }

    /// <summary>A summit's participants are actors of the article too (a leader named only as "Kim's" or in "the Trump-Kim
    /// summit" takes part), so the store can attach every one of them.</summary>
    private static void AddParticipants(List<FoundActor> actors, List<FoundSummit> summits, AnalysedDocument doc, ActorCatalog catalog)
    {
        foreach (var key in summits.SelectMany(s => s.ParticipantKeys).Distinct())
        {
            if (actors.Any(a => a.Key == key)) continue;
            var discovered = doc.Discovered.FirstOrDefault(d => d.Actor.Key == key);
            if ((catalog.FindByKey(key) ?? discovered?.Actor) is not { } actor) continue;
            var mentions = doc.Mentions.Where(m => m.Actor?.Key == key).Select(m => doc.Text[m.TitleStart..m.End]).Distinct().ToList();
            var role = (doc.Day is { } day ? actor.RoleOn(day)?.Title : null) ?? discovered?.Role;
            actors.Add(new FoundActor(key, actor.Name, actor.Country, actor.Kind, role, discovered is not null, mentions));
        }
    }

    /// <summary>Every actor named as someone (not only as "the X administration"), with how the article wrote them.</summary>
    private static List<FoundActor> CollectActors(AnalysedDocument doc, List<Attributed> attributed)
    {
        var order = new List<string>();
        var byKey = new Dictionary<string, (CatalogActor Actor, List<string> Mentions, string? Title, bool Acting)>(StringComparer.Ordinal);
        void Note(CatalogActor actor, string surface, string? title, bool acting)
        {
            if (!byKey.TryGetValue(actor.Key, out var entry)) { order.Add(actor.Key); entry = (actor, [], title, false); }
            if (!entry.Mentions.Contains(surface, StringComparer.Ordinal)) entry.Mentions.Add(surface);
            byKey[actor.Key] = (actor, entry.Mentions, entry.Title ?? title, entry.Acting || acting);
        }
        foreach (var m in doc.Mentions)
            if (m.Actor is { } actor) Note(actor, doc.Text[m.TitleStart..m.End], m.Title, !m.NotSubject);
        foreach (var a in attributed) Note(a.Speaker, a.SpeakerSurface, null, true);
        var result = new List<FoundActor>();
        foreach (var key in order)
        {
            var (actor, mentions, title, acting) = byKey[key];
            if (!acting) continue;
            var discovered = doc.Discovered.FirstOrDefault(d => d.Actor.Key == key);
            var role = (doc.Day is { } day ? actor.RoleOn(day)?.Title : null) ?? discovered?.Role ?? doc.AppositiveRoles.GetValueOrDefault(key) ?? title;
            result.Add(new FoundActor(key, actor.Name, actor.Country, actor.Kind, role, discovered is not null, mentions));
        }
        return result;
    }
}
