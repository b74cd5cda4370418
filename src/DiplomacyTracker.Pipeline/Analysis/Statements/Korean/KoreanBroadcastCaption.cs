using System.Text.RegularExpressions;

namespace DiplomacyTracker.Analysis;

/// <summary>
/// The caption a Korean broadcast script puts before a soundbite: "[녹취] 조태열/외교부 장관 : "…"", "[조태열 / 외교부 장관 :
/// …]" (KBS, SBS, YTN). The name, the role after the slash (it must hold a person's title) and the words after the colon,
/// up to the closing bracket or the end of the line, without their quotation marks.
/// </summary>
internal static partial class KoreanBroadcastCaption
{
    internal sealed record Caption(int NameStart, int NameEnd, string Role, int WordsStart, int WordsEnd);

    [GeneratedRegex(@"\G(?<name>[가-힣]{2,4})[ \t]?/[ \t]?(?<role>[가-힣A-Za-z·. ]{2,30}?)[ \t]?:[ \t]*(?<words>[^\]\n]{4,})", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static Caption? Read(string text, int at)
    {
        if (at >= text.Length || !(at == 0 || text[at - 1] is ' ' or '[' or '\n' or ']')) return null;
        var m = Pattern().Match(text, at);
        if (!m.Success) return null;
        var role = m.Groups["role"].Value.Trim();
        if (!role.Split(' ').Any(w => KoreanNameWords.PersonTitles.Contains(w) || KoreanNameWords.PersonTitles.Any(t => w.EndsWith(t, StringComparison.Ordinal) && w.Length > t.Length + 1))) return null;
        var words = m.Groups["words"];
        var (start, end) = (words.Index, words.Index + words.Length);
        while (end > start && text[end - 1] is ' ' or '\t' or '\r') end--;
        if (end > start && text[start] is '"' or '\u201C' && text[end - 1] is '"' or '\u201D') (start, end) = (start + 1, end - 1);
        return end - start >= 4 ? new Caption(m.Groups["name"].Index, m.Groups["name"].Index + m.Groups["name"].Length, role, start, end) : null;
    }
}

/// <summary>`[녹취] 조태열/외교부 장관 : "…"`: a broadcast soundbite under its caption is the captioned speaker's own words.</summary>
internal sealed class KoreanCaptionSieve : ISieve<Attributed>
{
    public string Name => "korean.broadcast-caption";

    public void Run(AnalysedDocument doc, SieveBoard<Attributed> board)
    {
        if (!doc.Text.Contains('/') || !doc.Text.Contains(':')) return;
        var r = KoreanReading.Of(doc);
        var tokens = doc.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!tokens[k].Hangul || KoreanBroadcastCaption.Read(doc.Text, tokens[k].Start) is not { } caption || caption.NameEnd != tokens[k].End) continue;
            if (r.Subjects.MentionAt(tokens[k].Start) is not { Actor: { Kind: ActorKind.Person } speaker }) continue;
            var n = doc.SentenceAt(caption.WordsStart);
            if (n < 0 || board.Claimed(n)) continue;
            var last = TokenIndex.FirstAtOrAfter(tokens, caption.WordsEnd) - 1;
            var report = new KoreanReport(n, StatementKind.Direct, [(caption.WordsStart, caption.WordsEnd)], k, ReportShape.SubjectFirst, null,
                caption.WordsStart, caption.WordsStart, caption.WordsStart);
            if (last >= 0 && KoreanStatementBuilder.Build(r, report, speaker, doc.Text[caption.NameStart..caption.NameEnd], 0.9) is { } a)
                board.Add(a with { Statement = a.Statement with { Cue = ":" } }, n);
        }
    }
}
