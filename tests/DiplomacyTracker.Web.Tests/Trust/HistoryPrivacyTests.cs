using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Trust;

/// <summary>
/// Issue 11 (8): the edit history — who, and the before/after records (rejected statements, deleted summits) — is for
/// editors; readers see that an editor corrected an item, not who or what it said before.
/// </summary>
public sealed class HistoryPrivacyTests(TrustWebFactory factory) : IClassFixture<TrustWebFactory>
{
    [Fact]
    public async Task Readers_see_corrected_by_an_editor_and_editors_see_who()
    {
        const string email = "private.editor@example.org";
        await factory.CreateEditorAsync(email, Editors.Password);
        var editor = await factory.SignedInFromAsync("198.51.100.50", email);
        var (articleId, statementIds) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Privacy target", StoreSeed.Day(2025, 10, 4),
            new StoreSeed.Quote("moon-jae-in", "Moon said the secret words before correction.", StoreSeed.Day(2025, 10, 4))));
        var summitId = await factory.WithDbAsync(db => db.Summits.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync($"/Statements/Edit/{statementIds[0]}", "main form", new Dictionary<string, string>
        {
            ["Speaker"] = "Moon Jae-in", ["Text"] = "Moon said the talks would go on.", ["Kind"] = "Direct",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync($"/Articles/Edit/{articleId}", "main form", new Dictionary<string, string>
        {
            ["Title"] = "Privacy target (corrected)", ["Published"] = "2025-10-04",
        })).StatusCode);
        var summitForm = await FormFields.ReadAsync(editor, $"/Summits/Edit/{summitId}", "main form");
        summitForm["Outcome"] = "Corrected outcome";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync($"/Summits/Edit/{summitId}", "main form", summitForm)).StatusCode);

        var reader = Editors.Anonymous(factory);
        var history = await reader.GetAsync("/History");
        Assert.Equal(HttpStatusCode.Redirect, history.StatusCode);
        Assert.StartsWith("/Account/SignIn", history.Headers.Location!.PathAndQuery);
        foreach (var page in new[] { $"/Articles/{articleId}", $"/Summits/{summitId}" })
        {
            var html = await (await reader.GetAsync(page)).Content.ReadAsStringAsync();
            Assert.Contains("orrected by an editor", html);
            Assert.DoesNotContain(email, html);
            Assert.DoesNotContain("&quot;Text&quot;:", html); // no before/after record (the old words, the editor's)
            Assert.DoesNotContain("&quot;Title&quot;:", html);
            Assert.DoesNotContain("Before / after", html);
        }

        var seen = await (await editor.GetAsync($"/Articles/{articleId}")).Content.ReadAsStringAsync();
        Assert.Contains(email, seen);
        Assert.Contains(email, await (await editor.GetAsync("/History")).Content.ReadAsStringAsync());
    }
}
