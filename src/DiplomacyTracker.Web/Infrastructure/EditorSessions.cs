using System.Globalization;
using System.Security.Claims;
using DiplomacyTracker.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>The <c>Web</c> session lifetimes (see docs/security.md).</summary>
public sealed class SessionOptions
{
    /// <summary>A session unused this long ends (each request moves it on).</summary>
    public int SessionIdleHours { get; set; } = 72;

    /// <summary>However much it is used, a session ends this long after its sign-in.</summary>
    public int SessionMaxDays { get; set; } = 14;
}

/// <summary>
/// The editor's session cookie (dt.editor) is only a claim that the store checks on every request: the editor must
/// still exist and the security stamp in the cookie must be the editor's current one. Signing out, changing the
/// password and removing the editor all change or remove the stamp, so every copy of the cookie stops working at once,
/// on the server. A session also ends <see cref="SessionOptions.SessionMaxDays"/> after its sign-in, however it slides.
/// </summary>
public static class EditorSessions
{
    public const string SignedInItem = "dt.signed-in";
    public const string CookieName = "dt.editor";

    public static IServiceCollection AddEditorSessions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SessionOptions>(configuration.GetSection(RequestConcurrency.Section));
        var lifetimes = configuration.GetSection(RequestConcurrency.Section).Get<SessionOptions>() ?? new SessionOptions();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/SignIn";
            options.LogoutPath = "/Account/SignOut";
            options.AccessDeniedPath = "/Account/SignIn";
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(Math.Max(1, lifetimes.SessionIdleHours));
            options.Events.OnSigningIn = OnSigningIn;
            options.Events.OnValidatePrincipal = ValidateAsync;
        });
        // The cookie handler reads the app's clock, so tests can move time on.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider>((options, clock) => options.TimeProvider = clock);
        return services;
    }

    private static Task OnSigningIn(CookieSigningInContext context)
    {
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        context.Properties.Items[SignedInItem] = clock.GetUtcNow().ToString("o", CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }

    /// <summary>Every request: the editor still exists, the stamp is current, the session is younger than its maximum age.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var identity = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = context.Principal?.FindFirstValue(identity.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(identity.SecurityStampClaimType);
        var current = id is null ? null : await services.GetRequiredService<TrackerDbContext>().Users.AsNoTracking()
            .Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var maxAge = TimeSpan.FromDays(Math.Max(1, services.GetRequiredService<IOptions<SessionOptions>>().Value.SessionMaxDays));
        var signedIn = context.Properties.Items.TryGetValue(SignedInItem, out var text)
                       && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : (DateTimeOffset?)null;
        if (current is not null && stamp is not null && string.Equals(current, stamp, StringComparison.Ordinal)
            && signedIn is { } started && now - started < maxAge)
            return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
