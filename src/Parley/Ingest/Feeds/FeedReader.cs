using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Parley.Ingest.Html;
using Parley.Ingest.Web;
using Parley.Text;

namespace Parley.Ingest.Feeds;

/// <summary>
/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds (.rss, .atom, .xml, or sniffed): every item becomes one document. The item's
/// link is its URL, pubDate/published/updated its date, title its title, and its body is the text of content:encoded,
/// content, description or summary (HTML read through the same block renderer as pages). With
/// <see cref="IngestOptions.FollowFeedLinks"/> the linked page is fetched and read instead; the item's own fields fill what
/// the page does not state, and the item's text stands in when the page cannot be fetched.
/// </summary>
public sealed partial class FeedReader(IngestOptions? options = null, WebFetcher? fetcher = null) : IInputReader
{
    private readonly IngestOptions _options = options ?? IngestOptions.Default;

    public string Format => "feed";

    public bool Accepts(string lowerName, ReadOnlySpan<byte> head)
    {
        if (lowerName.EndsWith(".rss") || lowerName.EndsWith(".atom") || lowerName.EndsWith(".xml") || lowerName.EndsWith(".rss.gz")
            || lowerName.EndsWith(".xml.gz")) return true;
        if (lowerName.Contains('.') && !lowerName.EndsWith(".feed")) return false;
        return LooksLikeFeed(head);
    }

    /// <summary>The root element (after the XML declaration, comments and processing instructions) is rss, feed or rdf:RDF.</summary>
    public static bool LooksLikeFeed(ReadOnlySpan<byte> head)
    {
        var s = Encoding.Latin1.GetString(head[..Math.Min(head.Length, 2048)]);
        int i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && (char.IsWhiteSpace(s[i]) || s[i] is '\uFEFF' or 'ï' or '»' or '¿')) i++;
            if (i >= s.Length || s[i] != '<') return false;
            if (string.CompareOrdinal(s, i, "<?", 0, 2) == 0 || string.CompareOrdinal(s, i, "<!", 0, 2) == 0)
            {
                int end = s.IndexOf('>', i);
                if (end < 0) return false;
                i = end + 1;
                continue;
            }
            var rest = s.AsSpan(i + 1);
            return rest.StartsWith("rss") || rest.StartsWith("feed") || rest.StartsWith("rdf:RDF") || rest.StartsWith("RDF");
        }
        return false;
    }

    public IEnumerable<IngestItem> Read(string path, byte[] bytes) => ReadFeed(path, bytes, null);

    public IEnumerable<IngestItem> ReadFeed(string path, byte[] bytes, string? httpCharset)
    {
        if (Gzip.IsGzip(bytes))
        {
            var raw = Gzip.Decompress(bytes, InputDecoder.MaxBytes, out var gzReason);
            if (raw == null) return [Fail(path, gzReason!)];
            bytes = raw;
        }
        var decoded = CharsetDetector.Decode(bytes, httpCharset, out var reason);
        if (decoded == null) return [Fail(path, reason!)];
        var doc = Parse(decoded.Text, out var error);
        if (doc?.Root == null) return [Fail(path, $"not a readable feed: {error}")];
        var root = doc.Root;
        return root.Name.LocalName switch
        {
            "rss" => ReadItems(path, root.Element("channel") ?? root, root.Element("channel")?.Elements().Where(e => e.Name.LocalName == "item") ?? [], decoded),
            "RDF" => ReadItems(path, root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root,
                               root.Elements().Where(e => e.Name.LocalName == "item"), decoded),
            "feed" => ReadItems(path, root, root.Elements().Where(e => e.Name.LocalName == "entry"), decoded),
            _ => [Fail(path, $"not an RSS or Atom feed (root element <{root.Name.LocalName}>)")],
        };
    }

    /// <summary>
    /// Parses without DTDs or external entities. Feeds in the wild often carry bare ampersands and control characters;
    /// one repair pass escapes those, and a feed still broken after it fails with the parser's line and position.
    /// </summary>
    private static XDocument? Parse(string xml, out string? error)
    {
        error = null;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1_000_000, CheckCharacters = false,
        };
        for (int attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                using var reader = XmlReader.Create(new StringReader(xml), settings);
                return XDocument.Load(reader);
            }
            catch (XmlException e)
            {
                error = e.Message;
                if (attempt == 0) xml = Repair(xml);
            }
        }
        return null;
    }

    [GeneratedRegex(@"&(?!(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});)", RegexOptions.CultureInvariant)]
    private static partial Regex BareAmpersand();

    private static string Repair(string xml)
    {
        var sb = new StringBuilder(xml.Length);
        foreach (var c in xml)
            if (c >= 0x20 || c is '\n' or '\r' or '\t') sb.Append(c);
        // HTML entity names are not XML: turn the common ones into characters first.
        var text = sb.ToString().Replace("&nbsp;", "\u00A0").Replace("&mdash;", "—").Replace("&ndash;", "–").Replace("&hellip;", "…")
            .Replace("&rsquo;", "’").Replace("&lsquo;", "‘").Replace("&rdquo;", "”").Replace("&ldquo;", "“");
        return BareAmpersand().Replace(text, "&amp;");
    }

    private IEnumerable<IngestItem> ReadItems(string path, XElement channel, IEnumerable<XElement> items, DecodedText decoded)
    {
        var outlet = TextOf(Child(channel, "title"));
        var list = items.ToList();
        if (list.Count == 0) { yield return Fail(path, "feed has no items"); yield break; }
        int n = 0;
        foreach (var item in list)
        {
            n++;
            yield return ReadItem(path, n, item, string.IsNullOrWhiteSpace(outlet) ? null : outlet, decoded);
        }
    }

    private IngestItem ReadItem(string path, int index, XElement item, string? outlet, DecodedText decoded)
    {
        var title = TextOf(Child(item, "title"));
        var link = LinkOf(item);
        var id = Child(item, "guid")?.Value.Trim() ?? Child(item, "id")?.Value.Trim();
        var author = Child(item, "creator")?.Value.Trim() ?? Child(Child(item, "author"), "name")?.Value.Trim() ?? Child(item, "author")?.Value.Trim();
        var (dateRaw, dateField) = DateOf(item);
        var published = dateRaw != null ? DateParsing.ToIsoDate(dateRaw) : null;

        // The fullest body the item carries: content:encoded / content first, then description / summary.
        var bodyElement = item.Elements().FirstOrDefault(e => e.Name.LocalName == "encoded")
                          ?? Child(item, "content") ?? Child(item, "description") ?? Child(item, "summary");
        var lines = bodyElement != null ? BodyLines(bodyElement) : [];

        if (_options.FollowFeedLinks && _options.AllowFetch && fetcher != null && link != null && WebFetcher.IsUrl(link))
        {
            var page = fetcher.Fetch(link);
            if (page.Ok)
            {
                var result = new HtmlReader().ReadPage(link, page.Body!, page.Charset, page.FinalUrl ?? link);
                if (result.Article is { } a)
                {
                    return new IngestItem(new RawArticle
                    {
                        Path = path, Line = index, Url = page.FinalUrl ?? link, Format = "feed", Text = a.Text, HeadingLines = a.HeadingLines,
                        Id = id, Title = a.Title ?? title, Subtitle = a.Subtitle, Byline = a.Byline ?? author, Outlet = a.Outlet ?? outlet,
                        Published = a.Published ?? published,
                        PublishedEvidence = a.Published != null ? a.PublishedEvidence : FeedEvidence(dateField, dateRaw),
                        Charset = a.Charset,
                    }, null);
                }
            }
            if (lines.Count == 0)
                return Fail(path, $"feed item {index}: no text in the item and its page failed: {(page.Ok ? "no article text" : page.Error)}", index);
        }

        if (lines.Count == 0) return Fail(path, $"feed item {index}{(title != null ? $" (\"{Short(title)}\")" : "")} has no text", index);
        return new IngestItem(new RawArticle
        {
            Path = path, Line = index, Url = link, Format = "feed", Text = string.Join('\n', lines), Id = id,
            Title = string.IsNullOrWhiteSpace(title) ? null : title, Byline = string.IsNullOrWhiteSpace(author) ? null : author,
            Outlet = outlet, Published = published, PublishedMethod = "metadata", PublishedEvidence = published != null ? FeedEvidence(dateField, dateRaw) : null,
            Charset = decoded.ToString(),
        }, null);
    }

    private static string? FeedEvidence(string? field, string? raw) => raw == null ? null : $"feed {field}: {Short(raw)}";

    private static XElement? Child(XElement? e, string localName) => e?.Elements().FirstOrDefault(x => x.Name.LocalName == localName);

    /// <summary>RSS pubDate or dc:date, Atom published, then updated (when nothing else is stated).</summary>
    private static (string? Raw, string? Field) DateOf(XElement item)
    {
        foreach (var name in new[] { "pubDate", "published", "issued", "date", "created", "updated", "modified" })
            if (Child(item, name)?.Value.Trim() is { Length: > 0 } v) return (v, name);
        return (null, null);
    }

    /// <summary>RSS &lt;link&gt;text&lt;/link&gt;, or Atom &lt;link rel="alternate" href&gt; (a link with no rel is alternate), or a permalink guid.</summary>
    private static string? LinkOf(XElement item)
    {
        foreach (var l in item.Elements().Where(e => e.Name.LocalName == "link"))
        {
            var href = l.Attribute("href")?.Value;
            if (href != null)
            {
                var rel = l.Attribute("rel")?.Value;
                if (rel == null || rel == "alternate") return href.Trim();
                continue;
            }
            if (l.Value.Trim() is { Length: > 0 } text) return text;
        }
        var guid = Child(item, "guid");
        if (guid != null && guid.Attribute("isPermaLink")?.Value != "false" && WebFetcher.IsUrl(guid.Value.Trim())) return guid.Value.Trim();
        return null;
    }

    /// <summary>Atom type="text" is plain text; type="xhtml" is markup; everything else in feeds is (escaped) HTML.</summary>
    private static List<string> BodyLines(XElement e)
    {
        var type = e.Attribute("type")?.Value;
        string html;
        if (type == "xhtml") html = string.Concat(e.Nodes().Select(n => n.ToString()));
        else if (type == "text")
            return e.Value.Replace("\r\n", "\n").Split('\n').Select(PageMetadata.Collapse).Where(l => l.Length > 0).ToList();
        else html = e.Value;
        return HtmlReader.FragmentLines(html);
    }

    /// <summary>A title may carry escaped markup: its text, collapsed.</summary>
    private static string? TextOf(XElement? e)
    {
        if (e == null) return null;
        var v = e.Value;
        if (v.Contains('<')) v = string.Join(' ', HtmlReader.FragmentLines(v));
        else if (v.Contains('&')) v = System.Net.WebUtility.HtmlDecode(v);
        var t = PageMetadata.Collapse(v);
        return t.Length == 0 ? null : t;
    }

    private static string Short(string s) => s.Length > 50 ? s[..50] + "…" : s;

    private static IngestItem Fail(string path, string reason, int? index = null) => new(null, new IngestFailure(path, reason, index));
}
