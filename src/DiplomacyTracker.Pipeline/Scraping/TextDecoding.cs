using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// Turns fetched bytes into text with the right charset: BOM first, then the Content-Type header, then the XML
/// declaration or HTML meta tag, else UTF-8. Korean sites still serve EUC-KR, so the code-page encodings are registered.
/// </summary>
public static partial class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body, string? contentType) => DetectEncoding(body, contentType).GetString(body.AsSpan(BomLength(body)));

    /// <summary>The encoding the bytes are in, by BOM, header charset, then in-document declaration.</summary>
    public static Encoding DetectEncoding(byte[] body, string? contentType)
    {
        if (body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF) return new UTF8Encoding(false);
        if (body.Length >= 2 && body[0] == 0xFF && body[1] == 0xFE) return Encoding.Unicode;
        if (body.Length >= 2 && body[0] == 0xFE && body[1] == 0xFF) return Encoding.BigEndianUnicode;
        if (contentType is not null && CharsetInHeader().Match(contentType) is { Success: true } header && Lookup(header.Groups[1].Value) is { } fromHeader
            && (fromHeader is not UTF8Encoding || Extraction.PageDecoder.IsMostlyUtf8(body))) // a UTF-8 header over EUC-KR bytes: the document's own declaration decides
            return fromHeader;
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 2048));
        if (CharsetInDocument().Match(head) is { Success: true } declared && Lookup(declared.Groups[1].Value) is { } fromDocument)
            return fromDocument;
        return new UTF8Encoding(false);
    }

    private static int BomLength(byte[] body) =>
        body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF ? 3
        : body.Length >= 2 && ((body[0] == 0xFF && body[1] == 0xFE) || (body[0] == 0xFE && body[1] == 0xFF)) ? 2 : 0;

    /// <summary>The page decoder's reading of a label: EUC-KR and its aliases as CP949 (its superset, which Korean sites
    /// really write), Latin-1 as windows-1252.</summary>
    private static Encoding? Lookup(string name) => Extraction.PageDecoder.FromLabel(name.Trim().Trim('"', '\''));

    [GeneratedRegex(@"charset\s*=\s*""?([\w\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetInHeader();

    [GeneratedRegex(@"(?:encoding|charset)\s*=\s*[""']?([\w\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetInDocument();
}
