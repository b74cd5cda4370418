using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using DiplomacyTracker.Tests.Shared;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>Reading is public; every write needs a signed-in editor.</summary>
[Trait(TestStore.Trait, TestStore.Both)]
public sealed class AuthTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    [Theory]
    [InlineData("/Articles/Add")]
    [InlineData("/Account/Editors")]
    [InlineData("/Account/Password")]
    [InlineData("/Sources/Edit")]
    [InlineData("/Actors/Edit/1")]
    [InlineData("/Actors/Merge/1")]
    public async Task Write_pages_redirect_to_sign_in(string url)
    {
        var response = await Editors.Anonymous(factory).GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/Articles/Delete/1")]
    [InlineData("/Articles/Relevance/1")]
    [InlineData("/Actors/Merge/1")]
    [InlineData("/Review/Decide?handler=Actor&id=1&verdict=reject")]
    [InlineData("/Sources/Manage/1?handler=Scrape")]
    public async Task Posts_without_sign_in_change_nothing(string url)
    {
        var client = Editors.Anonymous(factory);
        var token = await client.TokenAsync("/Account/SignIn");
        var before = await factory.WithDbAsync(db => Task.FromResult(db.EditRecords.Count()));
        var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Target"] = "Donald Trump",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery);
        Assert.Equal(before, await factory.WithDbAsync(db => Task.FromResult(db.EditRecords.Count())));
    }

    [Fact]
    public async Task Wrong_password_is_refused_and_right_one_signs_in()
    {
        await factory.CreateEditorAsync("alice@example.org", Editors.Password);
        var client = Editors.Anonymous(factory);
        var wrong = await client.SubmitFormAsync("/Account/SignIn", "main form", new Dictionary<string, string> { ["Email"] = "alice@example.org", ["Password"] = "not the password" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Wrong e-mail or password", (await Html.ParseAsync(wrong)).QuerySelector(".error")!.TextContent);

        var right = await client.SubmitFormAsync("/Account/SignIn", "main form", new Dictionary<string, string> { ["Email"] = "alice@example.org", ["Password"] = Editors.Password });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var add = await client.GetAsync("/Articles/Add");
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        var header = (await Html.ParseAsync(add)).QuerySelector("header")!.TextContent;
        Assert.Contains("alice@example.org", header);
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_rejected_even_when_signed_in()
    {
        var client = await Editors.SignedInAsync(factory);
        var response = await client.PostAsync("/Sources/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Forged", ["SourceUrl"] = "https://forged.example/feed", ["Kind"] = "0", ["TimeZone"] = "UTC", ["IntervalMinutes"] = "30",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => Task.FromResult(db.Sources.Any(s => s.Name == "Forged"))));
    }

    [Fact]
    public async Task An_editor_adds_another_editor_who_can_then_sign_in()
    {
        var client = await Editors.SignedInAsync(factory);
        var response = await client.SubmitFormAsync("/Account/Editors", "form.add-editor", new Dictionary<string, string> { ["Email"] = "bob@example.org", ["Password"] = "" });
        var doc = await Html.ParseAsync(response);
        var password = doc.QuerySelector(".notice code")!.TextContent;
        Assert.True(password.Length >= 16);

        var bob = Editors.Anonymous(factory);
        var signIn = await bob.SubmitFormAsync("/Account/SignIn", "main form", new Dictionary<string, string> { ["Email"] = "bob@example.org", ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task An_editor_removes_another_who_can_no_longer_sign_in_but_cannot_remove_themselves()
    {
        var alice = await Editors.SignedInAsync(factory, "alice-remover@example.org");
        await factory.CreateEditorAsync("carol-removed@example.org", Editors.Password);
        var page = await alice.GetDocumentAsync("/Account/Editors");
        Assert.Null(page.QuerySelector("form.remove-editor input[value='alice-remover@example.org']"));
        var response = await alice.SubmitFormAsync("/Account/Editors", "form.remove-editor",
            new Dictionary<string, string> { ["email"] = "carol-removed@example.org" });
        var doc = await Html.ParseAsync(response);
        Assert.Contains("carol-removed@example.org removed", doc.QuerySelector("[role=status]")!.TextContent);
        Assert.DoesNotContain("carol-removed@example.org", doc.QuerySelector("table.editors")!.TextContent);
        Assert.Contains("carol-removed@example.org", doc.QuerySelector(".history")!.TextContent);

        var carol = Editors.Anonymous(factory);
        var signIn = await carol.SubmitFormAsync("/Account/SignIn", "main form", new Dictionary<string, string>
        {
            ["Email"] = "carol-removed@example.org", ["Password"] = Editors.Password,
        });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        var self = await alice.SubmitFormAsync("/Account/Editors", "form.add-editor", new Dictionary<string, string>
        {
            ["email"] = "alice-remover@example.org",
        }, action: "/Account/Editors?handler=Remove");
        Assert.Contains("cannot remove yourself", (await Html.ParseAsync(self)).QuerySelector("[role=alert]")!.TextContent);
        Assert.True(await factory.WithDbAsync(db => Task.FromResult(db.Users.Any(u => u.Email == "alice-remover@example.org"))));
    }

    [Fact]
    public async Task An_editor_changes_their_password_after_giving_the_current_one()
    {
        var dave = await Editors.SignedInAsync(factory, "dave-password@example.org");
        var wrong = await dave.SubmitFormAsync("/Account/Password", "main form", new Dictionary<string, string>
        {
            ["Current"] = "not my password", ["New"] = "a brand new passphrase", ["Repeat"] = "a brand new passphrase",
        });
        Assert.Contains("current password is not right", (await Html.ParseAsync(wrong)).QuerySelector("[role=alert]")!.TextContent);

        var changed = await dave.SubmitFormAsync("/Account/Password", "main form", new Dictionary<string, string>
        {
            ["Current"] = Editors.Password, ["New"] = "a brand new passphrase", ["Repeat"] = "a brand new passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        async Task<HttpStatusCode> SignInAsync(string password) => (await Editors.Anonymous(factory).SubmitFormAsync("/Account/SignIn", "main form",
            new Dictionary<string, string> { ["Email"] = "dave-password@example.org", ["Password"] = password })).StatusCode;
        Assert.Equal(HttpStatusCode.OK, await SignInAsync(Editors.Password));
        Assert.Equal(HttpStatusCode.Redirect, await SignInAsync("a brand new passphrase"));
    }
}
