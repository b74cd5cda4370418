namespace DiplomacyTracker.Analysis;

/// <summary>
/// What stands between a reporting verb and the reported words without being part of them: the audience ("told
/// reporters", "told a press conference at Cheong Wa Dae"), the day ("said on Friday") and the channel ("in a statement").
/// </summary>
internal static class ReportingCircumstance
{
    public static readonly HashSet<string> ToldObjects = new(StringComparer.Ordinal)
    {
        "reporters", "journalists", "lawmakers", "parliament", "legislators", "media", "yonhap", "cnn", "him", "her", "them",
        "us", "me", "delegates", "officials", "students", "supporters", "parliamentarians", "investigators", "senators",
        "congress", "diplomats", "troops", "soldiers", "aides", "audiences", "viewers", "listeners",
    };

    private static readonly HashSet<string> AudienceNouns = new(StringComparer.Ordinal) { "conference", "briefing", "hearing", "session", "forum", "rally", "gathering", "committee", "panel", "council", "audience", "crowd", "court", "assembly", "meeting", "plenum", "congress" };

    /// <summary>"told a (press|news|parliamentary) conference/briefing/hearing": the index of the noun, else -1.</summary>
    public static int Audience(IReadOnlyList<Token> tokens, int next, int last)
    {
        if (next >= last || tokens[next].Norm is not ("a" or "an" or "the" or "his" or "her" or "their" or "its")) return -1;
        for (var k = next + 1; k < last && k <= next + 3; k++)
            if (AudienceNouns.Contains(tokens[k].Norm)) return k;
        return -1;
    }

    /// <summary>"said on Friday", "said in a statement", "said last week": skipped before the words.</summary>
    public static (int Pos, int Next) Skip(IReadOnlyList<Token> tokens, int pos, int next, int last)
    {
        for (var guard = 0; guard < 3 && next < last; guard++)
        {
            var t = tokens[next].Norm;
            if (t == "on" && next + 1 < last && DayWords.Contains(tokens[next + 1].Norm)) { pos = tokens[next + 1].End; next += 2; continue; }
            if (t == "in" && next + 2 < last && tokens[next + 1].Norm is "a" or "an" or "his" or "her" or "its" or "a")
            {
                var noun = CircumstanceNouns.Contains(tokens[next + 2].Norm) ? next + 2
                    : next + 3 < last && CircumstanceNouns.Contains(tokens[next + 3].Norm) ? next + 3 : -1;
                if (noun > 0) { pos = tokens[noun].End; next = noun + 1; continue; }
            }
            if (DayWords.Contains(t)) { pos = tokens[next].End; next++; continue; }
            if (t is "last" or "this" or "next" or "earlier" && next + 1 < last && tokens[next + 1].Norm is "week" or "month" or "year" or "this")
            {
                var end = tokens[next + 1].Norm == "this" && next + 2 < last ? next + 2 : next + 1;
                pos = tokens[end].End;
                next = end + 1;
                continue;
            }
            break;
        }
        return (pos, next);
    }

    private static readonly HashSet<string> DayWords = new(StringComparer.Ordinal) { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday" };
    private static readonly HashSet<string> CircumstanceNouns = new(StringComparer.Ordinal) { "statement", "interview", "briefing", "speech", "letter", "message", "post", "commentary", "press", "report" };
}
