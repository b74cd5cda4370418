using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using Microsoft.EntityFrameworkCore;
using DiplomacyTracker.Tests.Shared;

namespace DiplomacyTracker.Tests.Intake;

[Trait(TestStore.Trait, TestStore.Both)]
public class ArticleStoreTests
{
    private static readonly FuzzyDate Aug31 = FuzzyDate.FromDay(new DateOnly(2025, 8, 31), FuzzyDate.Seoul);

    private static string Story(int n) => string.Join(" ", Enumerable.Range(0, 60).Select(i => $"word{n}x{i}")) + " North Korea summit.";

    [Fact]
    public async Task Same_url_guid_or_text_is_stored_once()
    {
        await using var store = await StoreFixture.CreateAsync();
        var first = await store.SaveAsync(StoreFixture.Article(Story(1), "https://news.example/a/1", Aug31, guid: "g-1"));
        var sameUrl = await store.SaveAsync(StoreFixture.Article(Story(2), "https://news.example/a/1", Aug31));
        var sameHash = await store.SaveAsync(StoreFixture.Article(Story(1), "https://other.example/copy", Aug31));
        var canonical = await store.SaveAsync(StoreFixture.Article(Story(3), "https://m.news.example/x", Aug31, canonical: "https://news.example/a/1"));

        Assert.False(first.Duplicate);
        Assert.Equal(("url", first.ArticleId), (sameUrl.DuplicateReason!, sameUrl.ArticleId));
        Assert.Equal(("hash", first.ArticleId), (sameHash.DuplicateReason!, sameHash.ArticleId));
        Assert.Equal(("canonical", first.ArticleId), (canonical.DuplicateReason!, canonical.ArticleId));
        Assert.Equal(1, await store.QueryAsync(db => db.Articles.CountAsync()));
        var sightings = await store.QueryAsync(db => db.ArticleSightings.Select(s => s.Url).ToListAsync());
        Assert.Contains("https://other.example/copy", sightings);
    }

    [Fact]
    public async Task Near_identical_body_within_three_days_merges_but_similar_titles_do_not()
    {
        await using var store = await StoreFixture.CreateAsync();
        var body = Story(7);
        var first = await store.SaveAsync(StoreFixture.Article(body, "https://a.example/1", Aug31));
        var edited = body.Replace("word7x59", "changed") + " Additional closing line from the second outlet.";
        var copy = await store.SaveAsync(StoreFixture.Article(edited, "https://b.example/2", Aug31));
        var later = FuzzyDate.FromDay(new DateOnly(2025, 9, 10), FuzzyDate.Seoul);
        var weekLater = await store.SaveAsync(StoreFixture.Article(edited + " again", "https://c.example/3", later));
        var differentStory = await store.SaveAsync(StoreFixture.Article(Story(8), "https://d.example/4", Aug31));

        Assert.Equal(("near-duplicate", first.ArticleId), (copy.DuplicateReason!, copy.ArticleId));
        Assert.False(weekLater.Duplicate);
        Assert.False(differentStory.Duplicate);
    }

    [Theory]
    [InlineData("Deputy Envoy Hong Gil-dong", "Hong Gil-dong", "Hong Gil-dong", "Discovered")]
    [InlineData("Unification Minister Chung Dong-young", "Chung Dong-young", "Chung Dong-young", "Reference")]
    public async Task Statements_are_stored_with_offsets_and_new_names_become_discovered_actors(
        string mention, string name, string expectedName, string expectedOrigin)
    {
        await using var store = await StoreFixture.CreateAsync();
        var text = $"{mention} warned that talks need common ground.";
        var key = "discovered:" + name.ToLowerInvariant().Replace(' ', '-');
        var statement = new FoundStatement(key, name, "Envoy", StatementKind.Indirect,
            "warned", "talks need common ground", Aug31, text.IndexOf("talks", StringComparison.Ordinal), text.Length - 1, 0.9);
        var actor = new FoundActor(key, name, "KR", ActorKind.Person, "Envoy", true, [mention]);
        var saved = await store.SaveAsync(StoreFixture.Article(text, "https://a.example/s", Aug31, statements: [statement], actors: [actor]));

        var stored = await store.QueryAsync(db => db.Statements.Include(s => s.Speaker).SingleAsync());
        Assert.Equal(saved.ArticleId, stored.ArticleId);
        Assert.Equal("talks need common ground", text[stored.StartOffset..stored.EndOffset]);
        Assert.Equal(expectedName, stored.Speaker!.Name);
        Assert.Equal(expectedOrigin, stored.Speaker.Origin.ToString());
        Assert.Equal(expectedOrigin == "Discovered" ? ReviewState.Pending : ReviewState.None, stored.Speaker.Review);
        Assert.Equal(Aug31, stored.SaidOn);
    }

    [Fact]
    public async Task One_summit_reported_twice_is_one_summit_moving_from_planned_to_held()
    {
        await using var store = await StoreFixture.CreateAsync();
        var day = FuzzyDate.FromDay(new DateOnly(2025, 10, 29), FuzzyDate.Seoul);
        FoundSummit Summit(SummitStatus status) => new("Lee–Trump summit in Gyeongju", day, day, "Gyeongju, South Korea", status, null,
            ["kr-lee-jae-myung", "us-donald-trump"], "evidence", 0, 8);
        var planned = StoreFixture.Article(Story(20), "https://a.example/plan", FuzzyDate.FromDay(new DateOnly(2025, 10, 20), FuzzyDate.Seoul),
            summits: [Summit(SummitStatus.Planned)]);
        var held = StoreFixture.Article(Story(21), "https://b.example/held", FuzzyDate.FromDay(new DateOnly(2025, 10, 30), FuzzyDate.Seoul),
            summits: [Summit(SummitStatus.Held)]);
        var before = await store.QueryAsync(db => db.Summits.CountAsync());

        await store.SaveAsync(planned);
        await store.SaveAsync(held);

        var summits = await store.QueryAsync(db => db.Summits.Include(s => s.Evidence).Include(s => s.Participants)
            .Where(s => s.Evidence.Any()).ToListAsync());
        var summit = Assert.Single(summits);
        Assert.Equal(SummitStatus.Held, summit.Status);
        Assert.Equal(2, summit.Evidence.Count);
        Assert.Equal(2, summit.Participants.Count);
        Assert.True(await store.QueryAsync(db => db.Summits.CountAsync()) <= before + 1);
    }

    [Fact]
    public async Task A_name_an_editor_rejected_as_an_actor_never_gets_statements_again()
    {
        await using var store = await StoreFixture.CreateAsync();
        (string Text, string Url, FoundStatement Statement, FoundActor Actor) Hong(string text, string url)
        {
            var statement = new FoundStatement("discovered:hong-gil-dong", "Hong Gil-dong", null, StatementKind.Indirect, "warned",
                "talks need common ground", Aug31, text.IndexOf("talks", StringComparison.Ordinal), text.Length - 1, 0.9);
            var actor = new FoundActor("discovered:hong-gil-dong", "Hong Gil-dong", "KR", ActorKind.Person, null, true, ["Hong Gil-dong"]);
            return (text, url, statement, actor);
        }
        var first = Hong("Hong Gil-dong warned that talks need common ground.", "https://a.example/hong-1");
        await store.SaveAsync(StoreFixture.Article(first.Text, first.Url, Aug31, statements: [first.Statement], actors: [first.Actor]));
        await store.WithStoreAsync(async (_, db) =>
        {
            var actor = await db.Actors.SingleAsync(a => a.Name == "Hong Gil-dong");
            actor.Review = ReviewState.Rejected;
            return await db.SaveChangesAsync();
        });

        var second = Hong("Later, Hong Gil-dong warned again that talks need common ground first.", "https://b.example/hong-2");
        var saved = await store.SaveAsync(StoreFixture.Article(second.Text, second.Url, Aug31, statements: [second.Statement], actors: [second.Actor]));

        var statement = await store.QueryAsync(db => db.Statements.SingleAsync(s => s.ArticleId == saved.ArticleId));
        Assert.Null(statement.SpeakerId);
        Assert.Equal("Hong Gil-dong", statement.SpeakerText);
        Assert.Equal(1, await store.QueryAsync(db => db.Actors.CountAsync(a => a.Name == "Hong Gil-dong")));
    }

    [Fact]
    public async Task Evidence_an_editor_unlinked_is_not_linked_again_by_reanalysis()
    {
        await using var store = await StoreFixture.CreateAsync();
        var day = FuzzyDate.FromDay(new DateOnly(2025, 10, 29), FuzzyDate.Seoul);
        var found = new FoundSummit("Lee–Trump summit in Gyeongju", day, day, "Gyeongju, South Korea", SummitStatus.Held, null,
            ["kr-lee-jae-myung", "us-donald-trump"], "evidence", 0, 8);
        var saved = await store.SaveAsync(StoreFixture.Article(Story(30), "https://a.example/gyeongju",
            FuzzyDate.FromDay(new DateOnly(2025, 10, 30), FuzzyDate.Seoul), summits: [found]));
        var linked = await store.QueryAsync(db => db.SummitEvidence.Where(e => e.ArticleId == saved.ArticleId).Select(e => e.Summit!.ReferenceId).SingleAsync());
        Assert.Equal("2025-10-29-gyeongju", linked);

        await store.WithStoreAsync(async (_, db) =>
        {
            var evidence = await db.SummitEvidence.SingleAsync(e => e.ArticleId == saved.ArticleId);
            db.SummitEvidenceRejections.Add(new SummitEvidenceRejection { ArticleId = saved.ArticleId, SummitId = evidence.SummitId, CreatedUtc = DateTime.UtcNow });
            db.SummitEvidence.Remove(evidence);
            return await db.SaveChangesAsync();
        });
        await store.WithStoreAsync(async (articles, _) => { await articles.ReanalyzeAsync(saved.ArticleId); return 0; });

        var relinked = await store.QueryAsync(db => db.SummitEvidence.Where(e => e.ArticleId == saved.ArticleId).Select(e => e.Summit!.ReferenceId).ToListAsync());
        Assert.DoesNotContain("2025-10-29-gyeongju", relinked);
    }

    [Fact]
    public async Task Reanalysis_keeps_statements_an_editor_corrected()
    {
        await using var store = await StoreFixture.CreateAsync();
        const string text = "President Lee Jae Myung said the talks would resume soon.";
        var statement = new FoundStatement("kr-lee-jae-myung", "Lee Jae Myung", null, StatementKind.Indirect, "said",
            "the talks would resume soon", Aug31, text.IndexOf("the talks", StringComparison.Ordinal), text.Length - 1, 0.9);
        var saved = await store.SaveAsync(StoreFixture.Article(text, "https://a.example/r", Aug31, statements: [statement]));
        await store.WithStoreAsync(async (_, db) =>
        {
            var s = await db.Statements.SingleAsync();
            s.Text = "the talks would resume soon (corrected)";
            s.EditedUtc = DateTime.UtcNow;
            return await db.SaveChangesAsync();
        });

        await store.WithStoreAsync(async (articles, _) => { await articles.ReanalyzeAsync(saved.ArticleId); return 0; });

        var kept = await store.QueryAsync(db => db.Statements.ToListAsync());
        Assert.Contains(kept, s => s.Text.EndsWith("(corrected)", StringComparison.Ordinal));
        Assert.Equal(1, await store.QueryAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task An_editor_relevance_override_decides_whether_reanalysis_finds_statements()
    {
        await using var store = await StoreFixture.CreateAsync();
        var seed = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "Seeds", "000_b0c96d113f6e56f9.txt"));
        var notRelevant = StoreFixture.Article(seed, "https://a.example/seed", Aug31) with
        {
            Analysis = AnalysisResult.Irrelevant(new RelevanceDecision(false, 0.1, true, ["test: classifier said no"])),
        };
        var saved = await store.SaveAsync(notRelevant);
        Assert.Equal(0, await store.QueryAsync(db => db.Statements.CountAsync()));

        async Task OverrideAsync(bool relevant) => await store.WithStoreAsync(async (articles, db) =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == saved.ArticleId);
            (article.IsRelevant, article.RelevanceOverridden) = (relevant, true);
            await db.SaveChangesAsync();
            await articles.ReanalyzeAsync(saved.ArticleId);
            return 0;
        });

        await OverrideAsync(true);
        var speakers = await store.QueryAsync(db => db.Statements.Select(s => s.Speaker!.Name).Distinct().ToListAsync());
        Assert.Contains("Chung Dong-young", speakers);
        Assert.True(await store.QueryAsync(db => db.Articles.Select(a => a.IsRelevant).SingleAsync()));

        await OverrideAsync(false);
        Assert.Equal(0, await store.QueryAsync(db => db.Statements.CountAsync()));
        Assert.False(await store.QueryAsync(db => db.Articles.Select(a => a.IsRelevant).SingleAsync()));
    }
}
