using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Qa;

/// <summary>Found in a QA pass: "Delete" clicked twice answered the second click with a 500 (a concurrency exception).</summary>
public sealed class DoubleSubmitTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    [Fact]
    public async Task Delete_sent_several_times_at_once_deletes_once_and_never_fails()
    {
        var client = await Editors.SignedInAsync(factory);
        for (var round = 0; round < 3; round++)
        {
            var (id, _) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, $"Doomed {round}", StoreSeed.Day(2025, 10, 1),
                new StoreSeed.Quote("kim-jong-un", "A sentence that goes with it.", StoreSeed.Day(2025, 10, 1))));
            var token = await client.TokenAsync($"/Articles/Delete/{id}");
            var posts = Enumerable.Range(0, 4).Select(_ => client.PostAsync($"/Articles/Delete/{id}",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }))).ToList();
            var responses = await Task.WhenAll(posts);

            Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.NotFound, $"answered {(int)r.StatusCode}"));
            Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Redirect);
            Assert.False(await factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Id == id)));
            Assert.Equal(1, await factory.WithDbAsync(db => db.EditRecords.CountAsync(e => e.EntityType == "Article" && e.EntityId == id && e.Action == "delete")));
        }
    }
}
