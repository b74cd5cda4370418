using System.Net;
using System.Text;

namespace DiplomacyTracker.Bench.Scraper;

/// <summary>
/// Writes ~800-word Korea-diplomacy news articles from templates. Every sentence draws several slot values from a
/// seeded generator, so two articles share few 4-word runs (they must not look like near-duplicates of each other).
/// </summary>
internal static class ArticleGenerator
{
    private static readonly string[] Officials =
    [
        "Foreign Minister Cho Hyun", "Unification Minister Chung Dong-young", "President Lee Jae-myung", "National Security Adviser Wi Sung-lac",
        "Secretary of State Marco Rubio", "Japanese Foreign Minister Takeshi Iwaya", "Chinese Foreign Minister Wang Yi", "Vice Foreign Minister Park Yoon-joo",
        "Defense Minister Ahn Gyu-back", "U.S. Ambassador Philip Goldberg", "Deputy Secretary Christopher Landau", "Russian Foreign Minister Sergey Lavrov",
    ];
    private static readonly string[] Places = ["Seoul", "Washington", "Tokyo", "Beijing", "Pyongyang", "Panmunjom", "Gyeongju", "Singapore", "Hanoi", "Busan", "New York", "Geneva"];
    private static readonly string[] Topics =
    [
        "denuclearisation talks", "the trilateral summit", "tariff negotiations", "the alliance cost-sharing deal", "humanitarian aid",
        "family reunions", "missile launches", "sanctions enforcement", "the APEC gathering", "maritime security", "supply-chain cooperation", "cyber theft",
    ];
    private static readonly string[] Verbs = ["said", "told reporters", "stressed", "noted", "added", "insisted", "warned", "acknowledged", "argued", "explained"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Adjectives = ["constructive", "candid", "productive", "tense", "lengthy", "brief", "frank", "cordial", "difficult", "unexpected"];

    private static readonly Func<Random, string>[] Sentences =
    [
        r => $"{Pick(r, Officials)} {Pick(r, Verbs)} on {Pick(r, Days)} that {Pick(r, Topics)} would resume in {Pick(r, Places)} within {r.Next(2, 12)} weeks.",
        r => $"\"We had a {Pick(r, Adjectives)} discussion about {Pick(r, Topics)},\" {Pick(r, Officials)} {Pick(r, Verbs)} after meeting counterparts in {Pick(r, Places)}.",
        r => $"Officials in {Pick(r, Places)} expect {r.Next(3, 40)} delegates to attend a {Pick(r, Adjectives)} round on {Pick(r, Topics)} later this month.",
        r => $"According to a {Pick(r, Adjectives)} readout released in {Pick(r, Places)}, both sides agreed to keep {Pick(r, Topics)} on the agenda for {2025 + r.Next(0, 3)}.",
        r => $"The ministry in {Pick(r, Places)} declined to comment on {Pick(r, Topics)}, citing {r.Next(2, 9)} ongoing consultations with {Pick(r, Officials)}.",
        r => $"Analysts {Pick(r, Verbs)} the {Pick(r, Adjectives)} tone in {Pick(r, Places)} reflected {r.Next(10, 90)} percent support at home for {Pick(r, Topics)}.",
        r => $"{Pick(r, Officials)} is scheduled to travel to {Pick(r, Places)} on {Pick(r, Days)} for {r.Next(1, 5)} days of talks on {Pick(r, Topics)}.",
        r => $"North Korea has not responded to the proposal on {Pick(r, Topics)}, {Pick(r, Officials)} {Pick(r, Verbs)}, calling the silence {Pick(r, Adjectives)}.",
        r => $"A joint statement issued in {Pick(r, Places)} mentioned {Pick(r, Topics)} {r.Next(2, 7)} times, diplomats who read it {Pick(r, Verbs)}.",
        r => $"Lawmakers in {Pick(r, Places)} called a {Pick(r, Adjectives)} hearing on {Pick(r, Topics)} with {r.Next(4, 30)} witnesses for {Pick(r, Days)}.",
    ];

    public sealed record GeneratedArticle(string Title, string Html, DateTimeOffset Published);

    /// <summary>Article number <paramref name="index"/> (deterministic), about <paramref name="words"/> words long.</summary>
    public static GeneratedArticle Generate(int index, int words, DateTimeOffset now)
    {
        var random = new Random(index * 7919 + 17);
        var title = $"{Pick(random, Officials)} on {Pick(random, Topics)} in {Pick(random, Places)} (report {index})";
        var body = new StringBuilder();
        var count = 0;
        while (count < words)
        {
            var paragraph = new StringBuilder();
            for (var s = 0; s < 4 && count < words; s++)
            {
                var sentence = Sentences[random.Next(Sentences.Length)](random);
                paragraph.Append(sentence).Append(' ');
                count += sentence.Split(' ').Length;
            }
            body.Append("<p>").Append(WebUtility.HtmlEncode(paragraph.ToString().Trim())).Append("</p>\n");
        }
        var published = now - TimeSpan.FromMinutes(random.Next(0, 60 * 24 * 30)); // a month of backlog
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)} | Bench News</title>
            <meta property="article:published_time" content="{published:yyyy-MM-ddTHH:mm:sszzz}"></head>
            <body><header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/nk">North Korea</a></nav></header>
            <main><article><h1>{WebUtility.HtmlEncode(title)}</h1><p class="byline">By Bench Reporter</p>
            {body}</article><aside><h2>Most read</h2><ul><li><a href="/x">Another story</a></li></ul></aside></main>
            <footer>© Bench News. All rights reserved.</footer></body></html>
            """;
        return new GeneratedArticle(title, html, published);
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
