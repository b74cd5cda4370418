using DiplomacyTracker.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Account;

/// <summary>Editors sign in with e-mail and password (our own page; no packaged Identity UI).</summary>
public sealed class SignInModel(SignInManager<Editor> signIn, ILogger<SignInModel> logger) : PageModel
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
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, Remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Editor {Email} signed in", Email.Trim());
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        ModelState.AddModelError("", result.IsLockedOut ? "Too many failed attempts: this account is locked for a few minutes." : "Wrong e-mail or password.");
        return Page();
    }
}
