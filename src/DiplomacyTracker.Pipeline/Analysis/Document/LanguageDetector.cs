namespace DiplomacyTracker.Analysis;

/// <summary>
/// The article's language from its letters, so each language's sieves read it: Hangul → "ko", kana → "ja", Han alone →
/// "zh", Latin → the declared Latin-script language or "en". A page's declared language is used only when the letters
/// cannot decide (sites often declare "en" on every page).
/// </summary>
public static class LanguageDetector
{
    /// <summary>Letters read at most: enough to decide, bounded for a megabyte paste.</summary>
    private const int Sample = 20_000;

    public static string Detect(string text, string? declared)
    {
        int hangul = 0, kana = 0, han = 0, latin = 0, other = 0;
        var n = Math.Min(text.Length, Sample);
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            if (!char.IsLetter(c)) continue;
            if (WordTokenizer.IsHangul(c)) hangul++;
            else if (c is >= '\u3040' and <= '\u30FF') kana++;
            else if (c is >= '\u4E00' and <= '\u9FFF') han++;
            else if (c < '\u0250') latin++;
            else other++;
        }
        var tag = Normalize(declared);
        // A Hangul syllable carries what two or three Latin letters do; a Korean article quoting English names stays Korean.
        if (hangul > 0 && hangul * 2 >= latin) return "ko";
        if (kana > 0 && (kana + han) * 2 >= latin) return "ja";
        if (han > 0 && han * 2 >= latin) return "zh";
        if (latin > 0 && latin >= other) return tag is { } t && t is not ("ko" or "ja" or "zh") ? t : "en";
        return tag ?? (other > 0 ? "und" : "en");
    }

    /// <summary>"en-US" → "en", "KO" → "ko"; null for nothing usable.</summary>
    private static string? Normalize(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared)) return null;
        var primary = declared.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }
}
