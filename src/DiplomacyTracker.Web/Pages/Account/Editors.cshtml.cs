using DiplomacyTracker.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Account;

/// <summary>An editor adds another editor (the generated password is shown once).</summary>
[Authorize]
public sealed class EditorsModel(TrackerDbContext db, EditorAccounts accounts, ILogger<EditorsModel> logger) : PageModel
{
    public sealed record Row(string Email, DateTime CreatedUtc);

    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string? Password { get; set; }

    public List<Row> Editors { get; private set; } = [];
    public string? CreatedPassword { get; private set; }
    public string? CreatedEmail { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await accounts.CreateAsync(Email ?? "", string.IsNullOrEmpty(Password) ? null : Password, ct);
        if (!result.Succeeded)
            ModelState.AddModelError(nameof(Email), result.Error!);
        else
        {
            logger.LogInformation("{Editor} added editor {Email}", User.Identity?.Name, result.Editor!.Email);
            CreatedEmail = result.Editor!.Email;
            CreatedPassword = string.IsNullOrEmpty(Password) ? result.Password : null;
            Email = "";
            Password = null;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Editors = await db.Users.AsNoTracking().OrderBy(u => u.Email).Select(u => new Row(u.Email ?? u.UserName ?? "", u.CreatedUtc)).ToListAsync(ct);
}
