using System.Net;
using DiplomacyTracker.Data.Entities;
using DiplomacyTracker.Tests.Scraping;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Trust;

/// <summary>
/// Issue 11 (3): failed sign-ins are limited per address and per account, without letting strangers lock an editor out,
/// and an unknown e-mail costs the same password check as a known one (so timing does not tell who is an editor).
/// </summary>
public sealed class SignInTests
{
    private static Task<HttpResponseMessage> TryAsync(HttpClient client, string email, string password) =>
        client.SubmitFormAsync("/Account/SignIn", "main form", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    [Fact]
    public async Task Guesses_from_one_address_are_stopped_before_any_password_is_checked()
    {
        var hasher = new CountingHasher();
        using var factory = new CountingFactory(hasher);
        await factory.CreateEditorAsync("target@example.org", Editors.Password);
        var attacker = factory.ClientFrom("203.0.113.10");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++) answers.Add((await TryAsync(attacker, i % 2 == 0 ? "target@example.org" : $"nobody{i}@example.org", $"guess {i}")).StatusCode);

        Assert.All(answers.Take(10), s => Assert.Equal(HttpStatusCode.OK, s)); // "wrong e-mail or password"
        Assert.All(answers.Skip(10), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(10, hasher.Verifications); // the 20 refused guesses cost no password hashing at all
        var refused = await Html.ParseAsync(await TryAsync(attacker, "target@example.org", Editors.Password));
        Assert.Contains("Too many failed sign-ins", refused.QuerySelector(".error")!.TextContent);
    }

    [Fact]
    public async Task Strangers_guessing_an_editors_password_do_not_lock_the_editor_out()
    {
        var clock = new ManualTimeProvider { AutoAdvance = false };
        using var factory = new TrustWebFactory { Clock = clock };
        await factory.CreateEditorAsync("victim@example.org", Editors.Password);
        var own = await factory.SignedInFromAsync("198.51.100.30", "victim@example.org"); // the editor's browser, known since
        await own.SubmitFormAsync("/Account/SignOut", "main form", new Dictionary<string, string>());

        // Many strangers, many addresses, each under the per-address limit: together far over the account's.
        for (var i = 0; i < 40; i++)
            await TryAsync(factory.ClientFrom($"203.0.113.{100 + i}"), "victim@example.org", $"guess {i}");
        var stranger = await TryAsync(factory.ClientFrom("203.0.113.200"), "victim@example.org", Editors.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, stranger.StatusCode); // even the right password, from a browser never used

        var editor = await TryAsync(own, "victim@example.org", Editors.Password);
        Assert.Equal(HttpStatusCode.Redirect, editor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync("/Articles/Add")).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(16)); // the window passed: a new browser may try again
        Assert.Equal(HttpStatusCode.Redirect, (await TryAsync(factory.ClientFrom("198.51.100.31"), "victim@example.org", Editors.Password)).StatusCode);
    }

    [Fact]
    public async Task A_stranger_at_the_editors_own_address_does_not_lock_the_editor_out()
    {
        using var factory = new TrustWebFactory();
        await factory.CreateEditorAsync("office@example.org", Editors.Password);
        const string office = "198.51.100.60"; // one address for the whole office (or an unlisted proxy)
        var own = await factory.SignedInFromAsync(office, "office@example.org");
        await own.SubmitFormAsync("/Account/SignOut", "main form", new Dictionary<string, string>());

        var stranger = factory.ClientFrom(office);
        for (var i = 0; i < 12; i++) await TryAsync(stranger, i % 2 == 0 ? "office@example.org" : $"someone{i}@example.org", $"guess {i}");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await TryAsync(stranger, "office@example.org", Editors.Password)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await TryAsync(own, "office@example.org", Editors.Password)).StatusCode);
        // The known browser is held to its own count: ten wrong passwords from it, then it waits too.
        await own.SubmitFormAsync("/Account/SignOut", "main form", new Dictionary<string, string>());
        for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.OK, (await TryAsync(own, "office@example.org", $"typo {i}")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await TryAsync(own, "office@example.org", Editors.Password)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_e_mail_costs_the_same_password_check_as_a_known_one()
    {
        var hasher = new CountingHasher();
        using var factory = new CountingFactory(hasher);
        await factory.CreateEditorAsync("known@example.org", Editors.Password);

        await TryAsync(factory.ClientFrom("198.51.100.40"), "known@example.org", "wrong password");
        var known = hasher.Verifications;
        await TryAsync(factory.ClientFrom("198.51.100.41"), "unknown@example.org", "wrong password");
        var unknown = hasher.Verifications - known;

        Assert.Equal(1, known);
        Assert.Equal(known, unknown);
    }

    /// <summary>The real hasher, counting the password checks it is asked for.</summary>
    private sealed class CountingHasher : IPasswordHasher<Editor>
    {
        private readonly PasswordHasher<Editor> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(Editor user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Editor user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private sealed class CountingFactory(CountingHasher hasher) : TrustWebFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<Editor>>(hasher));
        }
    }
}
