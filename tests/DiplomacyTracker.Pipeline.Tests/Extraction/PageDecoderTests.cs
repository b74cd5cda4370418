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
}
