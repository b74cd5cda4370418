using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Search;
using DiplomacyTracker.Web.Api;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Statements;

/// <summary>Statement search: by official (any spelling, Hangul included) and by words (FTS5), with date range and country.</summary>
[OutputCache(PolicyName = ReadingPageCache.PolicyName)]
public sealed class IndexModel(TrackerDbContext db, StatementFinder finder, SpeakerLookup speakers, ReadingSnapshot snapshot) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Speaker { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public List<StatementCard> Results { get; private set; } = [];
    public bool HasMore { get; private set; }
    public bool Searched { get; private set; }
    public bool StoreEmpty { get; private set; }
    public List<string> Problems { get; } = [];
    public ReadingSnapshot.Data Reading { get; private set; } = null!;

    /// <summary>The official the results are by, when the speaker box named exactly one.</summary>
    public SpeakerCandidate? SpeakerShown { get; private set; }

    /// <summary>The officials a typed name may mean when it matched several: the page asks instead of mixing them.</summary>
    public IReadOnlyList<SpeakerCandidate> SpeakerChoices { get; private set; } = [];

    /// <summary>How many statements match in all (counted, counted up to a cap, or estimated).</summary>
    public ResultCount? Count { get; private set; }

    public StatementFilter Filter => new(Speaker, Q, Country, From, To, Sort);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        await db.Database.OpenConnectionAsync(ct); // one open for the page's queries, not one per query
        Reading = await snapshot.GetAsync(ct);
        var found = await finder.FindAsync(Filter, (PageNumber - 1) * PageSize, PageSize, ct);
        Problems.AddRange(found.Problems);
        SpeakerShown = found.Speaker;
        SpeakerChoices = found.SpeakerChoices;
        Searched = found.Searched;
        Results = found.Cards.ToList();
        HasMore = found.HasMore;
        Count = found.Count;
        if (Results.Count == 0 && !Searched) StoreEmpty = !await db.Statements.AnyAsync(ct);
    }

    /// <summary>Autocomplete: spellings starting with the term (Hangul included), as JSON.</summary>
    public async Task<IActionResult> OnGetSpeakersAsync(string? term, CancellationToken ct) =>
        new JsonResult((await speakers.SuggestAsync(term ?? "", 10, ct))
            .Select(s => new { alias = s.Alias, name = s.Name, slug = s.Slug, country = s.Country }));

    /// <summary>This search with the speaker replaced by <paramref name="slug"/> (a "did you mean" link).</summary>
    public string SpeakerLink(string slug) => Link(1, slug);

    public string PageLink(int page) => Link(page, Speaker);

    private string Link(int page, string? speaker)
    {
        var parts = new List<string>();
        void Add(string name, string? value) { if (!string.IsNullOrWhiteSpace(value)) parts.Add($"{name}={Uri.EscapeDataString(value)}"); }
        Add("speaker", speaker); Add("q", Q); Add("country", Country); Add("from", From); Add("to", To); Add("sort", Sort);
        parts.Add($"p={page}");
        return "/Statements?" + string.Join("&", parts);
    }
}
