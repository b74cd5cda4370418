using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, and the per-client limits (sign-in failures,
/// bodies in flight) would treat all readers as one. Listing the proxy in <c>Web:KnownProxies</c> (its addresses) makes
/// the app take the client's address from the proxy's X-Forwarded-For — from those addresses only.
/// </summary>
public static class ProxyAddresses
{
    public static IServiceCollection AddProxyAddresses(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection($"{RequestConcurrency.Section}:KnownProxies").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            foreach (var proxy in proxies)
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address
                    : throw new InvalidOperationException($"Web:KnownProxies: '{proxy}' is not an IP address"));
        });
        return services;
    }

    /// <summary>Reads X-Forwarded-For only when proxies are listed (otherwise anyone could claim any address).</summary>
    public static WebApplication UseProxyAddresses(this WebApplication app)
    {
        if ((app.Configuration.GetSection($"{RequestConcurrency.Section}:KnownProxies").Get<string[]>() ?? []).Length > 0)
            app.UseForwardedHeaders();
        return app;
    }
}
