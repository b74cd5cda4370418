using System.Net;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Trust;

/// <summary>Issue 11 (10): the error page's headers, a refused paste not sent back, editors' e-mails, a pasted "x".</summary>
public sealed class LesserTests(TrustWebFactory factory) : IClassFixture<TrustWebFactory>
{
    [Fact]
    public async Task The_error_page_carries_the_security_headers()
    {
        var response = await Editors.Anonymous(factory).GetAsync("/test/boom");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", await response.Content.ReadAsStringAsync());
        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task A_refused_five_megabyte_paste_is_not_sent_back()
    {
        var client = await Editors.SignedInAsync(factory);
        var pasted = string.Concat(Enumerable.Repeat("The envoy said talks would resume soon. ", 5_000_000 / 40));
        var response = await client.SubmitFormAsync("/Articles/Add", "main form", new Dictionary<string, string>
        {
            ["Pasted"] = pasted, ["Title"] = "Kept title",
        }, "/Articles/Add?handler=Save");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Length < 100_000, $"the answer was {body.Length:N0} characters");
        var doc = await Html.ParseAsync(response);
        Assert.Contains("too long", doc.QuerySelector(".error")!.TextContent);
        Assert.Equal("", doc.QuerySelector("textarea[name=Pasted]")!.TextContent);
        Assert.Equal("Kept title", doc.QuerySelector("input[name=Title]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("\"><script>alert(1)</script>@x.org")]
    [InlineData("a b@example.org")]
    [InlineData("<b>@example.org")]
    [InlineData("editor@example")]
    [InlineData("editor@-example.org")]
    [InlineData("editor@@example.org")]
    public async Task An_e_mail_that_is_not_a_plain_address_is_refused(string email)
    {
        var client = await Editors.SignedInAsync(factory);
        var response = await client.SubmitFormAsync("/Account/Editors", "form.add-editor", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is not an e-mail address", (await Html.ParseAsync(response)).QuerySelector(".error")!.TextContent);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("<html><body><nav><a href=\"/\">Home</a></nav></body></html>")]
    public async Task A_paste_with_no_article_text_is_refused_as_import_refuses_it(string pasted)
    {
        var client = await Editors.SignedInAsync(factory);
        var before = await factory.WithDbAsync(db => db.Articles.CountAsync());
        var response = await client.SubmitFormAsync("/Articles/Add", "main form", new Dictionary<string, string> { ["Pasted"] = pasted },
            "/Articles/Add?handler=Save");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Not saved: no article found", (await Html.ParseAsync(response)).QuerySelector(".error")!.TextContent);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Articles.CountAsync()));
    }
}
