using System.Net;
using System.Security.Claims;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Web.Tests.Trust;

/// <summary>Issue 11: anonymous searches past what the search pool holds are turned away first, cheaply and slowly; other pages and /health are not.</summary>
public sealed class SearchGateTests
{
    private sealed class GatedFactory : TrackerWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Web:MaxConcurrentSearches", "1");
            builder.UseSetting("Web:SearchQueueLimit", "0");
            builder.UseSetting("Web:SearchShedDelayMilliseconds", "0");
        }
    }

    [Fact]
    public async Task Searches_past_the_pool_get_a_short_503_while_the_timeline_and_health_answer()
    {
        using var factory = new GatedFactory();
        var client = Editors.Anonymous(factory);
        await client.GetAsync("/health");
        var searches = Task.WhenAll(Enumerable.Range(0, 24).Select(i => client.GetAsync($"/Statements?q=peace&n={i}")));
        var timeline = await client.GetAsync("/?during-the-flood=1");
        var responses = await searches;
        var shed = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(shed);
        Assert.All(shed, r => Assert.Equal("5", r.Headers.GetValues("Retry-After").Single()));
        Assert.Equal(RequestConcurrency.Busy, await shed[0].Content.ReadAsStringAsync()); // the short answer, no error page
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, timeline.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_turned_away_search_is_answered_only_after_the_delay_and_a_running_one_is_not_held()
    {
        var clock = new ManualTimers();
        var running = new TaskCompletionSource();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Web:MaxConcurrentSearches"] = "1", ["Web:SearchQueueLimit"] = "0", ["Web:SearchShedDelayMilliseconds"] = "1000",
        }).Build();
        var gate = new SearchGate(_ => running.Task, configuration, new LoadShedding(clock, NullLogger<LoadShedding>.Instance), clock, new TicketOptions(Tickets));

        var first = gate.InvokeAsync(Search());      // takes the only place and runs
        var second = Search();
        var turnedAway = gate.InvokeAsync(second);
        Assert.False(turnedAway.IsCompleted);         // waiting out the delay, not answered yet
        Assert.Equal(TimeSpan.FromSeconds(1), Assert.Single(clock.Timers).Due);
        clock.Timers[0].Fire();
        await turnedAway;
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, second.Response.StatusCode);
        Assert.False(first.IsCompleted);
        running.SetResult();
        await first;

        var afterwards = Search();                    // the place is free again
        await gate.InvokeAsync(afterwards);
        Assert.Equal(StatusCodes.Status200OK, afterwards.Response.StatusCode);
    }

    [Fact]
    public void Only_anonymous_searches_are_gated_and_a_made_up_editor_cookie_is_anonymous()
    {
        Assert.True(SearchGate.IsAnonymousSearch(Search().Request, Tickets));
        Assert.True(SearchGate.IsAnonymousSearch(Get("/", "?q=peace").Request, Tickets));
        Assert.False(SearchGate.IsAnonymousSearch(Get("/", "").Request, Tickets));
        Assert.False(SearchGate.IsAnonymousSearch(Get("/health", "").Request, Tickets));

        var forged = Search();
        forged.Request.Headers.Cookie = $"{EditorSessions.CookieName}=x";
        Assert.True(SearchGate.IsAnonymousSearch(forged.Request, Tickets)); // a flood cannot skip the gate with any cookie

        var ticket = new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "editor@example.org")], "test")), "test");
        var editor = Search();
        editor.Request.Headers.Cookie = $"{EditorSessions.CookieName}={Tickets.TicketDataFormat.Protect(ticket)}";
        Assert.False(SearchGate.IsAnonymousSearch(editor.Request, Tickets));
    }

    /// <summary>The cookie options as the app has them after post-configuration: a ticket format over data protection.</summary>
    private static readonly CookieAuthenticationOptions Tickets = new()
    {
        TicketDataFormat = new TicketDataFormat(new EphemeralDataProtectionProvider().CreateProtector("search-gate-tests")),
        CookieManager = new ChunkingCookieManager(),
    };

    private sealed class TicketOptions(CookieAuthenticationOptions options) : IOptionsMonitor<CookieAuthenticationOptions>
    {
        public CookieAuthenticationOptions CurrentValue => options;
        public CookieAuthenticationOptions Get(string? name) => options;
        public IDisposable? OnChange(Action<CookieAuthenticationOptions, string?> listener) => null;
    }

    private static DefaultHttpContext Search() => Get("/Statements", "?q=peace");

    private static DefaultHttpContext Get(string path, string query)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        context.Response.Body = new MemoryStream();
        return context;
    }

    /// <summary>Timers that fire when the test says so.</summary>
    private sealed class ManualTimers : TimeProvider
    {
        public List<Timer> Timers { get; } = [];

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new Timer(callback, state, dueTime);
            lock (Timers) Timers.Add(timer);
            return timer;
        }

        public sealed class Timer(TimerCallback callback, object? state, TimeSpan due) : ITimer
        {
            public TimeSpan Due => due;
            public void Fire() => callback(state);
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;
            public void Dispose() { }
            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
