namespace DiplomacyTracker.Extraction;

/// <summary>Month names as news pages write them, full and abbreviated, in the languages the date reader knows:
/// English, German, French, Spanish, Italian, Portuguese, Dutch, the Nordic languages, Finnish, Polish, Russian,
/// Ukrainian, Turkish and Arabic (Egyptian/Gulf names). Lower-case keys; a trailing dot is dropped before lookup.</summary>
internal static class MonthNames
{
    private static readonly string[][] ByMonth =
    [
        ["january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "tammikuuta", "tammikuu", "stycznia", "styczeń", "января", "январь", "січня", "січень", "ocak", "يناير", "كانون الثاني"],
        ["february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "fév", "febrero", "febbraio", "fevereiro", "fev", "februari", "helmikuuta", "helmikuu", "lutego", "luty", "февраля", "февраль", "лютого", "лютий", "şubat", "subat", "فبراير", "شباط"],
        ["march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt", "marts", "maaliskuuta", "maaliskuu", "marca", "marzec", "марта", "март", "березня", "березень", "mart", "مارس", "آذار"],
        ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "huhtikuuta", "huhtikuu", "kwietnia", "kwiecień", "апреля", "апрель", "квітня", "квітень", "nisan", "أبريل", "ابريل", "إبريل", "نيسان"],
        ["may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "toukokuuta", "toukokuu", "maja", "мая", "май", "травня", "травень", "mayıs", "mayis", "مايو", "أيار"],
        ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "kesäkuuta", "kesäkuu", "czerwca", "czerwiec", "июня", "июнь", "червня", "червень", "haziran", "يونيو", "يونيه", "حزيران"],
        ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "heinäkuuta", "heinäkuu", "lipca", "lipiec", "июля", "июль", "липня", "липень", "temmuz", "يوليو", "يوليه", "تموز"],
        ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "elokuuta", "elokuu", "sierpnia", "sierpień", "августа", "август", "серпня", "серпень", "ağustos", "agustos", "أغسطس", "اغسطس", "آب"],
        ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "settembre", "setembro", "syyskuuta", "syyskuu", "września", "wrzesień", "сентября", "сентябрь", "вересня", "вересень", "eylül", "eylul", "سبتمبر", "أيلول"],
        ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "lokakuuta", "lokakuu", "października", "październik", "октября", "октябрь", "жовтня", "жовтень", "ekim", "أكتوبر", "اكتوبر", "تشرين الأول"],
        ["november", "nov", "novembre", "noviembre", "novembro", "marraskuuta", "marraskuu", "listopada", "listopad", "ноября", "ноябрь", "листопада", "листопад", "kasım", "kasim", "نوفمبر", "تشرين الثاني"],
        ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "desember", "joulukuuta", "joulukuu", "grudnia", "grudzień", "декабря", "декабрь", "грудня", "грудень", "aralık", "aralik", "ديسمبر", "كانون الأول"],
    ];

    private static readonly Dictionary<string, int> Numbers = Build();

    /// <summary>Every name, longest first, escaped for a regex alternation.</summary>
    public static string Alternation { get; } = string.Join('|',
        Numbers.Keys.OrderByDescending(k => k.Length).Select(k => System.Text.RegularExpressions.Regex.Escape(k).Replace("\\ ", "\\s+", StringComparison.Ordinal)));

    /// <summary>The month number of <paramref name="name"/> (any case, trailing dot ignored), or 0.</summary>
    public static int Number(string name)
    {
        var key = System.Text.RegularExpressions.Regex.Replace(name.Trim().TrimEnd('.').ToLowerInvariant(), @"\s+", " ");
        return Numbers.GetValueOrDefault(key);
    }

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < ByMonth.Length; m++)
            foreach (var name in ByMonth[m])
                map.TryAdd(name, m + 1); // "mar" is March, "mag" May: the first listing wins
        return map;
    }
}
