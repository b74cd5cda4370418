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
            LockoutEnabled = false, // failed sign-ins are throttled per address and account, never by locking the account
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

    /// <summary>
    /// An address of the plain form name@domain.tld: the name of letters, digits and !#$%&amp;'*+/=?^_`{|}~.- (no quotes,
    /// brackets or spaces, so it can never carry markup), the domain of dot-separated labels of letters, digits and hyphens.
    /// Letters may be any script (internationalised addresses).
    /// </summary>
    public static bool IsPlausibleEmail(string email)
    {
        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@') || email.Length > 254) return false;
        var (local, domain) = (email[..at], email[(at + 1)..]);
        if (local.Length > 64 || local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal)) return false;
        if (!local.All(c => char.IsLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~.-".Contains(c))) return false;
        var labels = domain.Split('.');
        return labels.Length >= 2 && labels.All(l => l.Length is > 0 and <= 63 && !l.StartsWith('-') && !l.EndsWith('-')
            && l.All(c => char.IsLetterOrDigit(c) || c == '-'));
    }
}
