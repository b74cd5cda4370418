using System.Text;
using DiplomacyTracker.Extraction;

namespace DiplomacyTracker.Tests.Extraction;

public class PageDecoderTests
{
    private const string Korean = "한반도 평화는 대화로만 가능하다";

    static PageDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] EucKr(string text) => Encoding.GetEncoding(949).GetBytes(text);

    [Fact]
    public void Meta_charset_euc_kr_decodes_hangul()
    {
        var page = EucKr($"<html><head><meta charset=\"euc-kr\"></head><body><p>{Korean}</p></body></html>");
        Assert.Contains(Korean, PageDecoder.Decode(page, null));
    }

    [Fact]
    public void Http_header_charset_beats_a_wrong_meta_tag()
    {
        var page = EucKr($"<html><head><meta charset=\"iso-8859-1\"></head><body><p>{Korean}</p></body></html>");
        Assert.Contains(Korean, PageDecoder.Decode(page, "text/html; charset=EUC-KR"));
        Assert.DoesNotContain(Korean, PageDecoder.Decode(page, null));
    }

    [Fact]
    public void Byte_order_mark_wins_and_is_stripped()
    {
        var page = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"<p>{Korean}</p>")).ToArray();
        Assert.Equal($"<p>{Korean}</p>", PageDecoder.Decode(page, "text/html; charset=windows-1252"));
    }

    [Fact]
    public void Undeclared_cp949_is_sniffed()
    {
        var page = EucKr($"<html><body><p>{Korean} {Korean} {Korean}</p></body></html>");
        Assert.Contains(Korean, PageDecoder.Decode(page, "text/html"));
    }

    [Fact]
    public void Undeclared_utf8_is_read_as_utf8() =>
        Assert.Equal($"<p>{Korean} café</p>", PageDecoder.Decode(Encoding.UTF8.GetBytes($"<p>{Korean} café</p>"), null));

    /// <summary>Korean sites serve EUC-KR pages under a server-wide "charset=UTF-8" header; the page's own &lt;meta&gt; is right.</summary>
    private static byte[] EucKrPageUnderUtf8Header() => EucKr(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"><title>남북 정상회담 개최 합의</title></head>" +
        $"<body><article><h1>남북 정상회담 개최 합의</h1><p>{Korean}. 정부는 이번 회담이 한반도 평화의 전환점이 될 것이라고 밝혔다.</p>" +
        $"<p>{Korean}. 외교부 대변인은 후속 협의가 다음 주에 열린다고 말했다.</p></article></body></html>");

    [Fact]
    public void A_utf8_header_over_euc_kr_bytes_gives_way_to_the_meta_charset()
    {
        var text = PageDecoder.Decode(EucKrPageUnderUtf8Header(), "text/html; charset=UTF-8");
        Assert.Contains(Korean, text);
        Assert.DoesNotContain('\uFFFD', text);
    }

    [Fact]
    public void The_article_of_such_a_page_keeps_its_text_and_title()
    {
        var article = ArticleExtractor.Extract(new PageInput(EucKrPageUnderUtf8Header(), new Uri("https://news.example.kr/a/1"), "text/html; charset=utf-8"));
        Assert.True(article.Found, article.Error);
        Assert.Equal("남북 정상회담 개최 합의", article.Title);
        Assert.Contains("외교부 대변인은 후속 협의가", article.Text);
    }

    [Fact]
    public void Feeds_and_listings_read_such_bytes_by_their_declaration_too()
    {
        var feed = EucKr($"<?xml version=\"1.0\" encoding=\"EUC-KR\"?><rss><channel><title>{Korean}</title></channel></rss>");
        Assert.Contains(Korean, DiplomacyTracker.Scraping.TextDecoding.Decode(feed, "application/rss+xml; charset=utf-8"));
    }

    [Fact]
    public void A_wrong_utf8_meta_repeating_the_header_falls_to_the_sniff()
    {
        var page = EucKr($"<html><head><meta charset=\"utf-8\"></head><body><p>{Korean} {Korean} {Korean}</p></body></html>");
        Assert.Contains(Korean, PageDecoder.Decode(page, "text/html; charset=utf-8"));
    }

    [Fact]
    public void A_stray_bad_byte_in_a_real_utf8_page_keeps_the_utf8_header()
    {
        var body = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"euc-kr\"></head><body><p>{Korean} {Korean} {Korean} {Korean}</p></body></html>").ToList();
        body.Insert(body.Count - 20, 0xFF);
        var text = PageDecoder.Decode([.. body], "text/html; charset=utf-8");
        Assert.Contains(Korean, text);
    }
}
