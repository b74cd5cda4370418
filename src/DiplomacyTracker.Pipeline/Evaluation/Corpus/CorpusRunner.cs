using System.Text;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Intake;

namespace DiplomacyTracker.Evaluation;

/// <summary>A statement as `analyze --json` prints it, with the sieve that produced it.</summary>
public sealed record PredictedStatement(string Speaker, string Text, string Sieve, string? SaidOn);

/// <summary>What the analysis gave for one corpus article: its statements and summits, the error that stopped it, the sieves that failed.</summary>
public sealed record CorpusPrediction(IReadOnlyList<PredictedStatement> Statements, IReadOnlyList<PredictedSummit> Summits, string? Error, IReadOnlyList<SieveFailure> Failures);

/// <summary>A summit as `analyze --json` prints it (participants by display name), with its sieve.</summary>
public sealed record PredictedSummit(IReadOnlyList<string> Participants, string? Location, string? Start, string? Status, string Sieve);

/// <summary>
/// Runs the whole pipeline in-process on each article of a real-news corpus, exactly as `analyze FILE --json --title T
/// --published DATE` does for score_statements.py (plain-text body, title and date overrides, extraction then analysis),
/// and scores it with <see cref="CorpusMatching"/>. An article that fails counts as finding nothing, as in the script.
/// </summary>
public static class CorpusRunner
{
    public static CorpusReport Run(IEnumerable<CorpusArticle> articles, ActorCatalog catalog) =>
        new(articles.Select(a => Score(a, Predict(a, catalog))).ToList());

    /// <summary>What the CLI would print for the article, or the error that made it fail; sieve failures beside.</summary>
    public static CorpusPrediction Predict(CorpusArticle article, ActorCatalog catalog)
    {
        try
        {
            var processed = ArticleProcessor.Process(ToRaw(article), catalog);
            if (!processed.Extracted.Found) return new([], [], processed.Extracted.Error ?? "no article found", []);
            return new(StatementsOf(processed.Analysis), SummitsOf(processed.Analysis), null, processed.Analysis.Failures);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new([], [], $"{e.GetType().Name}: {e.Message}", []);
        }
    }

    /// <summary>The raw article `analyze` builds from a plain-text file with --title and --published.</summary>
    public static RawArticle ToRaw(CorpusArticle article)
    {
        FuzzyDate? published = article.Published is { } p && DateInput.TryParse(p, out var d) ? d : null;
        return new RawArticle(Encoding.UTF8.GetBytes(article.Body), "text/plain; charset=utf-8", null, DateTimeOffset.UtcNow,
            ArticleOrigin.Imported, TitleOverride: article.Title, PublishedOverride: published);
    }

    public static IReadOnlyList<PredictedStatement> StatementsOf(AnalysisResult analysis) =>
        analysis.Statements.Select(s => new PredictedStatement(s.SpeakerName, s.Text, s.Sieve, s.SaidOn?.ToIsoString())).ToList();

    public static IReadOnlyList<PredictedSummit> SummitsOf(AnalysisResult analysis)
    {
        var names = analysis.Actors.ToDictionary(a => a.Key, a => a.Name);
        return analysis.Summits.Select(s => new PredictedSummit(
            s.ParticipantKeys.Select(k => names.GetValueOrDefault(k, k)).ToList(), s.Location, s.Start?.ToIsoString(),
            s.Status.ToString().ToLowerInvariant(), s.Sieve)).ToList();
    }

    /// <summary>score_statements.py's matching: each gold statement in order takes the first unused prediction that matches.</summary>
    public static CorpusArticleScore Score(CorpusArticle article, CorpusPrediction predicted)
    {
        var (preds, summits, error, failures) = predicted;
        var matched = new bool[preds.Count];
        var missed = new List<GoldStatement>();
        foreach (var g in article.Statements)
        {
            var hit = false;
            for (var i = 0; i < preds.Count && !hit; i++)
            {
                if (matched[i] || !CorpusMatching.SameSpeaker(preds[i].Speaker, g.Speaker) || !CorpusMatching.Covers(preds[i].Text, g.Text)) continue;
                matched[i] = hit = true;
            }
            if (!hit) missed.Add(g);
        }
        // Speaker precision: of the predictions whose words cover some gold statement, how many have its speaker.
        var textMatched = preds.Select(p => article.Statements.Any(g => CorpusMatching.Covers(p.Text, g.Text))).ToList();
        var speakerRight = preds.Select(p => article.Statements.Any(g => CorpusMatching.Covers(p.Text, g.Text) && CorpusMatching.SameSpeaker(p.Speaker, g.Speaker))).ToList();
        var summitCorrect = summits.Select(p => article.Summits.Any(g => CorpusMatching.SummitMatches(p, g))).ToList();
        var found = article.Summits.Count(g => summits.Any(p => CorpusMatching.SummitMatches(p, g)));
        return new CorpusArticleScore(article, error, preds, matched, missed, textMatched, speakerRight, summits, summitCorrect, found) { Failures = failures };
    }
}
