using System.IO.Compression;
using System.Text;
using global::Parley.Ingest;
using global::Parley.Ingest.Html;

namespace Parley.Tests.Ingest.Html;

public class HtmlReaderTests
{
    // Paragraphs written for these tests in the style of wire coverage.
    internal const string P1 = "Delegations from both governments met in Geneva on Tuesday for a third round of talks on a prisoner exchange, officials said.";
    internal const string P2 = "The foreign ministry spokeswoman told reporters that the sides had agreed on a list of names, but that the timing was still open.";
    internal const string P3 = "Mediators from two neutral countries have shuttled between the capitals since the spring, according to a diplomat familiar with the process.";
    internal const string P4 = "A previous exchange in March collapsed after one side accused the other of adding soldiers to the list at the last minute.";
    internal const string H2 = "What the agreement covers";

    private static RawArticle ReadOne(string html, string name = "page.html")
    {
        var item = new HtmlReader().Read(name, Encoding.UTF8.GetBytes(html)).Single();
        Assert.Null(item.Failure);
        return item.Article!;
    }

    private static string[] Lines(RawArticle a) => a.Text.Split('\n');

    internal static string NewsPage(string extraHead = "") => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Talks on prisoner swap resume in Geneva | The Daily Ledger</title>
        <meta property="og:site_name" content="The Daily Ledger">
        {{extraHead}}
        <script>var tracking = "Subscribe now to read everything";</script>
        <style>.x { color: red }</style>
        </head><body>
        <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
          <li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li></ul></nav></header>
        <div class="layout">
          <main>
            <article>
              <h1>Talks on prisoner swap resume in Geneva</h1>
              <div class="byline">By Jane Roe</div>
              <p>{{P1}}</p>
              <p>{{P2}}</p>
              <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
              <h2>{{H2}}</h2>
              <p>{{P3}}</p>
              <figure><img src="a.jpg"><figcaption>Delegates arrive at the venue. Photo: Agency staff</figcaption></figure>
              <p>{{P4}}</p>
              <div class="newsletter-signup"><p>Get the morning briefing in your inbox every weekday, free of charge and with no adverts at all.</p>
                <form><input type="email"><button>Sign up</button></form></div>
            </article>
            <section id="comments" class="comments-area">
              <h3>12 comments</h3>
              <div class="comment"><p>I have been saying for months that these talks would go nowhere, and here we are again with the same promises.</p></div>
              <div class="comment"><p>Nobody in my town believes a word of it anymore, and frankly the coverage of the negotiations has been poor.</p></div>
            </section>
          </main>
          <aside class="sidebar related-stories">
            <h3>Related stories</h3>
            <ul>
              <li><a href="/a">Ceasefire holds for a second week along the northern front line</a></li>
              <li><a href="/b">Parliament votes to extend emergency powers until the end of the year</a></li>
              <li><a href="/c">Grain shipments resume from the southern ports after a two-month pause</a></li>
            </ul>
          </aside>
        </div>
        <footer><p>Copyright 2024 The Daily Ledger. All rights reserved. Terms of use and privacy policy apply to this site.</p></footer>
        </body></html>
        """;

    [Fact]
    public void KeepsTheArticleParagraphsAndDropsNavigationCommentsNewsletterAndRelatedStories()
    {
        var a = ReadOne(NewsPage());
        Assert.Equal([P1, P2, H2, P3, P4], Lines(a));
        Assert.Equal(new HashSet<int> { 2 }, a.HeadingLines);
        Assert.Equal("html", a.Format);
    }

    [Fact]
    public void TitleComesFromThePageWithoutTheSiteName()
    {
        var a = ReadOne(NewsPage());
        Assert.Equal("Talks on prisoner swap resume in Geneva", a.Title);
        Assert.Equal("The Daily Ledger", a.Outlet);
        Assert.True(a.TitleGiven);
    }

    [Fact]
    public void BylineIsReadFromTheLineAboveTheText()
    {
        Assert.Equal("By Jane Roe", ReadOne(NewsPage()).Byline);
    }

    [Fact]
    public void FindsTheTextInAPageWithoutArticleOrMainElements()
    {
        var html = $$"""
            <html><head><title>Ministers agree on grain corridor - Harbour Times</title></head><body>
            <div id="top"><a href="/">Harbour Times</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></div>
            <div class="c1">
              <div class="c2"><span>Monday 4 March 2024</span></div>
              <div class="c3">
                <div>{{P1}}</div>
                <div>{{P2}}</div>
                <div>{{P3}}</div>
              </div>
              <div class="c4"><a href="/x">Most read: Storm closes the coastal road for a second day running</a></div>
            </div>
            <div class="c5"><a href="/p">Privacy</a> | <a href="/t">Terms</a> | <a href="/c">Contact us</a></div>
            </body></html>
            """;
        var a = ReadOne(html);
        Assert.Equal([P1, P2, P3], Lines(a));
        Assert.Equal("Ministers agree on grain corridor", a.Title);
    }

    [Fact]
    public void ArticleSplitAcrossBoxesBetweenAdsIsReadWhole()
    {
        var html = $$"""
            <html><body><div class="story">
              <div class="text-block"><p>{{P1}}</p><p>{{P2}}</p></div>
              <div class="ad-slot"><p>Advertisement</p></div>
              <div class="text-block"><p>{{P3}}</p><p>{{P4}}</p></div>
            </div>
            <div class="teasers"><div class="card"><h3><a href="/1">Another story entirely about the weather</a></h3>
            <p>A short summary of a different story that has nothing to do with this article at all, really.</p></div></div>
            </body></html>
            """;
        Assert.Equal([P1, P2, P3, P4], Lines(ReadOne(html)));
    }

    [Fact]
    public void JsonLdStatesTitleAuthorsPublisherAndDateInsideAGraph()
    {
        const string jsonLd = """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"https://example.org/#org","name":"Northern Courier"},
              {"@type":"WebPage","@id":"https://example.org/a#page","name":"Page name that is not the headline"},
              {"@type":["NewsArticle"],"headline":"Exchange of prisoners agreed after months of talks",
               "alternativeHeadline":"Both sides confirm the list of names",
               "datePublished":"2024-03-05T18:40:00+02:00","dateModified":"2024-03-06T09:00:00+02:00",
               "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"Ivan Petrov"}],
               "publisher":{"@id":"https://example.org/#org"}}
            ]}
            </script>
            """;
        var a = ReadOne(NewsPage(jsonLd));
        Assert.Equal("Exchange of prisoners agreed after months of talks", a.Title);
        Assert.Equal("Both sides confirm the list of names", a.Subtitle);
        Assert.Equal("Jane Roe, Ivan Petrov", a.Byline);
        Assert.Equal("2024-03-05", a.Published);
        Assert.Equal("metadata", a.PublishedMethod);
        Assert.Contains("JSON-LD NewsArticle.datePublished", a.PublishedEvidence);
        // og:site_name is read after JSON-LD: the publisher named in JSON-LD wins.
        Assert.Equal("Northern Courier", a.Outlet);
    }

    [Fact]
    public void JsonLdAuthorMayBeAPlainString()
    {
        var a = ReadOne(NewsPage("""<script type="application/ld+json">{"@type":"Article","headline":"Short headline here","author":"Maria Lopez","datePublished":"2023-11-30"}</script>"""));
        Assert.Equal("Maria Lopez", a.Byline);
        Assert.Equal("2023-11-30", a.Published);
    }

    [Fact]
    public void JsonLdEntitiesAreDecodedAndPlaceholderDatesSkipped()
    {
        var a = ReadOne(NewsPage("""
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Minister says talks &#8216;constructive&#8217; &amp; useful","datePublished":"0001-01-01T00:00:00Z"}</script>
            <meta property="article:published_time" content="2024-03-05T10:00:00Z">
            """));
        Assert.Equal("Minister says talks ‘constructive’ & useful", a.Title);
        Assert.Equal("2024-03-05", a.Published);
        Assert.Contains("article:published_time", a.PublishedEvidence);
    }

    [Fact]
    public void WithoutMetadataTheDateIsTakenFromTheBylineLineAndTheBylineEndsBeforeIt()
    {
        var html = NewsPage().Replace("<div class=\"byline\">By Jane Roe</div>", "<div class=\"byline\">By Jane Roe on Monday, March 4th, 2024 at 10:15 a.m.</div>");
        var a = ReadOne(html);
        Assert.Equal("By Jane Roe", a.Byline);
        Assert.Equal("2024-03-04", a.Published);
        Assert.Equal("printed", a.PublishedMethod);
        Assert.StartsWith("line above the article:", a.PublishedEvidence);
    }

    [Fact]
    public void OpenGraphPublishedTimeIsTheDateWhenThereIsNoJsonLd()
    {
        var a = ReadOne(NewsPage("""<meta property="article:published_time" content="2024-02-29T23:10:00Z">"""));
        Assert.Equal("2024-02-29", a.Published);
        Assert.Contains("article:published_time", a.PublishedEvidence);
    }

    [Fact]
    public void TimeElementGivesTheDateWhenNoMetaTagDoes()
    {
        var html = NewsPage().Replace("<div class=\"byline\">By Jane Roe</div>", "<div class=\"byline\">By Jane Roe <time datetime=\"2024-01-15T08:00:00Z\">15 January</time></div>");
        var a = ReadOne(html);
        Assert.Equal("2024-01-15", a.Published);
        Assert.Contains("<time datetime>", a.PublishedEvidence);
    }

    [Fact]
    public void TruncatedAndMalformedMarkupStillYieldsTheParagraphs()
    {
        var page = NewsPage();
        // Cut in the middle of the comments section, with tags left open and a stray closing tag in the article.
        var html = page[..page.IndexOf("Nobody in my town", StringComparison.Ordinal)].Replace("<h2>", "</span></div><h2>") + "<div class=\"x\"><p>unfinished";
        var a = ReadOne(html);
        Assert.Contains(P1, Lines(a));
        Assert.Contains(P4, Lines(a));
        Assert.DoesNotContain(Lines(a), l => l.Contains("these talks would go nowhere"));
    }

    [Fact]
    public void AGzippedPageIsReadFromAFolder()
    {
        var dir = Directory.CreateTempSubdirectory("parley-html-");
        try
        {
            var path = Path.Combine(dir.FullName, "story.html.gz");
            using (var fs = File.Create(path))
            using (var gz = new GZipStream(fs, CompressionLevel.Fastest))
                gz.Write(Encoding.UTF8.GetBytes(NewsPage()));
            var items = new InputExpander().Expand([dir.FullName]).ToList();
            var a = Assert.Single(items).Article;
            Assert.NotNull(a);
            Assert.Equal([P1, P2, H2, P3, P4], Lines(a));
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void AGzipThatInflatesPastTheCapFailsWithTheLimitNamed()
    {
        // 50 MB of spaces compresses to a few tens of KB: the reader must stop at 10 MB, not inflate it all.
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes("<html><body><p>"));
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)' ');
            for (int i = 0; i < 50; i++) gz.Write(chunk);
        }
        var item = new HtmlReader().Read("big.html.gz", ms.ToArray()).Single();
        Assert.NotNull(item.Failure);
        Assert.Contains("over the 10 MB limit", item.Failure!.Reason);
    }

    [Fact]
    public void APageOfEndlesslyNestedUnclosedElementsIsRefusedBeforeParsing()
    {
        // Tree building is quadratic in nesting depth: 100,000 unclosed sections would take hours to parse.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<section class='c'><aside>", 100_000)) + "<p>" + P1 + "</p>";
        var item = new HtmlReader().Read("deep.html", Encoding.UTF8.GetBytes(html)).Single();
        Assert.Equal("page nests elements 200000 deep (over 2500); not parsed", item.Failure?.Reason);
    }

    [Fact]
    public void OrdinaryNestingAndUnclosedParagraphsAreNotCountedAsDeep()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200)) + string.Concat(Enumerable.Repeat("<p>" + P1 + "<br><li>item", 5000));
        Assert.True(NestingGuard.MaxDepth(html) < 300);
    }

    [Fact]
    public void FurnitureSpansInsideASentenceDoNotBreakTheLine()
    {
        var html = $$"""
            <html><body><article>
            <p>The talks resumed on Tuesday <span class="share-inline">Share this</span>after a pause of two weeks, <span class="hidden-mobile">officials in both capitals</span> said on Wednesday evening.</p>
            <p>{{P2}}</p><p>{{P3}}</p>
            </article></body></html>
            """;
        var lines = Lines(ReadOne(html));
        Assert.Equal("The talks resumed on Tuesday after a pause of two weeks, officials in both capitals said on Wednesday evening.", lines[0]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void APageWithNoTextFailsWithAReason()
    {
        var item = new HtmlReader().Read("empty.html", Encoding.UTF8.GetBytes("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>")).Single();
        Assert.Equal("no article text found in the page", item.Failure?.Reason);
    }

    [Fact]
    public void HtmlIsSniffedOnStandardInputAndTextFilesStillReadAsText()
    {
        var stdin = new InputExpander(stdin: () => new MemoryStream(Encoding.UTF8.GetBytes(NewsPage()))).Expand(["-"]).Single();
        Assert.Equal("html", stdin.Article?.Format);

        var file = Path.GetTempFileName() + ".txt";
        File.WriteAllText(file, "Title line\n" + P1 + "\n");
        try { Assert.Equal("text", new InputExpander().Expand([file]).Single().Article?.Format); }
        finally { File.Delete(file); }
    }

    [Fact]
    public void TheSiteSuffixIsStrippedOnlyWhenItLooksLikeOne()
    {
        Assert.Equal("Exchange agreed after talks", TitleCleaner.StripSiteName("Exchange agreed after talks | Northern Courier", "Northern Courier"));
        Assert.Equal("Exchange agreed after long talks in Geneva", TitleCleaner.StripSiteName("Exchange agreed after long talks in Geneva - World - Courier", null));
        Assert.Equal("Courier staff strike - the inside story", TitleCleaner.StripSiteName("Courier staff strike - the inside story", "Courier"));
    }
}
