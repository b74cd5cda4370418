using System.IO.Compression;
using System.Text;
using DiplomacyTracker.Scraping;
using Microsoft.AspNetCore.Http;

namespace DiplomacyTracker.Tests.Scraping;

/// <summary>The fetcher against a local site: faults, politeness and safety rules.</summary>
public class PageFetcherTests
{
    [Fact]
    public async Task Server_errors_are_retried_with_backoff_then_reported()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.MapText("/flaky", "oops", status: 500);
        await using var harness = new ScraperHarness();

        var result = await harness.Fetcher().FetchAsync(site.Url("/flaky"), null, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.True(result.Retryable);
        Assert.Equal(500, result.Status);
        Assert.Contains("HTTP 500", result.Error);
        Assert.Equal(3, site.CountRequests("/flaky")); // 1 + MaxRetries(2)
        Assert.True(harness.Clock.Waits.Count(w => w > TimeSpan.Zero) >= 2, "backoff waits went through the clock: " + string.Join(", ", harness.Clock.Waits));
    }

    [Fact]
    public async Task A_transient_error_then_success_returns_the_page()
    {
        await using var site = await LocalNewsSite.StartAsync();
        var calls = 0;
        site.Map("/sometimes", ctx => Interlocked.Increment(ref calls) == 1
            ? LocalNewsSite.Write(ctx, "busy"u8.ToArray(), "text/plain", 503)
            : LocalNewsSite.Write(ctx, "<p>fine</p>"u8.ToArray(), "text/html"));
        await using var harness = new ScraperHarness();

        var result = await harness.Fetcher().FetchAsync(site.Url("/sometimes"), null, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("<p>fine</p>", Encoding.UTF8.GetString(result.Body));
    }

    [Fact]
    public async Task Retry_after_on_429_is_honoured_through_the_clock()
    {
        await using var site = await LocalNewsSite.StartAsync();
        var seenAt = new List<DateTimeOffset>();
        await using var harness = new ScraperHarness();
        site.Map("/limited", ctx =>
        {
            lock (seenAt) seenAt.Add(harness.Clock.GetUtcNow());
            if (seenAt.Count == 1)
            {
                ctx.Response.Headers.RetryAfter = "120";
                return LocalNewsSite.Write(ctx, "slow down"u8.ToArray(), "text/plain", 429);
            }
            return LocalNewsSite.Write(ctx, "<p>ok</p>"u8.ToArray(), "text/html");
        });

        var result = await harness.Fetcher().FetchAsync(site.Url("/limited"), null, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(2, seenAt.Count);
        Assert.True(seenAt[1] - seenAt[0] >= TimeSpan.FromSeconds(120), $"waited {seenAt[1] - seenAt[0]}");
    }

    [Fact]
    public async Task Retry_after_is_capped()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.Map("/limited", ctx =>
        {
            ctx.Response.Headers.RetryAfter = "86400";
            return LocalNewsSite.Write(ctx, "no"u8.ToArray(), "text/plain", 503);
        });
        await using var harness = new ScraperHarness(new() { ["Scraper:MaxRetryAfterSeconds"] = "60" });

        var result = await harness.Fetcher().FetchAsync(site.Url("/limited"), null, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(TimeSpan.FromSeconds(60), harness.Clock.Waits);
        Assert.DoesNotContain(harness.Clock.Waits, w => w > TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task A_response_slower_than_the_timeout_is_a_timeout_error()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.Map("/slow", async ctx =>
        {
            try { await Task.Delay(TimeSpan.FromSeconds(20), ctx.RequestAborted); }
            catch (OperationCanceledException) { return; }
            await LocalNewsSite.Write(ctx, "late"u8.ToArray(), "text/plain");
        });
        await using var harness = new ScraperHarness(new() { ["Scraper:RequestTimeoutSeconds"] = "1", ["Scraper:MaxRetries"] = "0" });

        var result = await harness.Fetcher().FetchAsync(site.Url("/slow"), null, CancellationToken.None);

        Assert.Contains("timed out after 1 s", result.Error);
        Assert.True(result.Retryable);
        Assert.Equal(1, site.CountRequests("/slow"));
    }

    [Fact]
    public async Task A_truncated_body_is_a_clear_retryable_error()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.Map("/truncated", async ctx =>
        {
            ctx.Response.ContentType = "text/html";
            ctx.Response.ContentLength = 10_000;
            await ctx.Response.Body.WriteAsync(new byte[2_000]);
            await ctx.Response.Body.FlushAsync();
            ctx.Abort();
        });
        await using var harness = new ScraperHarness(new() { ["Scraper:MaxRetries"] = "1" });

        var result = await harness.Fetcher().FetchAsync(site.Url("/truncated"), null, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.True(result.Retryable);
        Assert.Empty(result.Body);
        Assert.Equal(2, site.CountRequests("/truncated"));
    }

    [Fact]
    public async Task A_redirect_loop_is_detected()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.Map("/a", ctx => { ctx.Response.Redirect("/b"); return Task.CompletedTask; });
        site.Map("/b", ctx => { ctx.Response.Redirect("/a"); return Task.CompletedTask; });
        await using var harness = new ScraperHarness();

        var result = await harness.Fetcher().FetchAsync(site.Url("/a"), null, CancellationToken.None);

        Assert.StartsWith("redirect loop", result.Error);
        Assert.Equal(1, site.CountRequests("/a"));
    }

    [Fact]
    public async Task Redirects_are_followed_to_the_final_url()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.Map("/old", ctx => { ctx.Response.Redirect("/new", permanent: true); return Task.CompletedTask; });
        site.MapText("/new", "<p>moved</p>");
        await using var harness = new ScraperHarness();

        var result = await harness.Fetcher().FetchAsync(site.Url("/old"), null, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(site.Url("/new"), result.FinalUrl);
    }

    [Fact]
    public async Task A_page_over_the_size_cap_is_refused_even_without_content_length()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.Map("/huge", async ctx =>
        {
            ctx.Response.ContentType = "text/html"; // chunked: no Content-Length to refuse up front
            var chunk = new byte[16 * 1024];
            for (var i = 0; i < 16 && !ctx.RequestAborted.IsCancellationRequested; i++) await ctx.Response.Body.WriteAsync(chunk);
        });
        site.MapBytes("/declared", new byte[100_000], "text/html");
        await using var harness = new ScraperHarness(new() { ["Scraper:MaxBodyBytes"] = "50000" });

        var streamed = await harness.Fetcher().FetchAsync(site.Url("/huge"), null, CancellationToken.None);
        var declared = await harness.Fetcher().FetchAsync(site.Url("/declared"), null, CancellationToken.None);

        Assert.Contains("over the 50,000-byte limit", streamed.Error);
        Assert.Contains("100,000 bytes, over the 50,000-byte limit", declared.Error);
        Assert.False(streamed.Retryable);
    }

    [Fact]
    public async Task Gzip_responses_are_decompressed()
    {
        await using var site = await LocalNewsSite.StartAsync();
        var html = Encoding.UTF8.GetBytes("<p>" + new string('x', 5000) + "</p>");
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(html);
        site.Map("/gz", ctx =>
        {
            ctx.Response.Headers.ContentEncoding = "gzip";
            return LocalNewsSite.Write(ctx, packed.ToArray(), "text/html");
        });
        await using var harness = new ScraperHarness();

        var result = await harness.Fetcher().FetchAsync(site.Url("/gz"), null, CancellationToken.None);

        Assert.Equal(html, result.Body);
        Assert.Contains(site.Requests, r => r.Headers.AcceptEncoding.ToString().Contains("gzip"));
    }

    [Fact]
    public async Task Conditional_get_turns_into_not_modified()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.Map("/feed", ctx =>
        {
            if (ctx.Request.Headers.IfNoneMatch == "\"v1\"") { ctx.Response.StatusCode = 304; return Task.CompletedTask; }
            ctx.Response.Headers.ETag = "\"v1\"";
            return LocalNewsSite.Write(ctx, "<rss/>"u8.ToArray(), "application/rss+xml");
        });
        await using var harness = new ScraperHarness();
        var fetcher = harness.Fetcher();

        var first = await fetcher.FetchAsync(site.Url("/feed"), null, CancellationToken.None);
        var second = await fetcher.FetchAsync(site.Url("/feed"), new FetchConditions(first.ETag, first.LastModified), CancellationToken.None);

        Assert.Equal("\"v1\"", first.ETag);
        Assert.True(second.NotModified);
        Assert.Empty(second.Body);
    }

    [Fact]
    public async Task User_agent_names_the_app_and_the_contact_url()
    {
        await using var site = await LocalNewsSite.StartAsync();
        site.MapText("/page", "<p>hi</p>");
        await using var harness = new ScraperHarness(new() { ["Scraper:ContactUrl"] = "https://tracker.example/contact" });

        await harness.Fetcher().FetchAsync(site.Url("/page"), null, CancellationToken.None);

        Assert.All(site.Requests, r => Assert.Equal("DiplomacyTracker/1.0 (+https://tracker.example/contact)", r.Headers.UserAgent.ToString()));
    }
}
