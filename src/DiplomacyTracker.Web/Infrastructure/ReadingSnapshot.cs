using System.Text;
using System.Text.Encodings.Web;
using DiplomacyTracker.Analysis;
using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// What every reading page needs and rarely changes: the actor names for the name boxes' lists (already rendered as
/// &lt;option&gt;s), every actor's roles (for "the role they held that day"), and whether any article exists. A profile
/// of an uncached timeline showed these as a third of its queries and the 300 options as most of its tag-helper time.
/// </summary>
public sealed class ReadingSnapshot(IServiceScopeFactory scopes, TimeProvider clock) : StoreSnapshot<ReadingSnapshot.Data>(scopes, clock)
{
    public const int MaxNames = 300;

    public sealed record Data(IHtmlContent NameOptions, IReadOnlyList<string> Names, IReadOnlyDictionary<int, List<CatalogRole>> Roles, bool AnyArticles);

    protected override async Task<Data> LoadAsync(TrackerDbContext db, CancellationToken ct)
    {
        var names = await db.Actors.AsNoTracking().Where(a => a.MergedIntoId == null && a.Review != ReviewState.Rejected)
            .OrderBy(a => a.Name).Select(a => a.Name).Take(MaxNames).ToListAsync(ct);
        var roles = await db.ActorRoles.AsNoTracking().Select(r => new { r.ActorId, r.Title, r.Organisation, r.FromDate, r.ToDate }).ToListAsync(ct);
        var anyArticles = await db.Articles.AnyAsync(ct);
        var options = new StringBuilder();
        foreach (var name in names) options.Append("<option value=\"").Append(HtmlEncoder.Default.Encode(name)).Append("\"></option>");
        var byActor = roles.GroupBy(r => r.ActorId).ToDictionary(g => g.Key,
            g => g.Select(r => new CatalogRole(r.Title, r.Organisation, r.FromDate, r.ToDate)).ToList());
        return new Data(new HtmlString(options.ToString()), names, byActor, anyArticles);
    }
}
