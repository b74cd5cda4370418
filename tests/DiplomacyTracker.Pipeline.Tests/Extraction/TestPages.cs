using System.Text;

namespace DiplomacyTracker.Tests.Extraction;

/// <summary>Builds small article pages for tests that need one feature varied at a time.</summary>
internal static class TestPages
{
    public const string FirstParagraph = "Officials from both countries met on Tuesday to prepare the agenda for the coming summit, according to people familiar with the talks.";

    /// <summary>A page with <paramref name="head"/> in &lt;head&gt;, <paramref name="header"/> under the title and <paramref name="sidebar"/> before the article.</summary>
    public static byte[] Article(string head = "", string header = "", string sidebar = "", string title = "Envoys Prepare Summit Agenda")
    {
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Example News</title>{head}</head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            {sidebar}
            <article><h1>{title}</h1>{header}
            <div class="article-body">
            <p>{FirstParagraph}</p>
            <p>The delegations discussed sequencing, verification and the venue, and agreed to meet again within two weeks, the foreign ministry said.</p>
            <p>Analysts said the talks, the first in more than a year, showed that both governments want to keep diplomacy moving despite the tensions.</p>
            </div></article>
            <footer><p>Copyright 2025 Example News</p></footer></body></html>
            """;
        return Encoding.UTF8.GetBytes(html);
    }
}
