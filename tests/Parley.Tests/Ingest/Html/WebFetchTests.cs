using System.Net;
using System.Text;
using Parley.Ingest;
using Parley.Ingest.Web;

namespace Parley.Tests.Ingest.Html;

/// <summary>Fetching through a server on 127.0.0.1 run by the test (loopback only, bounded requests).</summary>
public class WebFetchTests
{
    private static readonly IngestOptions Private = new() { AllowPrivate = true, Timeout = TimeSpan.FromSeconds(20) };

    private static LocalServer Serve() => new(path => path switch
    {
        "/story" => LocalServer.Text("text/html; charset=utf-8", HtmlReaderTests.NewsPage()),
        "/moved" => LocalServer.Redirect("/story"),
        "/koi8" => LocalServer.Bytes("text/html; charset=koi8-r", Koi8Page()),
        "/feed" => LocalServer.Text("application/rss+xml", FeedReaderTests.Rss()),
        "/huge" => new LocalServer.Reply(200, "text/html", WriteFiftyMegabytes),
        "/image" => LocalServer.Bytes("image/png", [0x89, 0x50, 0x4E, 0x47]),
        "/missing" => LocalServer.Text("text/plain", "no", 404),
        _ when path.StartsWith("/loop") => LocalServer.Redirect($"/loop{path.Length}"),
        _ => LocalServer.Text("text/plain", "?", 404),
    });

    private static byte[] Koi8Page()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // The page declares nothing: the HTTP header's charset decides.
        return Encoding.GetEncoding("koi8-r").GetBytes(
            "<html><body><article><p>Переговоры о прекращении огня возобновятся в понедельник, сообщил официальный представитель министерства.</p></article></body></html>");
    }

    // 50 MB of paragraphs, written in chunks as the client reads; the fetcher must hang up at 10 MB.
    private static async Task WriteFiftyMegabytes(Stream s)
    {
        var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>Filler paragraph of a very long page that never ends.</p>\n", 1000)));
        long written = 0;
        await s.WriteAsync(Encoding.ASCII.GetBytes("<html><body>"));
        while (written < 50L * 1024 * 1024) { await s.WriteAsync(chunk); written += chunk.Length; }
    }

    [Fact]
    public void APageOnTheLocalServerIsFetchedAndReadWithAllowPrivate()
    {
        using var server = Serve();
        using var expander = new InputExpander(options: Private);
        var item = expander.Expand([server.Url("/story")]).Single();
        Assert.Null(item.Failure);
        Assert.Equal("html", item.Article!.Format);
        Assert.Equal(server.Url("/story"), item.Article.Url);
        Assert.StartsWith(HtmlReaderTests.P1, item.Article.Text);
    }

    [Fact]
    public void LoopbackIsRefusedWithoutAllowPrivateAndNothingIsRequested()
    {
        using var server = Serve();
        using var expander = new InputExpander();
        var failure = expander.Expand([server.Url("/story")]).Single().Failure;
        Assert.NotNull(failure);
        Assert.Contains("loopback", failure!.Reason);
        Assert.Contains("--allow-private", failure.Reason);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public void LocalhostByNameIsRefusedToo()
    {
        using var server = Serve();
        var url = server.Url("/story").Replace("127.0.0.1", "localhost");
        using var fetcher = new WebFetcher();
        var r = fetcher.Fetch(url);
        Assert.False(r.Ok);
        Assert.Contains("loopback", r.Error);
    }

    [Fact]
    public void ARedirectIsFollowedAndTheFinalUrlKept()
    {
        using var server = Serve();
        using var fetcher = new WebFetcher(Private);
        var r = fetcher.Fetch(server.Url("/moved"));
        Assert.True(r.Ok, r.Error);
        Assert.Equal(server.Url("/story"), r.FinalUrl);
    }

    [Fact]
    public void RedirectsStopAfterFive()
    {
        using var server = Serve();
        using var fetcher = new WebFetcher(Private);
        var r = fetcher.Fetch(server.Url("/loop"));
        Assert.Equal("more than 5 redirects", r.Error);
        Assert.Equal(6, server.Requests);
    }

    [Fact]
    public void AFiftyMegabyteResponseIsCutOffAtTheCap()
    {
        using var server = Serve();
        using var expander = new InputExpander(options: Private);
        var failure = expander.Expand([server.Url("/huge")]).Single().Failure;
        Assert.NotNull(failure);
        Assert.Equal("response is over the 10 MB limit", failure!.Reason);
    }

    [Fact]
    public void TheHttpCharsetDecodesAPageThatDeclaresNone()
    {
        using var server = Serve();
        using var expander = new InputExpander(options: Private);
        var a = expander.Expand([server.Url("/koi8")]).Single().Article!;
        Assert.StartsWith("Переговоры о прекращении огня", a.Text);
        Assert.Contains("HTTP Content-Type", a.Charset);
    }

    [Fact]
    public void AFeedUrlBecomesOneDocumentPerItem()
    {
        using var server = Serve();
        using var expander = new InputExpander(options: Private);
        var items = expander.Expand([server.Url("/feed")]).ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal("feed", i.Article?.Format));
    }

    [Fact]
    public void FeedItemLinksAreFetchedWhenAllowed()
    {
        using var server = Serve();
        var xml = FeedReaderTests.Rss(link1: server.Url("/story"));
        var path = Path.GetTempFileName() + ".rss";
        File.WriteAllText(path, xml);
        try
        {
            using var expander = new InputExpander(options: Private with { FollowFeedLinks = true });
            var items = expander.Expand([path]).ToList();
            var first = items[0].Article!;
            // The linked page's text, not the item's summary; the page's own title.
            Assert.StartsWith(HtmlReaderTests.P1, first.Text);
            Assert.Equal("Talks on prisoner swap resume in Geneva", first.Title);
            Assert.Equal("2024-03-05", first.Published);
            // The second item's link is not served here: the item's own text stands in.
            Assert.NotNull(items[1].Article);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void ErrorsAreReportedPlainly()
    {
        using var server = Serve();
        using var fetcher = new WebFetcher(Private);
        Assert.Equal("HTTP 404 Other", fetcher.Fetch(server.Url("/missing")).Error);
        Assert.Equal("not a page or feed (content type image/png)", fetcher.Fetch(server.Url("/image")).Error);
        Assert.Equal("not an http or https URL", fetcher.Fetch("ftp://example.org/x").Error);
    }

    [Fact]
    public void NoFetchOptionTurnsUrlsIntoFailures()
    {
        using var expander = new InputExpander(options: new IngestOptions { AllowFetch = false });
        Assert.Equal("fetching URLs is turned off", expander.Expand(["https://example.org/a"]).Single().Failure?.Reason);
    }

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("10.1.2.3", "private network")]
    [InlineData("172.20.0.5", "private network")]
    [InlineData("192.168.1.1", "private network")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("100.64.0.1", "shared address space (carrier NAT)")]
    [InlineData("0.0.0.0", "unspecified address")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("::1", "loopback")]
    [InlineData("::", "unspecified address")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fd12:3456::1", "private network (unique local)")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:192.168.0.10", "private network")]
    [InlineData("64:ff9b::a00:1", "private network")]
    [InlineData("2002:c0a8:0101::1", "private network")]
    public void NonPublicAddressesAreNamed(string address, string why)
    {
        Assert.Equal(why, AddressPolicy.WhyNotPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void PublicAddressesPass(string address)
    {
        Assert.Null(AddressPolicy.WhyNotPublic(IPAddress.Parse(address)));
    }
}
