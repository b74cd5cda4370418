using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>On a fresh store (reference data only) every reading page answers 200 and says what to do next.</summary>
public sealed class EmptyStoreTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    [Theory]
    [InlineData("/", "Add a news source")]
    [InlineData("/Statements", "No statements yet")]
    [InlineData("/Articles", "No articles stored")]
    [InlineData("/Sources", "No sources yet")]
    [InlineData("/Review", "Nothing to review")]
    [InlineData("/Actors?q=nobody-by-this-name", "No actor is known as")]
    public async Task Reading_page_answers_200_with_an_empty_state(string url, string hint)
    {
        var doc = await Editors.Anonymous(factory).GetDocumentAsync(url);
        var empty = doc.QuerySelector(".empty");
        Assert.NotNull(empty);
        Assert.Contains(hint, empty.TextContent);
        Assert.NotNull(doc.QuerySelector("header nav"));
        Assert.NotNull(doc.QuerySelector("main h1"));
    }

    [Theory]
    [InlineData("/Summits")]
    [InlineData("/Actors")]
    [InlineData("/Actors/lee-jae-myung")]
    [InlineData("/Account/SignIn")]
    public async Task Pages_backed_by_reference_data_answer_200(string url)
    {
        var doc = await Editors.Anonymous(factory).GetDocumentAsync(url);
        Assert.NotNull(doc.QuerySelector("main h1"));
    }

    [Fact]
    public async Task Actor_page_lists_every_spelling_and_roles()
    {
        var doc = await Editors.Anonymous(factory).GetDocumentAsync("/Actors/lee-jae-myung");
        var text = doc.QuerySelector("main")!.TextContent;
        Assert.Contains("이재명", text);
        Assert.Contains("President of South Korea", text);
    }
}
