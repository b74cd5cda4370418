using Microsoft.Extensions.Logging;

namespace DiplomacyTracker.Intake;

/// <summary>Logs the sieves that threw on an article (their output was dropped, the article kept), with fixed property names.</summary>
internal static partial class AnalysisFailureLog
{
    public static void Log(ILogger logger, ProcessedArticle article)
    {
        foreach (var f in article.Analysis.Failures)
            SieveFailed(logger, f.Sieve, article.Raw.Url ?? "", article.Title, f.ExceptionType, f.Message);
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Analysis sieve {Sieve} failed on {ArticleUrl} ({ArticleTitle}): {ExceptionType}: {ExceptionMessage}; its output was dropped, the article kept")]
    private static partial void SieveFailed(ILogger logger, string sieve, string articleUrl, string articleTitle, string exceptionType, string exceptionMessage);
}
