using System.Text;
using AngleSharp.Html.Parser;
using Parley.Text;

namespace Parley.Ingest.Html;

/// <summary>
/// HTML pages (.html, .htm, .xhtml, and the same gzipped): decodes the bytes (<see cref="CharsetDetector"/>), parses
/// them, reads the page's metadata (<see cref="PageMetadata"/>) and extracts the main text (<see cref="MainTextExtractor"/>)
/// as one paragraph, heading, list item or quote per line. The cleaner then runs over those lines with the title given.
/// </summary>
public sealed class HtmlReader : IInputReader
{
    public string Format => "html";

    private static readonly string[] Extensions = [".html", ".htm", ".xhtml", ".shtml", ".html.gz", ".htm.gz", ".xhtml.gz"];
    private static readonly string[] OtherKnown = [".txt", ".text", ".jsonl", ".ndjson", ".json", ".xml", ".rss", ".atom", ".csv", ".md"];

    public bool Accepts(string lowerName, ReadOnlySpan<byte> head)
    {
        foreach (var e in Extensions) if (lowerName.EndsWith(e, StringComparison.Ordinal)) return true;
        foreach (var e in OtherKnown) if (lowerName.EndsWith(e, StringComparison.Ordinal)) return false;
        return LooksLikeHtml(head);
    }

    /// <summary>A doctype or &lt;html&gt; at the start (after a BOM, whitespace and comments), or gzip bytes.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B) return true;
        var s = Encoding.Latin1.GetString(head[..Math.Min(head.Length, 1024)]).TrimStart('\uFEFF', 'ï', '»', '¿', ' ', '\t', '\r', '\n');
        if (s.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
            return s.Contains("<html", StringComparison.OrdinalIgnoreCase);
        while (s.StartsWith("<!--", StringComparison.Ordinal))
        {
            int end = s.IndexOf("-->", StringComparison.Ordinal);
            if (end < 0) return false;
            s = s[(end + 3)..].TrimStart();
        }
        return s.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || s.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
               || s.StartsWith("<head", StringComparison.OrdinalIgnoreCase);
    }

    public IEnumerable<IngestItem> Read(string path, byte[] bytes) => [ReadPage(path, bytes)];

    /// <summary>Reads page bytes; <paramref name="httpCharset"/> and <paramref name="url"/> come from a fetch.</summary>
    public IngestItem ReadPage(string path, byte[] bytes, string? httpCharset = null, string? url = null)
    {
        if (Gzip.IsGzip(bytes))
        {
            var raw = Gzip.Decompress(bytes, InputDecoder.MaxBytes, out var gzReason);
            if (raw == null) return Fail(path, gzReason!);
            bytes = raw;
        }
        var decoded = CharsetDetector.Decode(bytes, httpCharset, out var reason);
        if (decoded == null) return Fail(path, reason!);
        return ReadHtml(path, decoded.Text, url, decoded.ToString());
    }

    /// <summary>Reads decoded HTML text.</summary>
    public IngestItem ReadHtml(string path, string html, string? url = null, string? charset = null)
    {
        if (NestingGuard.MaxDepth(html) is var depth && depth > NestingGuard.Limit)
            return Fail(path, $"page nests elements {depth} deep (over {NestingGuard.Limit}); not parsed");
        var (meta, _, main) = Analyze(html);

        var lines = new List<string>();
        var headings = new HashSet<int>();
        foreach (var b in main.Blocks)
        {
            if (b.Kind == BlockKind.Heading) headings.Add(lines.Count);
            lines.Add(b.Text);
        }
        if (lines.Count == 0 && meta.ArticleBody is { } body)
            lines.AddRange(body.Replace("\r\n", "\n").Split('\n').Select(PageMetadata.Collapse).Where(l => l.Length > 0));
        if (lines.Count == 0) return Fail(path, "no article text found in the page");

        var byline = meta.Byline?.Value ?? BylineIn(main.Lead);
        string? published = null, evidence = null, method = "metadata";
        foreach (var p in meta.PublishedCandidates)
            if (DateParsing.ToIsoDate(p.Value) is { } iso && Plausible(iso))
            {
                published = iso;
                evidence = $"{p.Source}: {Short(p.Value)}";
                break;
            }
        // No stated date: the lines above the text ("By Jane Roe - March 5, 2024") often print one.
        // The byline's own line first, then the lines nearest the text (a quoted claim's date sits further up).
        var bylineText = byline;
        if (published == null)
            foreach (var b in main.Lead.Reverse().OrderBy(b => b.Text == bylineText ? 0 : 1))
                if (b.Text.Length < 200 && DateParsing.FindFullDate(b.Text) is { } found && Plausible(found.Iso))
                {
                    published = found.Iso;
                    method = "printed";
                    evidence = $"line above the article: {Short(b.Text)}";
                    break;
                }
        if (byline != null && meta.Byline == null) byline = WithoutDate(byline);
        var article = new RawArticle
        {
            Path = path, Format = Format, Text = string.Join('\n', lines), HeadingLines = headings,
            Url = url ?? meta.Url?.Value, Title = meta.Title?.Value, Subtitle = meta.Subtitle?.Value, Byline = byline,
            Outlet = meta.Outlet?.Value, Published = published, PublishedMethod = method, PublishedEvidence = evidence,
            Charset = charset,
        };
        return new IngestItem(article, null);
    }

    /// <summary>The steps of <see cref="ReadHtml"/> with their intermediate results, for diagnostics and tests.</summary>
    public static (PageMetadata Meta, PageLayout Layout, MainText Main) Analyze(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var meta = PageMetadata.Read(doc);
        var layout = PageLayout.Build(doc);
        var main = MainTextExtractor.Extract(layout, meta.Title?.Value);
        return (meta, layout, main);
    }

    /// <summary>Text of an HTML fragment (a feed item's description) as lines, through the same extractor.</summary>
    public static List<string> FragmentLines(string html)
    {
        if (NestingGuard.MaxDepth(html) > NestingGuard.Limit) return [];
        var doc = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        var layout = PageLayout.Build(doc);
        return layout.Blocks.Where(b => b.Kind != BlockKind.Caption).Select(b => b.Text).ToList();
    }

    /// <summary>"By Jane Roe" style lines trimmed from the top of the article container.</summary>
    private static string? BylineIn(IReadOnlyList<TextBlock> lead)
    {
        foreach (var b in lead)
        {
            var t = b.Text;
            if (t.Length > 120) continue;
            foreach (var prefix in BylinePrefixes)
                if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && t.Length > prefix.Length + 2 && char.IsUpper(t[prefix.Length]))
                    return t;
        }
        return null;
    }

    /// <summary>Dates before the web or after next year are placeholders ("0001-01-01") or typos.</summary>
    private static bool Plausible(string iso) =>
        int.TryParse(iso.AsSpan(0, 4), out var y) && y >= 1990 && y <= DateTime.UtcNow.Year + 1;

    /// <summary>"By Jane Roe - 2019-04-10", "By Jane Roe on Monday, November 18th, 2019": the byline ends before the date.</summary>
    private static string WithoutDate(string byline)
    {
        int cut = byline.Length;
        if (DateParsing.FindFullDate(byline) is { } d) cut = d.Index;
        foreach (var marker in new[] { " on ", " publiziert ", " published ", " updated ", " | " })
        {
            int i = byline.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (i > 3 && i < cut) cut = i;
        }
        var s = byline[..cut].TrimEnd(' ', '-', '–', '—', '|', ',', '·', '•');
        // Weekday names before the date ("on Monday,") go with it.
        return s.Length >= 4 ? s : byline;
    }

    private static readonly string[] BylinePrefixes = ["By ", "Written by ", "Words by ", "Reporting by ", "Von ", "Par ", "Por ", "Автор: ", "Автор "];

    private static string Short(string s) => s.Length > 60 ? s[..60] + "…" : s;

    private static IngestItem Fail(string path, string reason) => new(null, new IngestFailure(path, reason));
}
