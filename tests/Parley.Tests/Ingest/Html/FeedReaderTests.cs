using System.Text;
using Parley.Ingest;
using Parley.Ingest.Feeds;

namespace Parley.Tests.Ingest.Html;

public class FeedReaderTests
{
    private const string Item1 = "Negotiators from both sides will meet again next week to finalise the text of the agreement, the mediator said.";
    private const string Item2 = "The defence ministry said air defences shot down eleven drones overnight over the eastern regions.";

    internal static string Rss(string link1 = "https://example.org/news/talks") => $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Northern Courier</title>
          <link>https://example.org/</link>
          <item>
            <title>Talks to resume &amp; mediator upbeat</title>
            <link>{{link1}}</link>
            <guid isPermaLink="false">item-1</guid>
            <dc:creator>Jane Roe</dc:creator>
            <pubDate>Tue, 05 Mar 2024 18:40:00 +0200</pubDate>
            <description>Short teaser only.</description>
            <content:encoded><![CDATA[<p>{{Item1}}</p><p>A second paragraph gives the background of the talks in some detail.</p>]]></content:encoded>
          </item>
          <item>
            <title>Drones downed overnight</title>
            <link>https://example.org/news/drones</link>
            <pubDate>Wed, 06 Mar 2024 07:15:00 GMT</pubDate>
            <description>&lt;p&gt;{{Item2}}&lt;/p&gt;</description>
          </item>
        </channel></rss>
        """;

    private const string Atom = $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Harbour Times</title>
          <entry>
            <title type="html">Drones downed &lt;em&gt;overnight&lt;/em&gt;</title>
            <link rel="self" href="https://example.net/feed/1"/>
            <link rel="alternate" href="https://example.net/2024/03/drones"/>
            <id>urn:uuid:1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed</id>
            <published>2024-03-06T07:15:00Z</published>
            <updated>2024-03-07T10:00:00Z</updated>
            <author><name>Ivan Petrov</name></author>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{{Item2}}</p></div></content>
          </entry>
          <entry>
            <title>Only updated</title>
            <link href="https://example.net/2024/03/other"/>
            <updated>2024-03-08T10:00:00Z</updated>
            <summary type="text">{{Item1}}</summary>
          </entry>
        </feed>
        """;

    private static List<IngestItem> Read(string xml, string name) => new FeedReader().Read(name, Encoding.UTF8.GetBytes(xml)).ToList();

    [Fact]
    public void EachRssItemIsADocumentWithLinkDateTitleAndFullContent()
    {
        var items = Read(Rss(), "news.rss");
        Assert.Equal(2, items.Count);
        var a = items[0].Article!;
        Assert.Equal("feed", a.Format);
        Assert.Equal("https://example.org/news/talks", a.Url);
        Assert.Equal("Talks to resume & mediator upbeat", a.Title);
        Assert.Equal("2024-03-05", a.Published);
        Assert.Equal("metadata", a.PublishedMethod);
        Assert.Contains("pubDate", a.PublishedEvidence);
        Assert.Equal("Jane Roe", a.Byline);
        Assert.Equal("Northern Courier", a.Outlet);
        Assert.Equal("item-1", a.Id);
        // content:encoded is preferred to the description teaser.
        Assert.Equal(Item1, a.Text.Split('\n')[0]);
        Assert.DoesNotContain("Short teaser", a.Text);

        var b = items[1].Article!;
        Assert.Equal(Item2, b.Text);
        Assert.Equal("2024-03-06", b.Published);
    }

    [Fact]
    public void AtomEntriesUseTheAlternateLinkPublishedDateAndXhtmlContent()
    {
        var items = Read(Atom, "feed.atom");
        var a = items[0].Article!;
        Assert.Equal("https://example.net/2024/03/drones", a.Url);
        Assert.Equal("Drones downed overnight", a.Title);
        Assert.Equal("2024-03-06", a.Published);
        Assert.Equal("Ivan Petrov", a.Byline);
        Assert.Equal("Harbour Times", a.Outlet);
        Assert.Equal(Item2, a.Text);

        var b = items[1].Article!;
        Assert.Equal("https://example.net/2024/03/other", b.Url);
        Assert.Equal("2024-03-08", b.Published);
        Assert.Contains("updated", b.PublishedEvidence);
        Assert.Equal(Item1, b.Text);
    }

    [Fact]
    public void AFeedIsSniffedOnStandardInputAndReadByTheExpander()
    {
        var items = new InputExpander(stdin: () => new MemoryStream(Encoding.UTF8.GetBytes(Atom))).Expand(["-"]).ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal("feed", i.Article?.Format));
    }

    [Fact]
    public void BareAmpersandsAreRepairedButBrokenXmlFailsWithTheParserReason()
    {
        var sloppy = Rss().Replace("Talks to resume &amp; mediator", "Talks to resume & mediator");
        Assert.Equal("Talks to resume & mediator upbeat", Read(sloppy, "news.rss")[0].Article?.Title);

        var broken = Rss()[..(Rss().Length / 2)];
        var failure = Assert.Single(Read(broken, "news.rss")).Failure;
        Assert.NotNull(failure);
        Assert.StartsWith("not a readable feed:", failure!.Reason);
    }

    [Fact]
    public void AnItemWithoutTextFailsAloneAndTheOthersAreRead()
    {
        var xml = Rss().Replace($"<description>&lt;p&gt;{Item2}&lt;/p&gt;</description>", "");
        var items = Read(xml, "news.rss");
        Assert.NotNull(items[0].Article);
        Assert.Contains("has no text", items[1].Failure?.Reason);
        Assert.Equal(2, items[1].Failure?.Line);
    }

    [Fact]
    public void Windows1251FeedDeclaredInTheXmlDeclarationIsDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string text = "Переговоры возобновятся в понедельник в Стамбуле, сообщил представитель министерства.";
        var xml = $"""<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Вести</title><item><title>Переговоры</title><description>{text}</description></item></channel></rss>""";
        var item = new FeedReader().Read("ru.xml", Encoding.GetEncoding(1251).GetBytes(xml)).Single();
        Assert.Equal(text, item.Article?.Text);
        Assert.Equal("Вести", item.Article?.Outlet);
    }
}
