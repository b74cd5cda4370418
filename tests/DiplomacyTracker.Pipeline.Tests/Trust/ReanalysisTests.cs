using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Tests.Trust;

/// <summary>
/// Issue 11 (5): re-analysis merges into the store and never overwrites what editors decided — corrected summits,
/// unlinked evidence, merges, review decisions, corrected statements — and a second run changes nothing.
/// On real articles (TestData/Trust), imported as `import` stores them.
/// </summary>
public sealed class ReanalysisTests
{
    [Fact]
    public async Task The_first_reanalysis_after_an_import_adds_no_summit_and_a_second_changes_nothing()
    {
        await using var store = await TrustStore.CreateAsync();
        await store.ImportCorpusAsync();
        var imported = await SummitIdsAsync(store);

        await store.ReanalyzeAllAsync();
        Assert.Equal(imported, await SummitIdsAsync(store));
        var once = await store.ContentAsync();

        await store.ReanalyzeAllAsync();
        Assert.Equal(once, await store.ContentAsync());
    }

    [Fact]
    public async Task A_corrected_summit_keeps_its_evidence_and_an_unlinked_article_is_not_linked_again()
    {
        await using var store = await TrustStore.CreateAsync();
        await store.ImportCorpusAsync();
        // The summit most articles report (Singapore 2018), as an editor corrects it: a new title and place, then
        // "this article is not about it" for one of its articles.
        var (summitId, articles) = await store.QueryAsync(async db =>
        {
            var best = await db.SummitEvidence.Where(e => e.ArticleId != null).GroupBy(e => e.SummitId)
                .Select(g => new { SummitId = g.Key, Articles = g.Select(e => e.ArticleId!.Value).Distinct().Count() })
                .OrderByDescending(g => g.Articles).ThenBy(g => g.SummitId).FirstAsync();
            var ids = await db.SummitEvidence.Where(e => e.SummitId == best.SummitId).Select(e => e.ArticleId!.Value).Distinct().OrderBy(i => i).ToListAsync();
            return (best.SummitId, ids);
        });
        Assert.True(articles.Count >= 2, $"the corpus should report one summit in two articles or more, not {articles.Count}");
        var unlinked = articles[0];
        var lastSummitBefore = await store.QueryAsync(db => db.Summits.MaxAsync(s => s.Id));
        await store.QueryAsync(async db =>
        {
            var summit = await db.Summits.Include(s => s.Evidence).SingleAsync(s => s.Id == summitId);
            summit.Title = "Trump–Kim summit (editor's title)";
            summit.Location = "Sentosa Island, Singapore";
            summit.EditedUtc = summit.UpdatedUtc = store.Clock.GetUtcNow().UtcDateTime;
            db.SummitEvidence.RemoveRange(summit.Evidence.Where(e => e.ArticleId == unlinked));
            db.SummitEvidenceRejections.Add(new SummitEvidenceRejection { SummitId = summitId, ArticleId = unlinked, CreatedUtc = summit.EditedUtc.Value });
            return await db.SaveChangesAsync();
        });

        await store.ReanalyzeAllAsync();

        var after = await store.QueryAsync(db => db.SummitEvidence.Where(e => e.SummitId == summitId).Select(e => e.ArticleId!.Value).Distinct().OrderBy(i => i).ToListAsync());
        Assert.Equal(articles.Skip(1), after);
        Assert.Equal("Trump–Kim summit (editor's title)", await store.QueryAsync(db => db.Summits.Where(s => s.Id == summitId).Select(s => s.Title).SingleAsync()));
        Assert.Equal(lastSummitBefore, await store.QueryAsync(db => db.Summits.MaxAsync(s => s.Id))); // no new duplicate
        var unlinkedNow = await store.QueryAsync(db => db.SummitEvidence.Where(e => e.ArticleId == unlinked && e.SummitId > lastSummitBefore).CountAsync());
        Assert.Equal(0, unlinkedNow);
    }

    [Fact]
    public async Task A_merged_summit_stays_merged()
    {
        await using var store = await TrustStore.CreateAsync();
        var ids = await store.ImportCorpusAsync();
        // Kim Jong Un's promised Seoul visit (13, 14: postponed) merged by an editor into the Pyongyang summit (13): a
        // pair the matcher keeps apart, so only the editor's decision holds them together.
        var (source, target) = await store.QueryAsync(async db =>
        {
            var linked = await db.SummitEvidence.Where(e => e.ArticleId == ids["14"]).Select(e => e.SummitId).Distinct().ToListAsync();
            var other = await db.SummitEvidence.Where(e => e.ArticleId == ids["13"] && !linked.Contains(e.SummitId)).Select(e => e.SummitId).Distinct().ToListAsync();
            Assert.NotEmpty(linked);
            Assert.NotEmpty(other);
            return (linked[0], other[0]);
        });
        await MergeSummitAsync(store, source, target);
        var summitsBefore = await SummitIdsAsync(store);

        await store.ReanalyzeAllAsync();

        Assert.Equal(summitsBefore, await SummitIdsAsync(store));
        Assert.True(await store.QueryAsync(db => db.SummitEvidence.AnyAsync(e => e.SummitId == target && e.ArticleId == ids["14"])));
    }

    [Fact]
    public async Task Review_decisions_and_corrected_statements_stand()
    {
        await using var store = await TrustStore.CreateAsync();
        await store.ImportCorpusAsync();
        var corrected = new DiplomacyTracker.Dates.FuzzyDate(new DateTime(2018, 4, 30, 15, 0, 0, DateTimeKind.Utc),
            new DateTime(2018, 5, 31, 14, 59, 59, DateTimeKind.Utc), DiplomacyTracker.Dates.DatePrecision.Month, 540);
        var (accepted, rejected, unattributed, redated) = await store.QueryAsync(async db =>
        {
            // Review queue decisions: a statement of a discovered speaker accepted, another rejected.
            var pending = await db.Statements.Where(s => s.Review == ReviewState.Pending).OrderBy(s => s.Id).Take(2).ToListAsync();
            Assert.Equal(2, pending.Count);
            pending[0].Review = ReviewState.Accepted;
            pending[1].Review = ReviewState.Rejected;
            // An actor rejected as "not an actor" (its statements lose their speaker, as Review does), then one of its
            // statements accepted as unattributed words.
            var speaker = await db.Actors.Where(a => a.Origin == ActorOrigin.Discovered && a.Review == ReviewState.Pending
                    && db.Statements.Any(s => s.SpeakerId == a.Id && s.Review == ReviewState.Pending && s.Id != pending[0].Id && s.Id != pending[1].Id))
                .OrderBy(a => a.Id).FirstAsync();
            var loose = await db.Statements.Where(s => s.SpeakerId == speaker.Id && s.Id != pending[0].Id && s.Id != pending[1].Id).OrderBy(s => s.Id).FirstAsync();
            speaker.Review = ReviewState.Rejected;
            await db.Statements.Where(s => s.SpeakerId == speaker.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.SpeakerId, (int?)null));
            await db.Entry(loose).ReloadAsync();
            loose.Review = ReviewState.Accepted;
            // A statement whose day an editor corrected to a month.
            var dated = await db.Statements.Where(s => s.Review == ReviewState.None && s.SpeakerId != null).OrderBy(s => s.Id).FirstAsync();
            (dated.SaidOn, dated.EditedUtc) = (corrected, store.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
            return (pending[0].Id, pending[1].Id, loose.Id, dated.Id);
        });

        await store.ReanalyzeAllAsync();

        var rows = await store.QueryAsync(db => db.Statements.Where(s => new[] { accepted, rejected, unattributed, redated }.Contains(s.Id)).ToDictionaryAsync(s => s.Id));
        Assert.True(rows.Count == 4, $"missing: {string.Join(",", new[] { accepted, rejected, unattributed, redated }.Where(i => !rows.ContainsKey(i)))} of {accepted},{rejected},{unattributed},{redated}");
        Assert.Equal(ReviewState.Accepted, rows[accepted].Review);
        Assert.Equal(ReviewState.Rejected, rows[rejected].Review);
        Assert.Null(rows[unattributed].SpeakerId);
        Assert.Equal(ReviewState.Accepted, rows[unattributed].Review);
        Assert.Equal(corrected, rows[redated].SaidOn);
    }

    [Fact]
    public async Task The_first_reanalysis_after_a_restore_adds_no_summit()
    {
        await using var source = await TrustStore.CreateAsync();
        await source.ImportCorpusAsync();
        var exported = await source.WithAsync(sp => sp.GetRequiredService<DiplomacyTracker.Data.Export.StoreExporter>().ExportAsync());
        await using var store = await TrustStore.CreateAsync();
        await store.WithAsync(sp => sp.GetRequiredService<DiplomacyTracker.Data.Export.StoreRestorer>().RestoreAsync(exported));
        var restored = await SummitIdsAsync(store);

        await store.ReanalyzeAllAsync();

        Assert.Equal(restored, await SummitIdsAsync(store));
    }

    [Fact]
    public async Task An_accepted_discovered_actor_and_a_merged_actor_stay_as_the_editor_left_them()
    {
        await using var store = await TrustStore.CreateAsync();
        await store.ImportCorpusAsync();
        var (discovered, merged, into) = await store.QueryAsync(async db =>
        {
            var found = await db.Actors.Where(a => a.Origin == ActorOrigin.Discovered && db.Statements.Any(s => s.SpeakerId == a.Id))
                .OrderBy(a => a.Id).Take(2).ToListAsync();
            Assert.Equal(2, found.Count);
            found[0].Review = ReviewState.Accepted;
            var target = await db.Actors.SingleAsync(a => a.Slug == "kim-jong-un");
            await db.Statements.Where(s => s.SpeakerId == found[1].Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.SpeakerId, target.Id));
            found[1].MergedIntoId = target.Id;
            await db.SaveChangesAsync();
            return (found[0].Id, found[1].Id, target.Id);
        });

        await store.ReanalyzeAllAsync();

        Assert.Equal(ReviewState.Accepted, await store.QueryAsync(db => db.Actors.Where(a => a.Id == discovered).Select(a => a.Review).SingleAsync()));
        Assert.Equal(0, await store.QueryAsync(db => db.Statements.CountAsync(s => s.SpeakerId == merged)));
        Assert.Equal(into, await store.QueryAsync(db => db.Actors.Where(a => a.Id == merged).Select(a => a.MergedIntoId).SingleAsync()));
    }

    /// <summary>What /Summits/Merge does: evidence and participants move, the merged summit is deleted.</summary>
    internal static Task MergeSummitAsync(TrustStore store, int sourceId, int targetId) => store.QueryAsync(async db =>
    {
        var source = await db.Summits.Include(s => s.Evidence).Include(s => s.Participants).SingleAsync(s => s.Id == sourceId);
        var target = await db.Summits.Include(s => s.Evidence).Include(s => s.Participants).SingleAsync(s => s.Id == targetId);
        foreach (var e in source.Evidence.ToList()) { source.Evidence.Remove(e); target.Evidence.Add(e); }
        foreach (var p in source.Participants.Where(p => target.Participants.All(t => t.ActorId != p.ActorId)).ToList())
            target.Participants.Add(new SummitParticipant { ActorId = p.ActorId });
        SummitEvidenceStatus.Recompute(target);
        await db.SaveChangesAsync();
        db.Summits.Remove(source);
        return await db.SaveChangesAsync();
    });

    private static Task<List<int>> SummitIdsAsync(TrustStore store) =>
        store.QueryAsync(db => db.Summits.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync());
}
