namespace DiplomacyTracker.Analysis;

/// <summary>Runs the analysis stages over one article: relevance, actors, statements, summits.</summary>
public static class ArticleAnalyzer
{
    /// <summary>Analyses one article. Never throws on bad text: an empty or strange article yields an empty result.</summary>
    public static AnalysisResult Analyze(ArticleText article, ActorCatalog catalog) => Analyze(article, catalog, null);

    /// <summary>Analyses one article, honouring an editor's relevance decision.</summary>
    /// <param name="relevanceOverride">An editor's decision on relevance: true analyses the article whatever the
    /// classifier says, false skips the analysis; null leaves it to the classifier.</param>
    public static AnalysisResult Analyze(ArticleText article, ActorCatalog catalog, bool? relevanceOverride)
    {
        var text = article.Text ?? "";
        var day = article.Published is { IsKnown: true } p ? p.LocalDay : (DateOnly?)null;
        var index = MentionFinder.Index(text, catalog, day);
        var relevance = RelevanceClassifier.Classify(article.Title ?? "", index);
        if (relevanceOverride is { } editor && editor != relevance.IsRelevant)
            relevance = relevance with { IsRelevant = editor, Borderline = false, Reasons = [.. relevance.Reasons, "editor override"] };
        if (!relevance.IsRelevant) return AnalysisResult.Irrelevant(relevance);
        var attributed = QuoteAttributor.Attribute(index, article.Published);
        var actors = CollectActors(index, attributed);
        var summits = SummitExtractor.Extract(index, article.Published, catalog);
        return new AnalysisResult(relevance, actors, attributed.Select(a => a.Statement).ToList(), summits);
    }

    /// <summary>Every actor named as someone (not only as "the X administration"), with how the article wrote them.</summary>
    private static List<FoundActor> CollectActors(ArticleIndex index, List<Attributed> attributed)
    {
        var order = new List<string>();
        var byKey = new Dictionary<string, (CatalogActor Actor, List<string> Mentions, string? Title, bool Acting)>(StringComparer.Ordinal);
        void Note(CatalogActor actor, string surface, string? title, bool acting)
        {
            if (!byKey.TryGetValue(actor.Key, out var entry)) { order.Add(actor.Key); entry = (actor, [], title, false); }
            if (!entry.Mentions.Contains(surface, StringComparer.Ordinal)) entry.Mentions.Add(surface);
            byKey[actor.Key] = (actor, entry.Mentions, entry.Title ?? title, entry.Acting || acting);
        }
        foreach (var m in index.Mentions)
            if (m.Actor is { } actor) Note(actor, index.Text[m.TitleStart..m.End], m.Title, !m.NotSubject);
        foreach (var a in attributed) Note(a.Speaker, a.SpeakerSurface, null, true);
        var result = new List<FoundActor>();
        foreach (var key in order)
        {
            var (actor, mentions, title, acting) = byKey[key];
            if (!acting) continue;
            var discovered = index.Discovered.FirstOrDefault(d => d.Actor.Key == key);
            var role = (index.Day is { } day ? actor.RoleOn(day)?.Title : null) ?? discovered?.Role ?? index.AppositiveRoles.GetValueOrDefault(key) ?? title;
            result.Add(new FoundActor(key, actor.Name, actor.Country, actor.Kind, role, discovered is not null, mentions));
        }
        return result;
    }
}
