using System.Text;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Tests.Trust;

/// <summary>Issue 11 (4): text that is not text (U+FFFE, lone surrogates, control characters) is cleaned once at the edge.</summary>
public sealed class UnicodeEdgeTests
{
    [Fact]
    public void Every_utf16_unit_alone_and_in_a_name_survives_normalisation()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var text = "Kim " + (char)c + " Jong";
            var clean = InputText.Clean(text);
            Assert.Equal(text.Length, clean.Length);
            _ = clean.Normalize(NormalizationForm.FormKC); // throws for what Clean let through
            ActorCatalog.NormalizeName(text);
        }
    }

    [Theory]
    [InlineData("a\uFFFEb", "a\uFFFDb")]
    [InlineData("a\uFFFFb", "a\uFFFDb")]
    [InlineData("a\uFDD0b", "a\uFFFDb")]
    [InlineData("a\u0000b\u0007c", "a\uFFFDb\uFFFDc")]
    [InlineData("tab\tnew\nline\r\nfeed\f", "tab\tnew\nline\r\nfeed\f")]
    [InlineData("이재명 \U0001F600 ok", "이재명 \U0001F600 ok")]
    [InlineData("plane one \U0001FFFE end", "plane one \uFFFD\uFFFD end")]
    public void Clean_replaces_one_for_one_and_keeps_real_text(string input, string expected) =>
        Assert.Equal(expected, InputText.Clean(input));

    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        Assert.Equal("a\uFFFDb", InputText.Clean("a\uD800b"));
        Assert.Equal("a\uFFFDb", InputText.Clean("a\uDC00b"));
        Assert.Equal("\uFFFD\uFFFD", InputText.Clean("\uDC00\uD800"));
    }

    [Fact]
    public async Task A_scraped_page_holding_U_FFFE_is_stored_and_analysed_again()
    {
        await using var store = await TrustStore.CreateAsync();
        var file = TrustStore.CorpusFiles.First(f => f.EndsWith("article_10.txt", StringComparison.Ordinal));
        var raw = TrustStore.CorpusArticle(file, store.Clock.GetUtcNow());
        var text = Encoding.UTF8.GetString(raw.Body).Replace("North Korean government", "North\uFFFE Korean government", StringComparison.Ordinal)
            .Replace("Trump", "Tr\uD800ump", StringComparison.Ordinal);
        var scraped = raw with { Body = Encoding.UTF8.GetBytes(text), Origin = ArticleOrigin.Scraped, TitleOverride = raw.TitleOverride + " \uFFFE" };

        var saved = await store.WithAsync(sp => sp.GetRequiredService<ArticleIntake>().AddAsync(scraped));
        await store.WithAsync(sp => sp.GetRequiredService<ArticleStore>().ReanalyzeAsync(saved.ArticleId));

        var article = await store.QueryAsync(db => db.Articles.SingleAsync(a => a.Id == saved.ArticleId));
        Assert.False(InputText.NeedsCleaning(article.Text));
        Assert.False(InputText.NeedsCleaning(article.Title));
        Assert.True(article.Text.Contains("North\uFFFD Korean government", StringComparison.Ordinal));
        Assert.Null(article.AnalysisError);
        Assert.Equal(store.Clock.GetUtcNow().UtcDateTime, article.AnalyzedUtc);
    }
}
