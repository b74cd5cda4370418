using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>The timeline's actor filter and the statement search's speaker box take any spelling, and ask when a name means several actors.</summary>
public sealed class SpeakerFilterTests : IClassFixture<SpeakerFilterTests.Fixture>
{
    private readonly Fixture _f;

    public SpeakerFilterTests(Fixture fixture) => _f = fixture;

    public sealed class Fixture : TrackerWebFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            _ = Server;
            await WithDbAsync(async db =>
            {
                await StoreSeed.DiscoveredActorAsync(db, "Quonset Alpha", "quonset-alpha", "퀀셋알파", "Q. Alpha");
                await StoreSeed.DiscoveredActorAsync(db, "Quonset Beta", "quonset-beta");
                await StoreSeed.ArticleAsync(db, "Quonset talks", StoreSeed.Day(2025, 9, 3),
                    new StoreSeed.Quote("quonset-alpha", "Alpha said the harbour deal is close.", StoreSeed.Day(2025, 9, 3)),
                    new StoreSeed.Quote("quonset-beta", "Beta said the harbour deal is far away.", StoreSeed.Day(2025, 9, 4)));
            });
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Theory]
    [InlineData("quonset-alpha")]
    [InlineData("Quonset Alpha")]
    [InlineData("퀀셋알파")]
    [InlineData("q. alpha")]
    public async Task Timeline_actor_filter_takes_slug_name_alias_and_hangul(string actor)
    {
        var doc = await Editors.Anonymous(_f).GetDocumentAsync("/?kind=statements&actor=" + Uri.EscapeDataString(actor));
        var cards = doc.QuerySelectorAll(".statement-card");
        Assert.Single(cards);
        Assert.Contains("harbour deal is close", cards[0].TextContent);
        Assert.Equal("Timeline: Quonset Alpha", doc.QuerySelector("h1")!.TextContent);
        Assert.Null(doc.QuerySelector(".did-you-mean"));
    }

    [Fact]
    public async Task Timeline_asks_which_actor_when_a_name_matches_several()
    {
        var doc = await Editors.Anonymous(_f).GetDocumentAsync("/?kind=statements&from=2025&actor=Quonset");
        Assert.Empty(doc.QuerySelectorAll(".statement-card"));
        var links = doc.QuerySelectorAll(".did-you-mean a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Quonset Alpha", "/?actor=quonset-alpha&kind=statements&from=2025"), ("Quonset Beta", "/?actor=quonset-beta&kind=statements&from=2025")], links);
        Assert.Null(doc.QuerySelector(".empty"));

        var followed = await Editors.Anonymous(_f).GetDocumentAsync(links[1].Item2!);
        Assert.Contains("far away", Assert.Single(followed.QuerySelectorAll(".statement-card")).TextContent);
    }

    [Fact]
    public async Task Timeline_actor_box_uses_the_speaker_autocomplete()
    {
        var doc = await Editors.Anonymous(_f).GetDocumentAsync("/");
        var input = doc.QuerySelector("form.filters input[name=actor]")!;
        Assert.Equal("/Statements?handler=Speakers", input.GetAttribute("data-autocomplete"));
        var list = doc.GetElementById(input.GetAttribute("list")!)!;
        Assert.Contains(list.QuerySelectorAll("option"), o => o.GetAttribute("value") == "Quonset Alpha");
        var unknown = await Editors.Anonymous(_f).GetDocumentAsync("/?actor=Nobody%20Atall");
        Assert.Contains("No actor is known as", unknown.QuerySelector(".error")!.TextContent);
    }

    [Fact]
    public async Task Statement_search_asks_instead_of_mixing_officials()
    {
        var doc = await Editors.Anonymous(_f).GetDocumentAsync("/Statements?speaker=Quonset&q=harbour");
        Assert.Empty(doc.QuerySelectorAll(".statement-card"));
        var links = doc.QuerySelectorAll(".did-you-mean a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/Statements?speaker=quonset-alpha&q=harbour&p=1", "/Statements?speaker=quonset-beta&q=harbour&p=1"], links);

        var one = await Editors.Anonymous(_f).GetDocumentAsync(links[0]!);
        Assert.Contains("close", Assert.Single(one.QuerySelectorAll(".statement-card")).TextContent);
        Assert.Contains("Statements by Quonset Alpha", one.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Statement_search_answers_a_prefix_that_names_one_official_and_says_whom()
    {
        var doc = await Editors.Anonymous(_f).GetDocumentAsync("/Statements?speaker=Quonset%20Be");
        Assert.Contains("far away", Assert.Single(doc.QuerySelectorAll(".statement-card")).TextContent);
        Assert.Contains("Statements by Quonset Beta", doc.QuerySelector("main")!.TextContent);
        Assert.Null(doc.QuerySelector(".did-you-mean"));
    }
}
