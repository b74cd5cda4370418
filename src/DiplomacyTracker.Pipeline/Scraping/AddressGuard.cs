using System.Net;
using System.Net.Sockets;

namespace DiplomacyTracker.Scraping;

/// <summary>
/// The SSRF guard: decides on the RESOLVED address (at connect time, so DNS tricks don't pass) whether the
/// scraper may talk to it. Private, loopback, link-local, unique-local, multicast, 0.0.0.0/8 and CGNAT are refused.
/// </summary>
public static class AddressGuard
{
    /// <summary>True when <paramref name="address"/> is not a public unicast address.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] == 0                                   // 0.0.0.0/8 "this network"
                || b[0] == 10                                  // 10/8
                || b[0] == 127                                 // loopback
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)  // 100.64/10 CGNAT
                || (b[0] == 169 && b[1] == 254)                // link-local (cloud metadata lives here)
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)   // 172.16/12
                || (b[0] == 192 && b[1] == 168)                // 192.168/16
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)     // 192.0.0/24 protocol assignments
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19)) // benchmarking
                || b[0] >= 224;                                // multicast, reserved, broadcast
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (IPAddress.IPv6Loopback.Equals(address) || IPAddress.IPv6None.Equals(address)) return true;
            var b = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC                       // fc00::/7 unique-local
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) // documentation
                || (b[0] == 0x00 && b.Take(10).All(x => x == 0) && b[10] == 0 && b[11] == 0); // ::/96 IPv4-compatible
        }
        return true;
    }

    /// <summary>A <see cref="System.Net.Http.SocketsHttpHandler.ConnectCallback"/> that resolves the host itself and
    /// connects only to addresses the guard accepts (unless <paramref name="allowPrivate"/>).</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectCallback(bool allowPrivate) =>
        async (context, ct) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host, out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false);
            var allowed = allowPrivate ? addresses : addresses.Where(a => !IsPrivate(a)).ToArray();
            if (allowed.Length == 0)
                throw new AddressRefusedException(addresses.Length == 0
                    ? $"refused: {host} does not resolve"
                    : $"refused: {host} resolves to a private address ({addresses[0]})");

            Exception? last = null;
            foreach (var address in allowed)
            {
                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), ct).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch (Exception ex) when (ex is SocketException or OperationCanceledException)
                {
                    socket.Dispose();
                    last = ex;
                    if (ex is OperationCanceledException) throw;
                }
            }
            throw last!;
        };
}

/// <summary>Thrown from the connect callback when every address of a host is refused by the SSRF guard.</summary>
public sealed class AddressRefusedException(string message) : IOException(message);
