using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>
/// A joint statement of a readout ("Both Leaders reaffirmed …") shows every leader on its card, and a word search on
/// the second leader's name finds it (the sentences are from a White House readout of 21 May 2022).
/// </summary>
public sealed class JointStatementPageTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    private const string Readout =
        "President Joseph R. Biden, Jr. met today with President Yoon Suk Yeol of the Republic of Korea (ROK) in Seoul.\n\n"
        + "Both Leaders reaffirmed their commitment to strengthen the U.S.-ROK alliance.\n\n"
        + "The Presidents also discussed their shared belief in constitutional democracy.";

    [Fact]
    public async Task A_joint_statement_names_both_leaders_and_is_found_by_the_second()
    {
        var client = await Editors.SignedInAsync(factory);
        var saved = await client.SubmitFormAsync("/Articles/Add", "main form", new Dictionary<string, string>
        {
            ["Pasted"] = Readout, ["Title"] = "Readout of President Biden's meeting with President Yoon", ["Published"] = "2022-05-21",
        }, "/Articles/Add?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await client.GetDocumentAsync("/Statements?q=" + Uri.EscapeDataString("reaffirmed Yoon"));
        var card = Assert.Single(page.QuerySelectorAll(".statement-card"), c => c.TextContent.Contains("U.S.-ROK alliance", StringComparison.Ordinal));
        var caption = card.QuerySelector("figcaption")!;
        Assert.Equal("Joe Biden", caption.QuerySelector("a[href^='/Actors/']")!.TextContent);
        Assert.Contains("Joe Biden and Yoon Suk Yeol", caption.TextContent, StringComparison.Ordinal);
    }
}
