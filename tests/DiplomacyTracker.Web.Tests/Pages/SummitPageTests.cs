using System.Net;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Dates;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>The summit page: report dates at their precision, evidence links to the passage; editors unlink evidence, delete, merge.</summary>
public sealed class SummitPageTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    private sealed record Seeded(int SummitId, int ArticleDay, int ArticleTime, List<int> Evidence);

    /// <summary>A summit found in articles: a day-precision report saying Planned, then a timed one saying Held.</summary>
    private async Task<Seeded> SeedAsync(string title, FuzzyDate? start, params SummitStatus[] statuses)
    {
        var (dayArticle, _) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, title + " planned", StoreSeed.Day(2025, 8, 31)));
        var (timeArticle, _) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, title + " held",
            FuzzyDate.FromInstant(new DateTimeOffset(2025, 9, 12, 14, 30, 0, TimeSpan.FromHours(9)))));
        return await factory.WithDbAsync(async db =>
        {
            var articles = await db.Articles.Where(a => a.Id == dayArticle || a.Id == timeArticle).OrderBy(a => a.Id).ToListAsync();
            var kim = await db.Actors.SingleAsync(a => a.Slug == "kim-jong-un");
            var summit = new Summit { Title = title, Start = start, End = start, Status = statuses[^1], CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow };
            summit.Participants.Add(new SummitParticipant { ActorId = kim.Id });
            for (var i = 0; i < statuses.Length; i++)
            {
                var article = articles[Math.Min(i, 1)];
                summit.Evidence.Add(new SummitEvidence
                {
                    ArticleId = article.Id, Status = statuses[i], Excerpt = $"{title} report {i}", StartOffset = 0, EndOffset = 5,
                    ReportedUtc = article.PublishedUtc, CreatedUtc = DateTime.UtcNow,
                });
            }
            db.Summits.Add(summit);
            await db.SaveChangesAsync();
            return new Seeded(summit.Id, dayArticle, timeArticle, summit.Evidence.OrderBy(e => e.Id).Select(e => e.Id).ToList());
        });
    }

    [Fact]
    public async Task Status_history_shows_report_dates_at_their_precision_and_links_the_passage()
    {
        var s = await SeedAsync("Precision summit", StoreSeed.Day(2025, 9, 12), SummitStatus.Planned, SummitStatus.Held);
        var doc = await Editors.Anonymous(factory).GetDocumentAsync($"/Summits/{s.SummitId}");
        var times = doc.QuerySelectorAll(".status-history time").Select(t => (t.TextContent, t.GetAttribute("datetime"))).ToList();
        Assert.Equal([("31 Aug 2025", "2025-08-31"), ("12 Sep 2025 14:30 KST", "2025-09-12T14:30+09:00")], times);
        var links = doc.QuerySelectorAll(".status-history a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/Articles/{s.ArticleDay}#ev{s.Evidence[0]}", $"/Articles/{s.ArticleTime}#ev{s.Evidence[1]}"], links);
        Assert.Empty(doc.QuerySelectorAll(".status-history form"));
        Assert.Empty(doc.QuerySelectorAll("time:not([datetime]), time[datetime='']"));
    }

    [Fact]
    public async Task The_status_steps_follow_the_reports_by_publication_date_each_linked_to_its_report()
    {
        var s = await SeedAsync("Stepped summit", StoreSeed.Day(2025, 9, 12), SummitStatus.Planned, SummitStatus.Held);
        var doc = await Editors.Anonymous(factory).GetDocumentAsync($"/Summits/{s.SummitId}");
        var steps = doc.QuerySelectorAll(".status-steps .badge").Select(b => b.TextContent).ToList();
        Assert.Equal(["Planned", "Held"], steps);
        var links = doc.QuerySelectorAll(".status-steps a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"#evidence-{s.Evidence[0]}", $"#evidence-{s.Evidence[1]}"], links);
        // A first "held" that a newer report contradicts is a step the status left, not where it stays.
        var undone = await SeedAsync("Undone summit", StoreSeed.Day(2025, 9, 12), SummitStatus.Held, SummitStatus.Planned);
        var page = await Editors.Anonymous(factory).GetDocumentAsync($"/Summits/{undone.SummitId}");
        Assert.Equal(["Held", "Planned"], page.QuerySelectorAll(".status-steps .badge").Select(b => b.TextContent));
    }

    [Fact]
    public async Task An_undated_summit_says_its_date_is_unknown()
    {
        var s = await SeedAsync("Undated summit", null, SummitStatus.Proposed);
        var doc = await Editors.Anonymous(factory).GetDocumentAsync($"/Summits/{s.SummitId}");
        var text = doc.QuerySelector("main")!.TextContent;
        Assert.Contains("date of this summit is unknown", text);
        Assert.DoesNotContain("around these dates", text);
        Assert.Empty(doc.QuerySelectorAll("time[datetime='']"));
    }

    [Fact]
    public async Task Unlinking_evidence_derives_the_status_from_what_is_left_and_records_it()
    {
        var s = await SeedAsync("Unlink summit", StoreSeed.Day(2025, 9, 12), SummitStatus.Planned, SummitStatus.Held);
        var anonymous = await Editors.Anonymous(factory).PostAsync($"/Summits/Manage/{s.SummitId}?handler=Unlink&evidenceId={s.Evidence[1]}", new FormUrlEncodedContent([]));
        Assert.False(anonymous.IsSuccessStatusCode && anonymous.StatusCode != HttpStatusCode.Redirect);
        Assert.Equal(2, await factory.WithDbAsync(db => db.SummitEvidence.CountAsync(e => e.SummitId == s.SummitId)));

        var client = await Editors.SignedInAsync(factory);
        var page = $"/Summits/{s.SummitId}";
        var response = await client.SubmitFormAsync(page, $"#evidence-{s.Evidence[1]} form.unlink", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var summit = await factory.WithDbAsync(db => db.Summits.Include(x => x.Evidence).SingleAsync(x => x.Id == s.SummitId));
        Assert.Equal(SummitStatus.Planned, summit.Status);
        Assert.Equal([s.Evidence[0]], summit.Evidence.Select(e => e.Id).ToList());
        Assert.True(await factory.WithDbAsync(db => db.SummitEvidenceRejections.AnyAsync(r => r.SummitId == s.SummitId)),
            "the unlink is remembered, so re-analysis does not link the passage again");
        var doc = await client.GetDocumentAsync(page);
        Assert.Contains("Planned", doc.QuerySelector("h1 .badge")!.TextContent);
        Assert.Contains("unlink", doc.QuerySelector(".history")!.TextContent);
    }

    [Fact]
    public async Task Deleting_a_summit_found_in_articles_is_recorded_and_curated_ones_cannot_be_deleted()
    {
        var s = await SeedAsync("Delete summit", StoreSeed.Day(2025, 9, 12), SummitStatus.Held);
        var client = await Editors.SignedInAsync(factory);
        var response = await client.SubmitFormAsync($"/Summits/{s.SummitId}", "form.delete-summit", new Dictionary<string, string>());
        Assert.Equal("/Summits", response.Headers.Location!.OriginalString);
        Assert.False(await factory.WithDbAsync(db => db.Summits.AnyAsync(x => x.Id == s.SummitId)));
        Assert.False(await factory.WithDbAsync(db => db.SummitEvidence.AnyAsync(e => s.Evidence.Contains(e.Id))));
        Assert.True(await factory.WithDbAsync(db => db.EditRecords.AnyAsync(e => e.EntityType == "Summit" && e.EntityId == s.SummitId && e.Action == "delete")));
        var gone = await client.GetAsync($"/Summits/{s.SummitId}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var goneDoc = await Html.ParseAsync(gone);
        Assert.Contains("deleted by", goneDoc.QuerySelector(".deleted-summit")!.TextContent);
        Assert.Contains("Delete summit", goneDoc.QuerySelector(".history pre")!.TextContent);

        var curated = await factory.WithDbAsync(db => db.Summits.Where(x => x.ReferenceId != null).Select(x => x.Id).FirstAsync());
        var page = await client.GetDocumentAsync($"/Summits/{curated}");
        Assert.Null(page.QuerySelector("form.delete-summit"));
        var token = await client.TokenAsync($"/Summits/{curated}");
        await client.PostAsync($"/Summits/Manage/{curated}?handler=Delete", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.True(await factory.WithDbAsync(db => db.Summits.AnyAsync(x => x.Id == curated)));
    }

    [Fact]
    public async Task Merging_moves_evidence_and_participants_and_the_old_address_redirects()
    {
        var target = await SeedAsync("Harbour summit", StoreSeed.Day(2025, 9, 12), SummitStatus.Planned);
        var source = await SeedAsync("Harbour summit duplicate", null, SummitStatus.Planned, SummitStatus.Held);
        var trump = await factory.WithDbAsync(async db =>
        {
            var id = await db.Actors.Where(a => a.Slug == "donald-trump").Select(a => a.Id).SingleAsync();
            db.SummitParticipants.Add(new SummitParticipant { SummitId = source.SummitId, ActorId = id });
            var otherArticle = await db.Articles.Select(x => x.Id).FirstAsync();
            db.SummitEvidenceRejections.Add(new SummitEvidenceRejection { SummitId = source.SummitId, ArticleId = otherArticle, CreatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return id;
        });
        var client = await Editors.SignedInAsync(factory);

        var ambiguous = await client.SubmitFormAsync($"/Summits/Merge/{source.SummitId}", "form.merge-summit", new Dictionary<string, string> { ["Target"] = "harbour" });
        var choices = (await Html.ParseAsync(ambiguous)).QuerySelectorAll(".merge-choices input[name=Target]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains($"#{target.SummitId}", choices);
        Assert.True(await factory.WithDbAsync(db => db.Summits.AnyAsync(x => x.Id == source.SummitId)));

        var response = await client.SubmitFormAsync($"/Summits/Merge/{source.SummitId}", "form.merge-summit", new Dictionary<string, string> { ["Target"] = $"#{target.SummitId}" });
        Assert.Equal($"/Summits/{target.SummitId}", response.Headers.Location!.OriginalString);
        var merged = await factory.WithDbAsync(db => db.Summits.Include(x => x.Evidence).Include(x => x.Participants).SingleAsync(x => x.Id == target.SummitId));
        Assert.Equal(target.Evidence.Concat(source.Evidence).Order(), merged.Evidence.Select(e => e.Id).Order());
        Assert.Contains(merged.Participants, p => p.ActorId == trump);
        Assert.Equal(SummitStatus.Held, merged.Status); // the newest report (12 Sep, held) wins
        Assert.False(await factory.WithDbAsync(db => db.Summits.AnyAsync(x => x.Id == source.SummitId)));
        Assert.True(await factory.WithDbAsync(db => db.SummitEvidenceRejections.AnyAsync(r => r.SummitId == target.SummitId)),
            "an article unlinked from the merged summit stays unlinked from the summit it became");

        var old = await Editors.Anonymous(factory).GetAsync($"/Summits/{source.SummitId}");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"/Summits/{target.SummitId}", old.Headers.Location!.OriginalString);
        var doc = await client.GetDocumentAsync($"/Summits/{target.SummitId}");
        Assert.Contains("merge", doc.QuerySelector(".history")!.TextContent);
    }

    [Fact]
    public async Task A_curated_summit_cannot_be_merged_away()
    {
        var curated = await factory.WithDbAsync(db => db.Summits.Where(x => x.ReferenceId != null).Select(x => x.Id).FirstAsync());
        var client = await Editors.SignedInAsync(factory);
        var response = await client.GetAsync($"/Summits/Merge/{curated}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await client.GetDocumentAsync($"/Summits/{curated}")).QuerySelector("a[href^='/Summits/Merge/']"));
    }

    [Fact]
    public async Task Saving_the_edit_form_unchanged_keeps_a_timed_date_and_records_nothing()
    {
        // 01:00 UTC written in UTC: the form shows it in KST and must read it back as the same instant.
        var s = await SeedAsync("Timed summit", FuzzyDate.FromInstant(new DateTimeOffset(2025, 9, 12, 1, 0, 0, TimeSpan.Zero)), SummitStatus.Held);
        var client = await Editors.SignedInAsync(factory);
        var edit = $"/Summits/Edit/{s.SummitId}";
        var fields = await FormFields.ReadAsync(client, edit, "form.stacked");
        Assert.Equal("2025-09-12 10:00", fields["Start"]);
        var response = await client.PostAsync(edit, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var summit = await factory.WithDbAsync(db => db.Summits.SingleAsync(x => x.Id == s.SummitId));
        Assert.Equal(DatePrecision.Time, summit.StartPrecision);
        Assert.Equal(new DateTime(2025, 9, 12, 1, 0, 0), summit.StartUtc);
        Assert.Equal(0, summit.OffsetMinutes);
        Assert.Null(summit.EditedUtc);
        Assert.False(await factory.WithDbAsync(db => db.EditRecords.AnyAsync(e => e.EntityType == "Summit" && e.EntityId == s.SummitId)));
    }

    [Theory]
    [InlineData("2025-09-13 18:45", DatePrecision.Time, "2025-09-13T18:45+09:00")]
    [InlineData("31 Aug 2025", DatePrecision.Day, "2025-08-31")]
    [InlineData("Aug 2025", DatePrecision.Month, "2025-08")]
    public async Task The_edit_form_takes_times_in_KST_and_written_out_dates(string typed, DatePrecision precision, string iso)
    {
        var s = await SeedAsync("Typed summit " + typed, StoreSeed.Day(2025, 9, 12), SummitStatus.Held);
        var client = await Editors.SignedInAsync(factory);
        var edit = $"/Summits/Edit/{s.SummitId}";
        var fields = await FormFields.ReadAsync(client, edit, "form.stacked");
        fields["Start"] = typed;
        fields["End"] = "";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(edit, new FormUrlEncodedContent(fields))).StatusCode);
        var summit = await factory.WithDbAsync(db => db.Summits.SingleAsync(x => x.Id == s.SummitId));
        Assert.Equal(precision, summit.StartPrecision);
        Assert.Equal(iso, summit.Start!.Value.ToIsoString());
        Assert.True(await factory.WithDbAsync(db => db.EditRecords.AnyAsync(e => e.EntityType == "Summit" && e.EntityId == s.SummitId && e.Action == "edit")));
        Assert.Equal(typed.Contains(':') ? typed : iso, (await FormFields.ReadAsync(client, edit, "form.stacked"))["Start"]);
    }
}
