using System.Security.Cryptography;
using DiplomacyTracker.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Data;

/// <summary>Creates editor accounts the same way for the CLI (`editors add`) and the web (/Account/Editors).</summary>
public sealed class EditorAccounts(TrackerDbContext db, TimeProvider clock)
{
    public const int MinimumPasswordLength = 10;

    /// <summary>The outcome: the new editor and the password (generated when none was given), or why it failed.</summary>
    public sealed record Result(Editor? Editor, string? Password, string? Error)
    {
        public bool Succeeded => Editor is not null;
    }

    public async Task<Result> CreateAsync(string email, string? password, CancellationToken ct = default)
    {
        email = email.Trim();
        if (!IsPlausibleEmail(email)) return new Result(null, null, $"'{email}' is not an e-mail address");
        var normalized = email.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized || u.NormalizedEmail == normalized, ct))
            return new Result(null, null, $"an editor with e-mail {email} already exists");
        if (password is not null && password.Length < MinimumPasswordLength)
            return new Result(null, null, $"the password must be at least {MinimumPasswordLength} characters");

        password ??= GeneratePassword();
        var editor = new Editor
        {
            UserName = email,
            NormalizedUserName = normalized,
            Email = email,
            NormalizedEmail = normalized,
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        editor.PasswordHash = new PasswordHasher<Editor>().HashPassword(editor, password);
        db.Users.Add(editor);
        await db.SaveChangesAsync(ct);
        return new Result(editor, password, null);
    }

    /// <summary>20 random URL-safe characters (about 120 bits).</summary>
    public static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_');

    private static bool IsPlausibleEmail(string email)
    {
        var at = email.IndexOf('@');
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && email.Length <= 256
               && !email.Any(char.IsWhiteSpace);
    }
}
