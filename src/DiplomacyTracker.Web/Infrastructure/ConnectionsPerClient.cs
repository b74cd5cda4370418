using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Connections;

namespace DiplomacyTracker.Web.Infrastructure;

/// <summary>
/// Open connections per client address (Web:MaxConnectionsPerClient, default 64; 0 = no limit — set it so behind a
/// reverse proxy, where every connection comes from the proxy). A flood of connections from one address cannot keep
/// thousands of requests in the server's queue, ahead of everyone else's: past the limit, a new connection is closed
/// as soon as it is accepted, before any request on it is read. A browser opens six at most.
/// </summary>
public sealed class ConnectionsPerClient(int limit)
{
    private readonly ConcurrentDictionary<IPAddress, int> _open = new();

    public int Limit => limit;

    /// <summary>Counts one more connection from <paramref name="address"/>; false (and not counted) when it is over the limit.</summary>
    public bool TryEnter(IPAddress address)
    {
        if (limit <= 0) return true;
        if (_open.AddOrUpdate(address, 1, (_, n) => n + 1) <= limit) return true;
        Leave(address);
        return false;
    }

    public void Leave(IPAddress address)
    {
        if (limit <= 0) return;
        if (_open.AddOrUpdate(address, 0, (_, n) => n - 1) <= 0) _open.TryRemove(new KeyValuePair<IPAddress, int>(address, 0));
    }

    /// <summary>The Kestrel connection middleware.</summary>
    public Func<ConnectionDelegate, ConnectionDelegate> Middleware => next => async connection =>
    {
        var address = (connection.RemoteEndPoint as IPEndPoint)?.Address;
        if (address is null || limit <= 0)
        {
            await next(connection);
            return;
        }
        if (!TryEnter(address))
        {
            connection.Abort(new ConnectionAbortedException("too many connections from this address"));
            return;
        }
        try
        {
            await next(connection);
        }
        finally
        {
            Leave(address);
        }
    };

    /// <summary>Puts the limit on every Kestrel endpoint (the test server has no connections to limit).</summary>
    public static WebApplicationBuilder AddConnectionsPerClient(WebApplicationBuilder builder)
    {
        var limiter = new ConnectionsPerClient(builder.Configuration.GetValue($"{RequestConcurrency.Section}:MaxConnectionsPerClient", 64));
        builder.Services.AddSingleton(limiter);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Use(limiter.Middleware));
            // A body must keep coming (RequestBodyEdge enforces the rate on the app's clock too, for any server).
            var limits = builder.Configuration.GetSection(RequestConcurrency.Section).Get<BodyLimitOptions>() ?? new BodyLimitOptions();
            if (limits.MinBodyBytesPerSecond > 0)
                kestrel.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(limits.MinBodyBytesPerSecond,
                    TimeSpan.FromSeconds(Math.Max(1, limits.BodyGraceSeconds)));
        });
        return builder;
    }
}
