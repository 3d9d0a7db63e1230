using System.Net;
using System.Net.Sockets;

namespace Parley.Ingest.Web;

/// <summary>
/// Which IP addresses a fetch may connect to. Without --allow-private only public unicast addresses pass: a URL given
/// to Parley (or a redirect, or a feed link) must not reach the machine itself or its private network.
/// IPv6 addresses that carry an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4) are judged by that address.
/// </summary>
public static class AddressPolicy
{
    /// <summary>Null when the address is public; else why it is refused ("loopback", "private network", ...).</summary>
    public static string? WhyNotPublic(IPAddress ip)
    {
        if (ip.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (ip.IsIPv4MappedToIPv6) return WhyNotPublic(ip.MapToIPv4());
            var b = ip.GetAddressBytes();
            if (IPAddress.IPv6Any.Equals(ip) || IPAddress.IPv6None.Equals(ip)) return "unspecified address";
            if (IPAddress.IPv6Loopback.Equals(ip)) return "loopback";
            if (b[0] == 0xFF) return "multicast";
            if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return "link-local";
            if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0) return "site-local";
            if ((b[0] & 0xFE) == 0xFC) return "private network (unique local)";
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) return "documentation range";
            // ::a.b.c.d (IPv4-compatible, deprecated) and 64:ff9b::a.b.c.d (NAT64) carry an IPv4 address in the last 4 bytes.
            bool compatible = b.Take(12).All(x => x == 0);
            bool nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.Skip(4).Take(8).All(x => x == 0);
            if (compatible || nat64) return WhyNotPublic(new IPAddress(b[12..16]));
            if (b[0] == 0x20 && b[1] == 0x02) return WhyNotPublic(new IPAddress(b[2..6]));   // 6to4
            return null;
        }
        if (ip.AddressFamily != AddressFamily.InterNetwork) return "not an IP address";
        var a = ip.GetAddressBytes();
        return (a[0], a[1], a[2]) switch
        {
            (0, _, _) => "unspecified address",
            (10, _, _) => "private network",
            (100, >= 64 and <= 127, _) => "shared address space (carrier NAT)",
            (127, _, _) => "loopback",
            (169, 254, _) => "link-local",
            (172, >= 16 and <= 31, _) => "private network",
            (192, 0, 0) => "IETF protocol range",
            (192, 0, 2) or (198, 51, 100) or (203, 0, 113) => "documentation range",
            (192, 168, _) => "private network",
            (198, 18 or 19, _) => "benchmarking range",
            ( >= 224 and <= 239, _, _) => "multicast",
            ( >= 240, _, _) => a.All(x => x == 255) ? "broadcast" : "reserved range",
            _ => null,
        };
    }
}
