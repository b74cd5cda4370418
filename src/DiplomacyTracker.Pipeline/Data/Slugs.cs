using System.Globalization;
using System.Text;

namespace DiplomacyTracker.Data;

/// <summary>Makes URL slugs from names: "Lee Jae Myung" → "lee-jae-myung"; Hangul is kept as it is.</summary>
public static class Slugs
{
    public static string From(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (ch is >= '\uAC00' and <= '\uD7A3') sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Normalize(NormalizationForm.FormC).Trim('-');
        return slug.Length == 0 ? "actor" : slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    /// <summary>A slug not yet in <paramref name="taken"/>: "kim-jong-un", then "kim-jong-un-kp", then "kim-jong-un-2".</summary>
    public static string Unique(string name, string? country, ISet<string> taken)
    {
        var slug = From(name);
        if (taken.Add(slug)) return slug;
        if (!string.IsNullOrEmpty(country) && taken.Add($"{slug}-{country.ToLowerInvariant()}")) return $"{slug}-{country.ToLowerInvariant()}";
        for (var n = 2; ; n++)
            if (taken.Add($"{slug}-{n}")) return $"{slug}-{n}";
    }
}
