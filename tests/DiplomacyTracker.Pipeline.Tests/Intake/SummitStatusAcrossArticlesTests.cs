using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Intake;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Tests.Intake;

/// <summary>
/// Across articles a summit's status follows the newest report by publication date, whatever order the articles arrive
/// in; a first wrong "held" never freezes it; an article with no publication date never counts as the newest; an
/// editor's correction stands; each report stays as the history.
/// </summary>
public sealed class SummitStatusAcrossArticlesTests
{
    private static readonly FuzzyDate Day = FuzzyDate.FromDay(new DateOnly(2026, 1, 5), FuzzyDate.Seoul);

    private static string Story(int n) => string.Join(" ", Enumerable.Range(0, 60).Select(i => $"beijing{n}x{i}")) + " Lee Xi summit.";

    /// <summary>One article reporting the Lee–Xi summit in Beijing with <paramref name="status"/>.</summary>
    private static ProcessedArticle Report(int n, DateOnly? published, SummitStatus status) =>
        StoreFixture.Article(Story(n), $"https://news{n}.example/beijing", published is { } p ? FuzzyDate.FromDay(p, FuzzyDate.Seoul) : null,
            summits: [new FoundSummit("Beijing summit", Day, Day, "Beijing, China", status, null, ["kr-lee-jae-myung", "cn-xi-jinping"], "evidence", 0, 8)]);

    private static Task<Summit> BeijingAsync(StoreFixture store) =>
        store.QueryAsync(db => db.Summits.Include(s => s.Evidence).SingleAsync(s => s.ReferenceId == null && s.Location == "Beijing, China"));

    [Fact]
    public async Task An_older_report_arriving_last_does_not_undo_a_newer_one()
    {
        await using var store = await StoreFixture.CreateAsync();
        await store.SaveAsync(Report(1, new DateOnly(2026, 1, 6), SummitStatus.Held));
        await store.SaveAsync(Report(2, new DateOnly(2025, 12, 30), SummitStatus.Planned));

        var summit = await BeijingAsync(store);
        Assert.Equal(SummitStatus.Held, summit.Status);
        var steps = SummitStatusResolver.History(null, summit.Evidence.Select(SummitEvidenceStatus.Report));
        Assert.Equal([SummitStatus.Planned, SummitStatus.Held], steps.Select(s => s.Status));
    }

    [Fact]
    public async Task A_first_wrong_held_is_undone_by_newer_reports_and_the_history_is_kept()
    {
        await using var store = await StoreFixture.CreateAsync();
        await store.SaveAsync(Report(1, new DateOnly(2025, 12, 20), SummitStatus.Held));
        await store.SaveAsync(Report(2, new DateOnly(2025, 12, 30), SummitStatus.Planned));
        Assert.Equal(SummitStatus.Planned, (await BeijingAsync(store)).Status);

        await store.SaveAsync(Report(3, new DateOnly(2026, 1, 3), SummitStatus.Cancelled));
        var summit = await BeijingAsync(store);
        Assert.Equal(SummitStatus.Cancelled, summit.Status);
        Assert.Equal(3, summit.Evidence.Count);
        var steps = SummitStatusResolver.History(null, summit.Evidence.Select(SummitEvidenceStatus.Report));
        Assert.Equal([SummitStatus.Held, SummitStatus.Planned, SummitStatus.Cancelled], steps.Select(s => s.Status));
    }

    [Fact]
    public async Task An_article_without_a_publication_date_is_not_the_newest_report()
    {
        await using var store = await StoreFixture.CreateAsync();
        await store.SaveAsync(Report(1, new DateOnly(2025, 12, 30), SummitStatus.Planned));
        await store.SaveAsync(Report(2, null, SummitStatus.Proposed)); // fetched now, long after: still not newer

        var summit = await BeijingAsync(store);
        Assert.Equal(SummitStatus.Planned, summit.Status);
        Assert.Contains(summit.Evidence, e => e.ReportedPrecision == DatePrecision.Unknown);
        Assert.Contains(summit.Evidence, e => e.ReportedPrecision == DatePrecision.Day);
    }

    [Fact]
    public async Task An_editor_set_status_stands_against_newer_reports()
    {
        await using var store = await StoreFixture.CreateAsync();
        await store.SaveAsync(Report(1, new DateOnly(2025, 12, 30), SummitStatus.Planned));
        await store.QueryAsync(async db =>
        {
            var s = await db.Summits.SingleAsync(x => x.ReferenceId == null && x.Location == "Beijing, China");
            (s.Status, s.EditedUtc) = (SummitStatus.Held, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        await store.SaveAsync(Report(2, new DateOnly(2026, 1, 8), SummitStatus.Cancelled));

        Assert.Equal(SummitStatus.Held, (await BeijingAsync(store)).Status);
    }
}
