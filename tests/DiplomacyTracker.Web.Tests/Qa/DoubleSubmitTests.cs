using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using DiplomacyTracker.Tests.Shared;

namespace DiplomacyTracker.Web.Tests.Qa;

/// <summary>Found in a QA pass: a form sent twice at once (a double click) answered one of the clicks with a 500.</summary>
[Trait(TestStore.Trait, TestStore.Both)]
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
            var responses = await BurstAsync(client, $"/Articles/Delete/{id}", $"/Articles/Delete/{id}", []);

            Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Redirect);
            Assert.False(await factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Id == id)));
            Assert.Equal(1, await factory.WithDbAsync(db => db.EditRecords.CountAsync(e => e.EntityType == "Article" && e.EntityId == id && e.Action == "delete")));
        }
    }

    [Fact]
    public async Task Relevance_toggled_several_times_at_once_never_fails()
    {
        var client = await Editors.SignedInAsync(factory);
        for (var round = 0; round < 3; round++)
        {
            var (id, _) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, $"Toggled {round}", StoreSeed.Day(2025, 10, 2),
                new StoreSeed.Quote("kim-jong-un", "Something said.", StoreSeed.Day(2025, 10, 2))));
            await BurstAsync(client, $"/Articles/{id}", $"/Articles/Relevance/{id}", new() { ["relevant"] = "false" });
            Assert.False(await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.IsRelevant).SingleAsync()));
        }
    }

    [Fact]
    public async Task The_same_editor_added_several_times_at_once_exists_once_and_never_fails()
    {
        var client = await Editors.SignedInAsync(factory);
        for (var round = 0; round < 3; round++)
        {
            var email = $"twice-{round}-{Guid.NewGuid():N}@example.org";
            await BurstAsync(client, "/Account/Editors", "/Account/Editors", new() { ["Email"] = email, ["Password"] = "long enough password" });
            Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
        }
    }

    /// <summary>Posts the same form (one antiforgery token) four times at once; no answer may be a server error.</summary>
    private static async Task<HttpResponseMessage[]> BurstAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await client.TokenAsync(formPage);
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostAsync(action, new FormUrlEncodedContent(fields))));
        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"POST {action} answered {(int)r.StatusCode}"));
        return responses;
    }
}
