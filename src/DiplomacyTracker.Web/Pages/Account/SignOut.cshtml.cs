using DiplomacyTracker.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Account;

/// <summary>Signs the editor out (POST with antiforgery; GET shows a button).</summary>
public sealed class SignOutModel(SignInManager<Editor> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Message"] = "Signed out.";
        return Redirect("/");
    }
}
