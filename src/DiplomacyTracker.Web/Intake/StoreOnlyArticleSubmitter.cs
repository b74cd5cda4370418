using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Intake;

/// <summary>
/// TEMPORARY until ArticleIntake is on main: stores the pasted text (HTML reduced to its paragraphs) with title,
/// date and site, deduplicated by URL and content hash, without analysis. Replace the registration in
/// WebRegistration with an adapter over ArticleIntake.
/// </summary>
public sealed class StoreOnlyArticleSubmitter(TrackerDbContext db, TimeProvider clock) : IArticleSubmitter
{
    public Task<ArticlePreview> PreviewAsync(ArticleSubmission submission, CancellationToken ct)
    {
        var text = ToText(submission);
        return Task.FromResult(new ArticlePreview(TitleOf(submission, text), submission.Published, text, false, 0, [], [], []));
    }

    public async Task<SubmissionResult> AddAsync(ArticleSubmission submission, CancellationToken ct)
    {
        var text = ToText(submission);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var url = string.IsNullOrWhiteSpace(submission.Url) ? null : submission.Url.Trim();
        var existing = await db.Articles.Where(a => a.ContentHash == hash || (url != null && a.NormalizedUrl == url))
            .Select(a => new { a.Id, SameUrl = url != null && a.NormalizedUrl == url }).FirstOrDefaultAsync(ct);
        if (existing is not null) return new SubmissionResult(existing.Id, true, existing.SameUrl ? "url" : "hash");
        var article = new Article
        {
            Url = url, NormalizedUrl = url, Title = TitleOf(submission, text), SiteName = submission.SiteName,
            Published = submission.Published, FetchedUtc = clock.GetUtcNow().UtcDateTime, Text = text, ContentHash = hash,
            Origin = ArticleOrigin.AddedByHand, IsRelevant = true, RawContentType = submission.ContentType,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync(ct);
        return new SubmissionResult(article.Id, false, null);
    }

    private static string TitleOf(ArticleSubmission s, string text) =>
        !string.IsNullOrWhiteSpace(s.Title) ? s.Title.Trim()
        : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() is { } first
            ? (first.Length > 120 ? first[..120] : first) : "Untitled";

    /// <summary>Plain text with paragraphs separated by blank lines.</summary>
    internal static string ToText(ArticleSubmission s)
    {
        var raw = Encoding.UTF8.GetString(s.Body);
        var looksHtml = s.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true
                        || raw.TrimStart().StartsWith('<');
        var paragraphs = looksHtml
            ? new HtmlParser().ParseDocument(raw).QuerySelectorAll("h1,h2,h3,p,li,blockquote").Select(e => e.TextContent)
            : raw.Replace("\r\n", "\n").Split("\n\n");
        return string.Join("\n\n", paragraphs.Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0));
    }
}
