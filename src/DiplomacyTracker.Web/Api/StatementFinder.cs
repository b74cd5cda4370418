using DiplomacyTracker.Data;
using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Pages;

namespace DiplomacyTracker.Web.Api;

/// <summary>A statement search as the query string gives it (the same keys on the page, the API, downloads and feeds).</summary>
public sealed record StatementFilter(string? Speaker = null, string? Q = null, string? Country = null, string? From = null, string? To = null, string? Sort = null)
{
    public bool Any => !string.IsNullOrWhiteSpace(Speaker) || !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrWhiteSpace(Country)
        || !string.IsNullOrWhiteSpace(From) || !string.IsNullOrWhiteSpace(To);

    /// <summary>"speaker=…&amp;q=…" with only the keys given (and sort when not by date), for links to the same search elsewhere.</summary>
    public string QueryString()
    {
        var parts = new List<string>();
        void Add(string name, string? value) { if (!string.IsNullOrWhiteSpace(value)) parts.Add($"{name}={Uri.EscapeDataString(value.Trim())}"); }
        Add("speaker", Speaker); Add("q", Q); Add("country", Country); Add("from", From); Add("to", To);
        if (Sort == "relevance") Add("sort", Sort);
        return string.Join("&", parts);
    }
}

/// <summary>One page of a statement search, or why there is none (a bad date, a name matching several officials).</summary>
public sealed record StatementFindings(
    IReadOnlyList<StatementCard> Cards, bool HasMore, ResultCount? Count, IReadOnlyList<string> Problems,
    SpeakerCandidate? Speaker, IReadOnlyList<SpeakerCandidate> SpeakerChoices, bool Searched);

/// <summary>
/// Runs a statement search from its query-string form: reads the dates, resolves the official (any spelling; several
/// matches are a question, never a mix), searches, and dresses each hit with the role its speaker held that day.
/// The search page, the API, the CSV/JSON downloads and the Atom feeds all go through here, so they agree.
/// </summary>
public sealed class StatementFinder(StatementSearch search, SpeakerLookup speakers, ReadingSnapshot snapshot)
{
    public Task<StatementFindings> FindAsync(StatementFilter filter, int offset, int limit, CancellationToken ct) =>
        RunAsync(filter, async query =>
        {
            var page = await search.SearchAsync(query, offset, limit, ct);
            return (page.Hits, page.HasMore, page.Count);
        }, ct);

    /// <summary>The same search counted per KST month (for the charts), or why it cannot run.</summary>
    public async Task<(StatementFindings Findings, IReadOnlyList<(string Month, int Count)> Months)> MonthlyAsync(StatementFilter filter, CancellationToken ct)
    {
        IReadOnlyList<(string, int)> months = [];
        var findings = await RunAsync(filter, async query =>
        {
            months = await search.MonthlyCountsAsync(query, ct);
            return ([], false, null);
        }, ct);
        return (findings, months);
    }

    private async Task<StatementFindings> RunAsync(StatementFilter filter, Func<StatementQuery, Task<(IReadOnlyList<StatementHit> Hits, bool HasMore, ResultCount? Count)>> run, CancellationToken ct)
    {
        var problems = new List<string>();
        if (!FuzzyDateInput.TryParse(filter.From, out var from)) problems.Add($"“{filter.From}” is not a date (use 2025, 2025-10 or 2025-10-18).");
        if (!FuzzyDateInput.TryParse(filter.To, out var to)) problems.Add($"“{filter.To}” is not a date (use 2025, 2025-10 or 2025-10-18).");
        if (from is { } first && to is { } last && last.LatestUtc < first.EarliestUtc) problems.Add($"“From” ({filter.From}) is after “To” ({filter.To}): nothing can match.");
        SpeakerCandidate? speaker = null;
        IReadOnlyList<int>? speakerIds = null;
        if (!string.IsNullOrWhiteSpace(filter.Speaker))
        {
            var match = await speakers.MatchAsync(filter.Speaker, ct);
            speaker = match.Single;
            if (match.Actors.Count == 0) problems.Add($"No official is known as “{filter.Speaker}”. Try another spelling, or the Hangul name.");
            if (speaker is null) return new StatementFindings([], false, null, problems, null, match.Actors.Count > 1 ? match.Actors : [], true);
            speakerIds = [speaker.Id];
        }
        var query = new StatementQuery(filter.Q, speakerIds, filter.Country, from?.EarliestUtc, to?.LatestUtc, ByRelevance: filter.Sort == "relevance");
        var page = await run(query);
        var roles = RoleLookup.Of((await snapshot.GetAsync(ct)).Roles);
        var cards = page.Hits.Select(h => new StatementCard(h.Id, h.ArticleId, h.ArticleTitle, h.Text, h.SpeakerId, h.SpeakerName,
            h.SpeakerSlug, h.SpeakerText, h.SaidOn, roles.On(h.SpeakerId, h.SaidOn), SearchMarkers.ToHtml(h.MarkedSnippet))).ToList();
        var searched = !string.IsNullOrWhiteSpace(filter.Q) || speakerIds is not null || !string.IsNullOrWhiteSpace(filter.Country) || from is not null || to is not null;
        return new StatementFindings(cards, page.HasMore, page.Count, problems, speaker, [], searched);
    }
}
