using DiplomacyTracker.Data;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Account;

/// <summary>
/// Editors manage editors: add one (the generated password is shown once) or remove one (never themselves, so the
/// store always keeps an editor). Both are recorded in the edit history shown at the foot of the page.
/// </summary>
[Authorize]
public sealed class EditorsModel(TrackerDbContext db, EditorAccounts accounts, UserManager<Editor> users, EditLog edits,
    ILogger<EditorsModel> logger) : PageModel
{
    public sealed record Row(string Email, DateTime CreatedUtc, bool IsYou);

    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string? Password { get; set; }

    public List<Row> Editors { get; private set; } = [];
    public List<EditRecord> History { get; private set; } = [];
    public string? CreatedPassword { get; private set; }
    public string? CreatedEmail { get; private set; }
    public string? RemovedEmail { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await accounts.CreateAsync(Email ?? "", string.IsNullOrEmpty(Password) ? null : Password, ct);
        if (!result.Succeeded)
            ModelState.AddModelError(nameof(Email), result.Error!);
        else
        {
            logger.LogInformation("{Editor} added editor {Email}", User.Identity?.Name, result.Editor!.Email);
            edits.Record(User, "Editor", 0, "add", null, new { result.Editor.Email });
            await db.SaveChangesAsync(ct);
            CreatedEmail = result.Editor!.Email;
            CreatedPassword = string.IsNullOrEmpty(Password) ? result.Password : null;
            Email = "";
            Password = null;
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string email, CancellationToken ct)
    {
        var editor = await users.FindByEmailAsync(email ?? "");
        if (editor is null)
            ModelState.AddModelError("", $"There is no editor {email}.");
        else if (editor.Id == users.GetUserId(User))
            ModelState.AddModelError("", "You cannot remove yourself; another editor can.");
        else
        {
            var deleted = await users.DeleteAsync(editor);
            if (!deleted.Succeeded) ModelState.AddModelError("", string.Join(" ", deleted.Errors.Select(e => e.Description)));
            else
            {
                logger.LogInformation("{Editor} removed editor {Email}", User.Identity?.Name, editor.Email);
                edits.Record(User, "Editor", 0, "remove", new { editor.Email }, null);
                await db.SaveChangesAsync(ct);
                RemovedEmail = editor.Email;
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var you = users.GetUserId(User);
        Editors = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new Row(u.Email ?? u.UserName ?? "", u.CreatedUtc, u.Id == you)).ToListAsync(ct);
        History = await edits.HistoryAsync("Editor", 0, ct);
    }
}
