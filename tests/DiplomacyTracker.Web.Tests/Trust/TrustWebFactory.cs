using System.Globalization;
using System.Net;
using DiplomacyTracker.Tests.Scraping;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Trust;

/// <summary>
/// The app as <see cref="TrackerWebFactory"/> runs it, plus what the trust suite needs: settings, an optional fake clock
/// (the app's TimeProvider), a client address per request (header X-Test-Client, as a proxy would forward it; the test
/// server has none), and /test/boom, a request that fails with an exception (to see the error page).
/// </summary>
public class TrustWebFactory : TrackerWebFactory
{
    public const string ClientHeader = "X-Test-Client";

    /// <summary>Configuration for this app (e.g. Web:MaxConcurrentRequests), set before its first request.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>The app's clock, when a test moves time itself.</summary>
    public ManualTimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            if (Clock is not null) services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, TestHooks>();
        });
    }

    /// <summary>A client that says it comes from <paramref name="address"/> (cookies kept, redirects not followed).</summary>
    public HttpClient ClientFrom(string address)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    /// <summary>Signs in as <paramref name="email"/> through the real form from <paramref name="address"/>.</summary>
    public async Task<HttpClient> SignedInFromAsync(string address, string email, string password = Editors.Password)
    {
        var client = ClientFrom(address);
        var response = await client.SubmitFormAsync("/Account/SignIn", "main form", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A second client carrying exactly the cookies <paramref name="from"/> was given (a copied session cookie).</summary>
    public static HttpClient CopyOf(TrustWebFactory factory, HttpResponseMessage signInResponse)
    {
        var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var cookies = signInResponse.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => c.StartsWith("dt.editor", StringComparison.Ordinal));
        copy.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies));
        return copy;
    }

    private sealed class TestHooks : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientHeader, out var value) && IPAddress.TryParse(value, out var address))
                    context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
            app.Run(context => context.Request.Path == "/test/boom"
                ? throw new InvalidOperationException("boom (a test's deliberate failure)")
                : Task.CompletedTask);
        };
    }

    public static string Setting(int value) => value.ToString(CultureInfo.InvariantCulture);
}
