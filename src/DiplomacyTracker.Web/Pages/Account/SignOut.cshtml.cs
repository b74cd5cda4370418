using DiplomacyTracker.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Account;

/// <summary>
/// Signs the editor out (POST with antiforgery; GET shows a button). The security stamp changes, so this session and
/// every other copy of it — another browser, a stolen cookie — stop working at once (<see cref="Infrastructure.EditorSessions"/>).
/// </summary>
public sealed partial class SignOutModel(UserManager<Editor> users, SignInManager<Editor> signIn, ILogger<SignOutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } editor)
        {
            await users.UpdateSecurityStampAsync(editor);
            LogSignedOut(logger, editor.Email ?? "");
        }
        await signIn.SignOutAsync();
        TempData["Message"] = "Signed out (on every browser).";
        return Redirect("/");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Editor {Email} signed out; every session of theirs ended")]
    private static partial void LogSignedOut(ILogger logger, string email);
}
