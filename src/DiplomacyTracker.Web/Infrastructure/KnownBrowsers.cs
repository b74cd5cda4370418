using Microsoft.AspNetCore.DataProtection;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// Remembers, in a signed cookie (dt.browser, a year), which editor signed in from this browser, so failed sign-ins
/// by strangers — counted against "unknown browsers" of the account — never stop the editor's own browser
/// (<see cref="SignInThrottle"/>). The cookie grants nothing by itself: a password is still required.
/// </summary>
public sealed class KnownBrowsers(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string CookieName = "dt.browser";
    private readonly IDataProtector _protector = protection.CreateProtector("DiplomacyTracker.SignIn.KnownBrowser");

    /// <summary>True when this browser signed in as <paramref name="editorId"/> before.</summary>
    public bool IsKnown(HttpContext context, string editorId)
    {
        if (context.Request.Cookies[CookieName] is not { Length: > 0 } value) return false;
        try
        {
            return _protector.Unprotect(value).Split('\n').Contains(editorId, StringComparer.Ordinal);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    /// <summary>Adds <paramref name="editorId"/> to the browser's list (a shared browser may know a few editors).</summary>
    public void Remember(HttpContext context, string editorId)
    {
        var known = new List<string>();
        if (context.Request.Cookies[CookieName] is { Length: > 0 } value)
        {
            try { known.AddRange(_protector.Unprotect(value).Split('\n', StringSplitOptions.RemoveEmptyEntries)); }
            catch (System.Security.Cryptography.CryptographicException) { }
        }
        known.Remove(editorId);
        known.Insert(0, editorId);
        context.Response.Cookies.Append(CookieName, _protector.Protect(string.Join('\n', known.Take(5))), new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps,
            Expires = clock.GetUtcNow().AddYears(1),
        });
    }
}
