using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyTracker.Extraction;

/// <summary>Turns page bytes into text with the right charset (Korean outlets still serve EUC-KR/CP949):
/// HTTP header first, then a byte-order mark, then &lt;meta charset&gt; / http-equiv, then a UTF-8 validity sniff. A header that
/// says UTF-8 over bytes that are not UTF-8 gives way to the page's own declaration (or the sniff).</summary>
public static partial class PageDecoder
{
    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    /// <summary>Decodes <paramref name="body"/>; <paramref name="contentType"/> is the HTTP Content-Type header, if any.</summary>
    public static string Decode(byte[] body, string? contentType)
    {
        if (body is null || body.Length == 0)
            return "";
        var bom = FromByteOrderMark(body, out var bomLength);
        if (bom is not null)
            return bom.GetString(body, bomLength, body.Length - bomLength);

        var fromHeader = FromLabel(contentType is null ? null : CharsetParameter().Match(contentType) is { Success: true } m ? m.Groups[1].Value : null);
        if (fromHeader is not null && (fromHeader is not UTF8Encoding || IsMostlyUtf8(body)))
            return fromHeader.GetString(body);
        // No header, or a UTF-8 header over bytes that are not UTF-8: the page's own declaration, unless it repeats the
        // same wrong UTF-8, then the sniff.
        var declared = FromMetaTag(body);
        var encoding = declared is not null && (declared is not UTF8Encoding || fromHeader is null) ? declared : Sniff(body);
        return encoding.GetString(body);
    }

    private static Encoding? FromByteOrderMark(byte[] b, out int length)
    {
        length = 0;
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) { length = 3; return new UTF8Encoding(false); }
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) { length = 2; return Encoding.Unicode; }
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) { length = 2; return Encoding.BigEndianUnicode; }
        return null;
    }

    private static Encoding? FromMetaTag(byte[] body)
    {
        // The charset declaration must sit in the first 1024 bytes by the HTML spec; real pages overrun that, so look further.
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 8192));
        foreach (Match meta in MetaTag().Matches(head))
        {
            var charset = CharsetParameter().Match(meta.Value);
            if (charset.Success && FromLabel(charset.Groups[1].Value) is { } found)
                return found;
        }
        return null;
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    /// <summary>Maps a charset label to an encoding; EUC-KR and KS_C_5601 are read as CP949, its superset.</summary>
    internal static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
            return null;
        var name = label.Trim().ToLowerInvariant();
        if (name is "euc-kr" or "euckr" or "ks_c_5601-1987" or "ks_c_5601" or "cp949" or "x-windows-949" or "windows-949" or "uhc" or "ksc5601")
            return Encoding.GetEncoding(949);
        if (name is "utf8" or "utf-8")
            return new UTF8Encoding(false);
        if (name is "iso-8859-1" or "latin1" or "us-ascii" or "ascii")
            return Encoding.GetEncoding(1252); // browsers read these labels as windows-1252
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    private static Encoding Sniff(byte[] body)
    {
        if (IsValidUtf8(body))
            return new UTF8Encoding(false);
        return LooksLikeCp949(body) ? Encoding.GetEncoding(949) : Encoding.GetEncoding(1252);
    }

    /// <summary>False when a header's "UTF-8" is plainly wrong: Korean sites serve EUC-KR pages (declared in their
    /// &lt;meta&gt;) under a server-wide UTF-8 header, and read as UTF-8 every Hangul byte pair becomes U+FFFD. A stray
    /// bad byte in a real UTF-8 page does not count: at least a tenth of the non-ASCII sequences must be invalid.</summary>
    internal static bool IsMostlyUtf8(byte[] body)
    {
        var sample = body.Length > 65536 ? body.AsSpan(0, 65536) : body.AsSpan();
        if (System.Text.Unicode.Utf8.IsValid(sample)) return true;
        int invalid = 0, multiByte = 0;
        while (!sample.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(sample, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.InvalidData) invalid++;
            else if (consumed > 1) multiByte++;
            sample = sample[Math.Max(1, consumed)..];
        }
        return invalid * 10 < invalid + multiByte;
    }

    private static bool IsValidUtf8(byte[] body)
    {
        var sample = body.Length > 65536 ? body.AsSpan(0, 65536) : body.AsSpan();
        var status = System.Text.Unicode.Utf8.ToUtf16(sample, new char[sample.Length], out var read, out _, replaceInvalidSequences: false, isFinalBlock: false);
        return status is System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.NeedMoreData && read >= sample.Length - 4;
    }

    private static bool LooksLikeCp949(byte[] body)
    {
        int pairs = 0, high = 0;
        var limit = Math.Min(body.Length - 1, 65536);
        for (var i = 0; i < limit; i++)
        {
            if (body[i] < 0x80) continue;
            high++;
            if (body[i] is >= 0xB0 and <= 0xC8 && body[i + 1] is >= 0xA1 and <= 0xFE) { pairs++; i++; }
        }
        return high > 0 && pairs * 2 * 10 >= high * 7;
    }
}
