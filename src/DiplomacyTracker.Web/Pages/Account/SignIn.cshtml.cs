using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Account;

/// <summary>
/// Editors sign in with e-mail and password (our own page; no packaged Identity UI). Failed attempts are limited per
/// address and per account (<see cref="SignInThrottle"/>) instead of locking accounts; an unknown e-mail costs the same
/// password check as a known one, so the answer's timing does not tell who is an editor.
/// </summary>
public sealed partial class SignInModel(UserManager<Editor> users, SignInManager<Editor> signIn, IPasswordHasher<Editor> hasher,
    SignInThrottle throttle, KnownBrowsers browsers, TimeProvider clock, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty] public bool Remember { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError("", "Enter your e-mail and password.");
            return Page();
        }
        var email = Email.Trim();
        var editor = await users.FindByEmailAsync(email);
        var client = SignInThrottle.ForClient(HttpContext);
        // A browser the editor signed in with before answers only to its own count: strangers guessing from the same
        // address (an office, a campus, a proxy whose address is not listed) cannot hold the editor up.
        var knownBrowser = editor is not null && browsers.IsKnown(HttpContext, editor.Id);
        string[] limits = knownBrowser ? [SignInThrottle.ForKnownBrowser(editor!.Id)] : [client, SignInThrottle.ForAccount(email)];
        if (throttle.BlockedUntil(limits) is { } until)
        {
            LogThrottled(logger, ClientKey.Of(HttpContext));
            var minutes = Math.Max(1, (int)Math.Ceiling((until - clock.GetUtcNow()).TotalMinutes));
            ModelState.AddModelError("", $"Too many failed sign-ins: try again in {minutes} minute{(minutes == 1 ? "" : "s")}. "
                                         + "A browser you signed in with before is not held up by other people's attempts.");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Password = "";
            return Page();
        }
        if (!await PasswordMatchesAsync(editor))
        {
            throttle.RecordFailure(knownBrowser ? [client, .. limits] : limits);
            if (editor is null) LogUnknown(logger, ClientKey.Of(HttpContext));
            else LogWrongPassword(logger, editor.Email ?? "", ClientKey.Of(HttpContext));
            ModelState.AddModelError("", "Wrong e-mail or password.");
            Password = "";
            return Page();
        }
        await signIn.SignInAsync(editor!, Remember);
        browsers.Remember(HttpContext, editor!.Id);
        throttle.Forget(SignInThrottle.ForKnownBrowser(editor.Id));
        LogSignedIn(logger, editor.Email ?? "", ClientKey.Of(HttpContext));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    /// <summary>The password check; for an unknown e-mail the same work is done against a stand-in hash.</summary>
    private async Task<bool> PasswordMatchesAsync(Editor? editor)
    {
        if (editor is not null) return await users.CheckPasswordAsync(editor, Password);
        hasher.VerifyHashedPassword(StandIn.Editor, StandIn.Hash(hasher), Password);
        return false;
    }

    private static class StandIn
    {
        public static readonly Editor Editor = new() { Id = "stand-in", UserName = "stand-in" };
        private static string? _hash;

        public static string Hash(IPasswordHasher<Editor> hasher) =>
            _hash ??= hasher.HashPassword(Editor, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Editor {Email} signed in from {Client}")]
    private static partial void LogSignedIn(ILogger logger, string email, string client);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in for editor {Email} from {Client}: wrong password")]
    private static partial void LogWrongPassword(ILogger logger, string email, string client);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in from {Client}: no editor has that e-mail")]
    private static partial void LogUnknown(ILogger logger, string client);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused from {Client}: too many failures from there or for that account")]
    private static partial void LogThrottled(ILogger logger, string client);
}
