using DiplomacyTracker.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Account;

/// <summary>A signed-in editor changes their own password (the current one is asked again); other sessions end.</summary>
[Authorize]
public sealed class PasswordModel(UserManager<Editor> users, SignInManager<Editor> signIn, ILogger<PasswordModel> logger) : PageModel
{
    [BindProperty] public string Current { get; set; } = "";
    [BindProperty] public string New { get; set; } = "";
    [BindProperty] public string Repeat { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Current) || string.IsNullOrEmpty(New)) ModelState.AddModelError("", "Enter your current password and a new one.");
        else if (New != Repeat) ModelState.AddModelError(nameof(Repeat), "The new password and its repetition differ.");
        if (!ModelState.IsValid) return Page();

        var editor = await users.GetUserAsync(User);
        if (editor is null) return Challenge();
        var changed = await users.ChangePasswordAsync(editor, Current, New);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
                ModelState.AddModelError("", error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Your current password is not right." : error.Description);
            return Page();
        }
        await signIn.RefreshSignInAsync(editor);
        logger.LogInformation("Editor {Email} changed their password", editor.Email);
        TempData["Message"] = "Password changed.";
        return Redirect("/Account/Editors");
    }
}
