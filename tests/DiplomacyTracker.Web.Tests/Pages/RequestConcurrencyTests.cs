using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>Page requests beyond Web:MaxConcurrentRequests wait their turn; beyond the queue they get 503 + Retry-After; /health is never held.</summary>
public sealed class RequestConcurrencyTests
{
    private sealed class CappedFactory(int permits, int queue) : TrackerWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Web:MaxConcurrentRequests", permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Web:RequestQueueLimit", queue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Requests_over_the_cap_queue_and_all_succeed()
    {
        using var factory = new CappedFactory(permits: 1, queue: 100);
        var client = Editors.Anonymous(factory);
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => client.GetAsync($"/Statements?q=peace&n={i}")));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Fact]
    public async Task Without_a_queue_the_overflow_is_told_to_retry_but_health_still_answers()
    {
        using var factory = new CappedFactory(permits: 1, queue: 0);
        var client = Editors.Anonymous(factory);
        await client.GetAsync("/health");
        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => client.GetAsync($"/?n={i}")));
        var rejected = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(rejected);
        Assert.All(rejected, r => Assert.Equal("5", r.Headers.GetValues("Retry-After").Single()));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var health = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync("/health")));
        Assert.All(health, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }
}
