using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Parley.Ingest.Web;

/// <summary>A fetched body, or why there is none. <see cref="FinalUrl"/> is where the redirects ended.</summary>
public sealed record FetchResult(string Url, string? FinalUrl, byte[]? Body, string? MediaType, string? Charset, string? Error)
{
    public bool Ok => Error == null;
}

/// <summary>
/// Fetches one URL politely and safely: http(s) only, a User-Agent naming Parley, gzip/deflate/brotli decompression,
/// connect and total timeouts, a size cap enforced while streaming (the body is never held past the cap), at most
/// <see cref="IngestOptions.MaxRedirects"/> redirects with every target checked again, and, unless allowed, no connection
/// to a non-public address: the check runs on the resolved addresses at connect time, so a name that resolves to a
/// private address (or changes between checks) is refused too.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly IngestOptions _options;
    private readonly HttpClient _client;

    public WebFetcher(IngestOptions? options = null)
    {
        _options = options ?? IngestOptions.Default;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectTimeout = _options.ConnectTimeout,
            UseCookies = false,
            UseProxy = false,
            MaxResponseHeadersLength = 64,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public void Dispose() => _client.Dispose();

    public static bool IsUrl(string s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public FetchResult Fetch(string url, CancellationToken ct = default) => FetchAsync(url, ct).GetAwaiter().GetResult();

    public async Task<FetchResult> FetchAsync(string url, CancellationToken ct = default)
    {
        FetchResult Fail(string why, string? final = null) => new(url, final, null, null, null, why);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return Fail("not an http or https URL");

        using var total = CancellationTokenSource.CreateLinkedTokenSource(ct);
        total.CancelAfter(_options.Timeout);
        try
        {
            for (int redirects = 0; ; redirects++)
            {
                if (CheckLiteralHost(uri) is { } refused) return Fail(refused, uri.ToString());
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.UserAgent.ParseAdd(_options.UserAgent);
                request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/*;q=0.8");
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, total.Token);

                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (redirects >= _options.MaxRedirects) return Fail($"more than {_options.MaxRedirects} redirects", uri.ToString());
                    var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    if (next.Scheme is not ("http" or "https")) return Fail($"redirect to a non-http URL ({next.Scheme}:)", uri.ToString());
                    uri = next;
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                    return Fail($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd(), uri.ToString());

                var type = response.Content.Headers.ContentType;
                if (type?.MediaType is { } media && !IsTextual(media))
                    return Fail($"not a page or feed (content type {media})", uri.ToString());
                if (response.Content.Headers.ContentLength is long declared && declared > _options.MaxBytes)
                    return Fail(OverCap(declared), uri.ToString());

                await using var stream = await response.Content.ReadAsStreamAsync(total.Token);
                using var ms = new MemoryStream();
                var buffer = new byte[81920];
                int n;
                while ((n = await stream.ReadAsync(buffer, total.Token)) > 0)
                {
                    ms.Write(buffer, 0, n);
                    if (ms.Length > _options.MaxBytes) return Fail(OverCap(null), uri.ToString());
                }
                if (ms.Length == 0) return Fail("empty response", uri.ToString());
                return new FetchResult(url, uri.ToString(), ms.ToArray(), type?.MediaType, Charset(type), null);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Fail($"timed out after {_options.Timeout.TotalSeconds:0} s", uri.ToString());
        }
        catch (HttpRequestException e)
        {
            // Our own refusal from the connect callback travels inside the HTTP exception.
            var refusal = FindRefusal(e);
            return Fail(refusal ?? $"cannot fetch: {Flatten(e)}", uri.ToString());
        }
    }

    private string OverCap(long? size) =>
        (size is long s ? $"response is {s / (1024.0 * 1024):0.0} MB, " : "response is ") + $"over the {_options.MaxBytes / (1024 * 1024)} MB limit";

    private static bool IsTextual(string media) =>
        media.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || media.Contains("xml", StringComparison.OrdinalIgnoreCase)
        || media.Contains("html", StringComparison.OrdinalIgnoreCase) || media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || media.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase);

    private static string? Charset(MediaTypeHeaderValue? type)
    {
        var cs = type?.CharSet?.Trim('"', '\'', ' ');
        return string.IsNullOrEmpty(cs) ? null : cs;
    }

    /// <summary>A URL whose host is an IP literal can be refused before any connection, with a plain message.</summary>
    private string? CheckLiteralHost(Uri uri)
    {
        if (_options.AllowPrivate) return null;
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IPAddress.TryParse(uri.DnsSafeHost, out var ip)
            && AddressPolicy.WhyNotPublic(ip) is { } why)
            return Refusal(uri.Host, ip, why);
        if (uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return $"refused: {uri.Host} is this machine (loopback); pass --allow-private to fetch it";
        return null;
    }

    private static string Refusal(string host, IPAddress ip, string why) =>
        $"refused: {host} resolves to {ip} ({why}); pass --allow-private to fetch it";

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        IPAddress[] addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (addresses.Length == 0) throw new HttpRequestException($"{host} has no address");
        if (!_options.AllowPrivate)
            foreach (var ip in addresses)
                if (AddressPolicy.WhyNotPublic(ip) is { } why) throw new AddressRefusedException(Refusal(host, ip, why));

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static string? FindRefusal(Exception e)
    {
        for (Exception? x = e; x != null; x = x.InnerException)
            if (x is AddressRefusedException r) return r.Message;
        return null;
    }

    private static string Flatten(Exception e)
    {
        var inner = e;
        while (inner.InnerException != null) inner = inner.InnerException;
        return inner == e ? e.Message : $"{e.Message} ({inner.Message})";
    }

    private sealed class AddressRefusedException(string message) : Exception(message);
}
