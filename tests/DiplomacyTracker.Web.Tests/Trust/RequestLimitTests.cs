using System.Net;
using System.Text;
using DiplomacyTracker.Tests.Scraping;
using DiplomacyTracker.Web.Tests.Infrastructure;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Trust;

/// <summary>
/// Issue 11 (1): an anonymous client cannot exhaust the page slots. Bodies are read — within a size cap and at a
/// minimum rate — before a slot is taken, so slow uploads never make readers wait.
/// </summary>
public sealed class RequestLimitTests
{
    /// <summary>Generous: on today's code these reads never finish while the uploads are held; here they answer at once.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Four_slow_sign_in_uploads_do_not_stop_the_pages()
    {
        using var factory = new TrustWebFactory { Settings = new() { ["Web:MaxConcurrentRequests"] = "2", ["Web:RequestQueueLimit"] = "100" } };
        var reader = factory.ClientFrom("198.51.100.7");
        await reader.GetAsync("/health");
        var uploads = Enumerable.Range(0, 4).Select(_ => new SlowBody("Email=a%40b.org&Password=", 600)).ToList();
        var attacker = factory.ClientFrom("203.0.113.66");
        var posts = uploads.Select(body => attacker.PostAsync("/Account/SignIn", body)).ToList();
        await Task.WhenAll(uploads.Select(u => u.Started.Task)).WaitAsync(Patience);

        foreach (var page in new[] { "/", "/Summits", "/Actors", "/Statements?q=summit", "/Articles" })
        {
            var response = await reader.GetAsync(page).WaitAsync(Patience);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        uploads.ForEach(u => u.Finish());
        foreach (var post in posts) await post.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_body_slower_than_the_minimum_rate_is_cut_off_on_the_apps_clock()
    {
        var clock = new ManualTimeProvider { AutoAdvance = false };
        using var factory = new TrustWebFactory { Settings = new() { ["Web:MinBodyBytesPerSecond"] = "1000", ["Web:BodyGraceSeconds"] = "5" }, Clock = clock };
        var client = factory.ClientFrom("203.0.113.67");
        using var body = new SlowBody("Email=a%40b.org&Password=", 4000);
        var post = client.PostAsync("/Account/SignIn", body);
        await body.Started.Task.WaitAsync(Patience);
        await Until(() => clock.Waits.Any(w => w >= TimeSpan.FromSeconds(7) && w < TimeSpan.FromSeconds(8))); // the server is reading, its deadline set (grace + 2 s)

        clock.Advance(TimeSpan.FromSeconds(4)); // within the grace period: still waiting
        Assert.False(post.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(10)); // 25 bytes in 14 s, far under 1,000 B/s: the read is cut off now
        body.Finish(); // the client, unaware, sends the rest; the server has stopped reading

        var response = await post.WaitAsync(Patience);
        Assert.Equal(HttpStatusCode.RequestTimeout, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.True(page.Contains("took too long", StringComparison.Ordinal), page);
    }

    [Fact]
    public async Task Too_many_bodies_at_once_from_one_client_are_turned_away()
    {
        using var factory = new TrustWebFactory { Settings = new() { ["Web:MaxBodyReadsPerClient"] = "4" } };
        _ = factory.Server; // started, so its services can be watched
        var client = factory.ClientFrom("203.0.113.68");
        var held = Enumerable.Range(0, 4).Select(_ => new SlowBody("Email=", 600)).ToList();
        var posts = held.Select(b => client.PostAsync("/Account/SignIn", b)).ToList();
        await Task.WhenAll(held.Select(b => b.Started.Task)).WaitAsync(Patience);
        await Until(() => factory.Services.GetRequiredService<BodyReadsInFlight>().Total == 4);

        using var fifth = new SlowBody("Email=", 600);
        fifth.Finish();
        var refused = await client.PostAsync("/Account/SignIn", fifth).WaitAsync(Patience);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);

        held.ForEach(b => b.Finish());
        foreach (var post in posts) await post.WaitAsync(Patience);
    }

    /// <summary>Waits for something the server does on its own threads (checked every few ms, never a fixed sleep).</summary>
    internal static async Task Until(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!Safely(condition)) await Task.Delay(5, timeout.Token);
    }

    private static bool Safely(Func<bool> condition)
    {
        try { return condition(); }
        catch (InvalidOperationException) { return false; } // a list read while the server appends to it
        catch (ArgumentException) { return false; }
    }

    [Fact]
    public async Task A_large_anonymous_body_is_refused_unread_and_a_large_editor_form_too()
    {
        using var factory = new TrustWebFactory();
        var anonymous = factory.ClientFrom("203.0.113.69");
        var big = new StringContent("Email=" + new string('a', 100_000), Encoding.ASCII, "application/x-www-form-urlencoded");
        var response = await anonymous.PostAsync("/Account/SignIn", big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than this form accepts", await response.Content.ReadAsStringAsync());

        await factory.CreateEditorAsync("limits@example.org", Editors.Password);
        var editor = await factory.SignedInFromAsync("198.51.100.8", "limits@example.org");
        var summit = await factory.WithDbAsync(db => db.Summits.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var huge = await editor.SubmitFormAsync($"/Summits/Edit/{summit}", "main form", new Dictionary<string, string>
        {
            ["Title"] = "t", ["Outcome"] = new string('o', 200_000),
        });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.NotEqual("t", await factory.WithDbAsync(db => db.Summits.Where(s => s.Id == summit).Select(s => s.Title).SingleAsync()));
    }

    [Fact]
    public void Connections_past_the_per_client_limit_are_refused_and_counted_back_on_close()
    {
        var limiter = new ConnectionsPerClient(2);
        var flood = System.Net.IPAddress.Parse("203.0.113.70");
        var reader = System.Net.IPAddress.Parse("198.51.100.70");
        Assert.True(limiter.TryEnter(flood));
        Assert.True(limiter.TryEnter(flood));
        Assert.False(limiter.TryEnter(flood)); // the third from the same address
        Assert.True(limiter.TryEnter(reader)); // others are not held up by it
        limiter.Leave(flood);
        Assert.True(limiter.TryEnter(flood));
        Assert.True(new ConnectionsPerClient(0).TryEnter(flood)); // 0 = no limit (behind a proxy)
    }
}
