using DiplomacyTracker.Intake;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// The web half of "input normalised once at the edge": every query value, route value and form value a page can bind
/// is replaced by its <see cref="InputText.Clean"/> form before any page sees it, so no page, search or form meets a
/// character that is not text (U+FFFE in a speaker box used to end in a 500).
/// </summary>
public static class InputCleaning
{
    public static void CleanQueryAndRoute(HttpContext context)
    {
        var query = context.Request.Query;
        if (query.Count > 0 && query.Any(q => NeedsCleaning(q.Value)))
            context.Request.Query = new QueryCollection(Cleaned(query));
        var route = context.Request.RouteValues;
        foreach (var (key, value) in route.ToList())
            if (value is string text && InputText.NeedsCleaning(text)) route[key] = InputText.Clean(text);
    }

    /// <summary>Reads the (already buffered) form within <paramref name="cap"/> and puts back its cleaned values; false when it cannot be read.</summary>
    public static async Task<bool> ReadAndCleanFormAsync(HttpContext context, long cap)
    {
        var limit = (int)Math.Min(int.MaxValue, Math.Max(cap, 1));
        var reader = new FormFeature(context.Request, new FormOptions
        {
            ValueLengthLimit = limit, MultipartBodyLengthLimit = cap, KeyLengthLimit = 2048, ValueCountLimit = 1024,
        });
        IFormCollection form;
        try
        {
            form = await reader.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return false;
        }
        if (form.Any(f => NeedsCleaning(f.Value) || InputText.NeedsCleaning(f.Key)))
            form = new FormCollection(Cleaned(form), form.Files);
        context.Features.Set<IFormFeature>(new FormFeature(form));
        context.Request.Body.Position = 0;
        return true;
    }

    /// <summary>Keys and values cleaned; two keys that differ only in unreadable characters become one with both values.</summary>
    private static Dictionary<string, StringValues> Cleaned(IEnumerable<KeyValuePair<string, StringValues>> pairs) =>
        pairs.GroupBy(p => InputText.Clean(p.Key), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => Clean(g.Select(p => p.Value).Aggregate(StringValues.Empty, StringValues.Concat)),
                StringComparer.OrdinalIgnoreCase);

    private static bool NeedsCleaning(StringValues values)
    {
        foreach (var v in values)
            if (v is not null && InputText.NeedsCleaning(v)) return true;
        return false;
    }

    private static StringValues Clean(StringValues values) =>
        values.Count == 1 ? new StringValues(InputText.CleanOrNull(values[0])) : new StringValues(values.Select(InputText.CleanOrNull).ToArray());
}
