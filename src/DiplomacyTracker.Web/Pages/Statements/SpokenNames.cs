using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Statements;

/// <summary>How an article names an actor: the spelling of theirs it uses nearest a statement ("Lee Jae-myung", "Ambassador Kang", "강경화").</summary>
public static class SpokenNames
{
    /// <summary>
    /// The actor's spelling found in <paramref name="text"/> closest to <paramref name="near"/> (one before it preferred,
    /// as "Kang said …" names the speaker first), compared as <see cref="ActorCatalog.NormalizeName"/> compares names
    /// (case, hyphens, spaces) and returned as the article writes it; the actor's name when the article uses none.
    /// </summary>
    public static async Task<string> InArticleAsync(TrackerDbContext db, int actorId, string text, int near, CancellationToken ct)
    {
        var actor = await db.Actors.AsNoTracking().Where(a => a.Id == actorId)
            .Select(a => new { a.Name, Aliases = a.Aliases.Select(x => x.Normalized).ToList() }).SingleAsync(ct);
        var words = Words(text);
        (int Distance, int Start, int End)? best = null;
        foreach (var spelling in actor.Aliases.Append(ActorCatalog.NormalizeName(actor.Name)).Distinct())
        {
            var wanted = spelling.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (wanted.Length == 0) continue;
            for (var i = 0; i + wanted.Length <= words.Count; i++)
            {
                if (!wanted.Select((w, k) => words[i + k].Word == w).All(same => same)) continue;
                var (start, end) = (words[i].Start, words[i + wanted.Length - 1].End);
                // Before the statement counts as nearer than the same distance after it; a longer spelling wins a tie.
                var distance = start <= near ? near - start : (start - near) * 2;
                if (best is null || distance < best.Value.Distance || (distance == best.Value.Distance && end - start > best.Value.End - best.Value.Start))
                    best = (distance, start, end);
            }
        }
        return best is { } b ? text[b.Start..b.End] : actor.Name;
    }

    /// <summary>The text's words, each as NormalizeName would spell it, with where it stands.</summary>
    private static List<(string Word, int Start, int End)> Words(string text)
    {
        var words = new List<(string, int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (start >= 0 && text[i] is '.' or '\''));
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var end = i;
                while (end > start && text[end - 1] is '.' or '\'') end--;
                var word = ActorCatalog.NormalizeName(text[start..end]);
                if (word.Length > 0) words.Add((word, start, end));
                start = -1;
            }
        }
        return words;
    }
}
