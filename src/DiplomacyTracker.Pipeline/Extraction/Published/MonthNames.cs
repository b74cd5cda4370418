namespace DiplomacyTracker.Extraction;

/// <summary>Month names as news pages write them, full and abbreviated, in the languages the date reader knows:
/// English, German, French, Spanish, Italian, Portuguese, Dutch, the Nordic languages, Finnish, Polish, Russian,
/// Ukrainian, Turkish and Arabic (Egyptian/Gulf names). Lower-case keys; a trailing dot is dropped before lookup.
/// Single words only: the date reader matches one word where the month goes.</summary>
internal static class MonthNames
{
    private static readonly string[][] ByMonth =
    [
        ["january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "tammikuuta", "tammikuu", "stycznia", "styczeń", "января", "январь", "січня", "січень", "ocak", "يناير"],
        ["february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "fév", "febrero", "febbraio", "fevereiro", "fev", "februari", "helmikuuta", "helmikuu", "lutego", "luty", "февраля", "февраль", "лютого", "лютий", "şubat", "subat", "فبراير"],
        ["march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt", "marts", "maaliskuuta", "maaliskuu", "marca", "marzec", "марта", "март", "березня", "березень", "mart", "مارس"],
        ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "huhtikuuta", "huhtikuu", "kwietnia", "kwiecień", "апреля", "апрель", "квітня", "квітень", "nisan", "أبريل", "ابريل", "إبريل"],
        ["may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "toukokuuta", "toukokuu", "maja", "мая", "май", "травня", "травень", "mayıs", "mayis", "مايو"],
        ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "kesäkuuta", "kesäkuu", "czerwca", "czerwiec", "июня", "июнь", "червня", "червень", "haziran", "يونيو", "يونيه"],
        ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "heinäkuuta", "heinäkuu", "lipca", "lipiec", "июля", "июль", "липня", "липень", "temmuz", "يوليو", "يوليه"],
        ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "elokuuta", "elokuu", "sierpnia", "sierpień", "августа", "август", "серпня", "серпень", "ağustos", "agustos", "أغسطس", "اغسطس"],
        ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "settembre", "setembro", "syyskuuta", "syyskuu", "września", "wrzesień", "сентября", "сентябрь", "вересня", "вересень", "eylül", "eylul", "سبتمبر"],
        ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "lokakuuta", "lokakuu", "października", "październik", "октября", "октябрь", "жовтня", "жовтень", "ekim", "أكتوبر", "اكتوبر"],
        ["november", "nov", "novembre", "noviembre", "novembro", "marraskuuta", "marraskuu", "listopada", "listopad", "ноября", "ноябрь", "листопада", "листопад", "kasım", "kasim", "نوفمبر"],
        ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "desember", "joulukuuta", "joulukuu", "grudnia", "grudzień", "декабря", "декабрь", "грудня", "грудень", "aralık", "aralik", "ديسمبر"],
    ];

    private static readonly Dictionary<string, int> Numbers = Build();

    /// <summary>The month number of <paramref name="name"/> (any case, trailing dot ignored), or 0.</summary>
    public static int Number(string name)
    {
        return Numbers.GetValueOrDefault(name.Trim().TrimEnd('.').ToLowerInvariant());
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
