using System.Text.RegularExpressions;
using static DiplomacyTracker.Scraping.FeedDates;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// RFC 822 dates as feeds write them, read token by token as feedparser does: an optional weekday (comma or not,
/// "Fri,24"), day and month in either order, a comma after the month, a two-digit year (90–99 → 19xx, else 20xx), a
/// time of one to three parts, and a zone — numeric (<c>-0500</c>, <c>-01:01</c>), <c>GMT-01:01</c>, <c>Etc/GMT</c>,
/// or a name (feedparser's US and military names plus MET/MEST, KST, JST, …). An unknown name means no zone.
/// </summary>
internal static partial class Rfc822Dates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] Weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    private static readonly Dictionary<string, int> NamedZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0, ["A"] = -60, ["N"] = 60, ["M"] = -720, ["Y"] = 720,
        ["ADT"] = -180, ["AST"] = -240, ["AT"] = -240, ["EDT"] = -240, ["EST"] = -300, ["ET"] = -300,
        ["CDT"] = -300, ["CST"] = -360, ["CT"] = -360, ["MDT"] = -360, ["MST"] = -420, ["MT"] = -420,
        ["PDT"] = -420, ["PST"] = -480, ["PT"] = -480, ["MET"] = 60, ["MEST"] = 120, ["CET"] = 60, ["CEST"] = 120,
        ["BST"] = 60, ["KST"] = 540, ["JST"] = 540, ["HKT"] = 480, ["SGT"] = 480, ["IST"] = 330, ["AEST"] = 600, ["AEDT"] = 660,
    };

    public static bool Read(string text, TimeZoneInfo zone, out DateTimeOffset? value)
    {
        value = null;
        var tokens = text.Replace(',', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (tokens.Count > 0 && tokens[^1].StartsWith('(') && tokens[^1].EndsWith(')')) tokens.RemoveAt(tokens.Count - 1); // "+0900 (KST)"
        if (tokens.Count > 0 && tokens[0].Length >= 3 && tokens[0].All(char.IsLetter) && Weekdays.Contains(tokens[0][..3].ToLowerInvariant())) tokens.RemoveAt(0);
        if (tokens.Count is < 3 or > 5) return false;

        int day;
        int? month = Month(tokens[1]);
        if (Digits(tokens[0]) && month is not null) day = Number(tokens[0]);
        else if (Month(tokens[0]) is { } swapped && Digits(tokens[1])) (day, month) = (Number(tokens[1]), swapped);
        else return false; // no month name where one belongs: not this shape

        if (tokens[2].Contains(':')) return false; // a time where the year belongs: asctime or something else
        if (!Digits(tokens[2]) || tokens[2].Length > 4) return true;
        var year = Number(tokens[2]);
        if (tokens[2].Length <= 2) year += year >= 90 ? 1900 : 2000;

        var (hour, minute, second) = (0, 0, 0);
        var zoneToken = tokens.Count == 5 ? tokens[4] : "";
        if (tokens.Count >= 4)
        {
            if (!tokens[3].Contains(':')) { if (tokens.Count == 5) return true; zoneToken = tokens[3]; }
            else
            {
                var parts = tokens[3].Split(':');
                if (parts.Length > 3) return true;
                parts[^1] = parts[^1].Split('.')[0]; // fraction of a second
                if (!parts.All(Digits)) return true;
                hour = Number(parts[0]);
                minute = parts.Length > 1 ? Number(parts[1]) : 0;
                second = parts.Length > 2 ? Number(parts[2]) : 0;
            }
        }
        if (!TryZone(zoneToken, out var offset)) return true;
        value = Instant(year, month.Value, day, hour, minute, second, offset, zone);
        return true;
    }

    /// <summary>The month a name (or its first three letters) means.</summary>
    public static int? Month(string token)
    {
        var name = token.TrimEnd('.');
        if (name.Length < 3 || !name.All(char.IsLetter)) return null;
        var index = Array.IndexOf(Months, name[..3].ToLowerInvariant());
        return index < 0 ? null : index + 1;
    }

    /// <summary>
    /// Reads a zone: false when it is malformed (<c>+zz:00</c>, <c>-99:99</c>); true with the offset in minutes, or with
    /// null when there is none or the name is unknown (then the source's zone applies).
    /// </summary>
    public static bool TryZone(string token, out int? minutes)
    {
        minutes = null;
        token = token.Trim();
        if (token.Length == 0) return true;
        if (token.StartsWith("Etc/", StringComparison.OrdinalIgnoreCase)) token = token[4..];
        if (GmtOffset().Match(token) is { Success: true } gmt) token = gmt.Groups[1].Value; // GMT-01:01 → -01:01
        if (token[0] is '+' or '-')
        {
            var numeric = NumericZone().Match(token);
            if (!numeric.Success) return false;
            var hours = Number(numeric.Groups["h"].Value);
            var mins = numeric.Groups["m"].Success ? Number(numeric.Groups["m"].Value) : 0;
            if (mins > 59 || hours > 23) return false;
            minutes = (token[0] == '-' ? -1 : 1) * (hours * 60 + mins);
            return true;
        }
        if (NamedZones.TryGetValue(token, out var named)) minutes = named;
        return token.All(char.IsLetter); // unknown letters: no zone; anything else is not a zone
    }

    private static bool Digits(string token) => token.Length > 0 && token.All(char.IsAsciiDigit);

    [GeneratedRegex(@"^(?:GMT|UTC|UT)([+\-].+)$", RegexOptions.IgnoreCase)]
    private static partial Regex GmtOffset();

    [GeneratedRegex(@"^[+\-](?<h>\d{1,2})(?::?(?<m>\d{2}))?$")]
    private static partial Regex NumericZone();
}
