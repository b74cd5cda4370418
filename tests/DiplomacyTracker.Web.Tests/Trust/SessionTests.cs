using System.Net;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Tests.Scraping;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Trust;

/// <summary>
/// Issue 11 (2): sign-out, a password change and removing an editor end every copy of the session on the server, at
/// once; a session also ends a fixed time after its sign-in, however much it is used (pinned on a fake clock).
/// </summary>
public sealed class SessionTests
{
    private static async Task<(HttpClient Editor, HttpClient Copy)> SignedInWithCopyAsync(TrustWebFactory factory, string email)
    {
        await factory.CreateEditorAsync(email, Editors.Password);
        var client = factory.ClientFrom("198.51.100.20");
        var signIn = await client.SubmitFormAsync("/Account/SignIn", "main form", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Editors.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var copy = TrustWebFactory.CopyOf(factory, signIn);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/Articles/Add")).StatusCode); // the copy works while the session lives
        return (client, copy);
    }

    private static async Task AssertSignedOutAsync(HttpClient client)
    {
        var response = await client.GetAsync("/Articles/Add");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task After_sign_out_a_copied_cookie_neither_reads_editor_pages_nor_writes()
    {
        using var factory = new TrustWebFactory();
        var (editor, copy) = await SignedInWithCopyAsync(factory, "leaves@example.org");
        var (articleId, _) = await factory.WithDbAsync(db => StoreSeed.ArticleAsync(db, "Relevance target", StoreSeed.Day(2025, 10, 1)));
        var token = await copy.TokenAsync($"/Articles/{articleId}");

        var signOut = await editor.SubmitFormAsync("/Account/SignOut", "main form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        await AssertSignedOutAsync(copy);
        var write = await copy.PostAsync($"/Articles/Relevance/{articleId}?relevant=false",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.NotEqual(HttpStatusCode.OK, write.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == articleId).Select(a => a.IsRelevant).SingleAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.EditRecords.CountAsync(e => e.EntityType == "Article" && e.EntityId == articleId)));
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_at_once_and_keeps_this_one()
    {
        using var factory = new TrustWebFactory();
        var (editor, copy) = await SignedInWithCopyAsync(factory, "rotates@example.org");

        var changed = await editor.SubmitFormAsync("/Account/Password", "main form", new Dictionary<string, string>
        {
            ["Current"] = Editors.Password, ["New"] = "a brand new passphrase", ["Repeat"] = "a brand new passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        await AssertSignedOutAsync(copy);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/Articles/Add")).StatusCode);
    }

    [Fact]
    public async Task A_removed_editor_is_signed_out_at_once()
    {
        using var factory = new TrustWebFactory();
        var (_, removed) = await SignedInWithCopyAsync(factory, "removed@example.org");
        await factory.CreateEditorAsync("remover@example.org", Editors.Password);
        var remover = await factory.SignedInFromAsync("198.51.100.21", "remover@example.org");

        var response = await remover.SubmitFormAsync("/Account/Editors", "form.remove-editor", new Dictionary<string, string> { ["email"] = "removed@example.org" },
            "/Account/Editors?handler=Remove");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await AssertSignedOutAsync(removed);
    }

    [Fact]
    public async Task A_session_in_daily_use_still_ends_fourteen_days_after_its_sign_in()
    {
        var clock = new ManualTimeProvider { AutoAdvance = false };
        using var factory = new TrustWebFactory { Clock = clock };
        var (editor, _) = await SignedInWithCopyAsync(factory, "daily@example.org");

        for (var day = 1; day <= 13; day++)
        {
            clock.Advance(TimeSpan.FromDays(1));
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/Articles/Add")).StatusCode);
        }
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await AssertSignedOutAsync(editor);
    }

    [Fact]
    public async Task An_unused_session_ends_after_three_idle_days()
    {
        var clock = new ManualTimeProvider { AutoAdvance = false };
        using var factory = new TrustWebFactory { Clock = clock };
        var (editor, _) = await SignedInWithCopyAsync(factory, "idle@example.org");

        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/Articles/Add")).StatusCode);
        clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        await AssertSignedOutAsync(editor);
    }
}
