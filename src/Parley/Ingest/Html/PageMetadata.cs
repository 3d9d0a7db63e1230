using System.Net;
using System.Text.Json;
using AngleSharp.Dom;

namespace Parley.Ingest.Html;

/// <summary>A metadata value and where the page stated it ("JSON-LD NewsArticle.datePublished", "og:title").</summary>
public sealed record Stated(string Value, string Source);

/// <summary>What a page states about itself, each value with its source.</summary>
public sealed class PageMetadata
{
    public Stated? Title { get; set; }
    public Stated? Subtitle { get; set; }
    public Stated? Description { get; set; }
    public Stated? Byline { get; set; }
    public Stated? Outlet { get; set; }
    /// <summary>Stated publication dates as written (ISO timestamps or dates), best source first; a reader takes the
    /// first that is a real date (CMSs print placeholders such as 0001-01-01).</summary>
    public List<Stated> PublishedCandidates { get; } = [];
    public Stated? Published => PublishedCandidates.Count > 0 ? PublishedCandidates[0] : null;
    public Stated? Modified { get; set; }
    public Stated? Url { get; set; }
    public string? Language { get; set; }
    /// <summary>JSON-LD articleBody when the publisher put the text there: a fallback when the page's markup yields none.</summary>
    public string? ArticleBody { get; set; }

    /// <summary>
    /// Reads JSON-LD (article types, @graph, arrays), OpenGraph and article:* properties, named meta tags, the first
    /// &lt;time datetime&gt; and &lt;title&gt;. Earlier sources win: JSON-LD is the publisher's structured statement, OpenGraph
    /// is written for sharing, plain meta tags and &lt;title&gt; are older and noisier.
    /// </summary>
    public static PageMetadata Read(IDocument doc)
    {
        var m = new PageMetadata();
        foreach (var script in doc.QuerySelectorAll("script[type]"))
        {
            var type = script.GetAttribute("type") ?? "";
            if (!type.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            JsonLd.Read(script.TextContent, m);
        }
        ReadMetaTags(doc, m);
        ReadTime(doc, m);
        var titleTag = doc.QuerySelector("head title")?.TextContent ?? doc.QuerySelector("title")?.TextContent;
        if (m.Title == null && !string.IsNullOrWhiteSpace(titleTag))
            m.Title = new Stated(TitleCleaner.StripSiteName(Collapse(titleTag), m.Outlet?.Value), "<title>");
        else if (m.Title != null)
            m.Title = m.Title with { Value = TitleCleaner.StripSiteName(m.Title.Value, m.Outlet?.Value) };
        if (m.Title == null && doc.QuerySelector("h1") is { } h1 && Collapse(h1.TextContent) is { Length: > 0 } h)
            m.Title = new Stated(h, "<h1>");
        if (m.Subtitle == null) ReadDek(doc, m);
        if (m.Outlet != null) m.Outlet = m.Outlet with { Value = SiteName(m.Outlet.Value) };
        m.Language ??= doc.DocumentElement?.GetAttribute("lang")?.Trim() is { Length: > 0 } lang ? lang : null;
        return m;
    }

    private static readonly (string Name, string Field)[] MetaNames =
    [
        ("og:title", "title"), ("twitter:title", "title"), ("dc.title", "title"), ("sailthru.title", "title"),
        ("og:site_name", "outlet"), ("publisher", "outlet"), ("dc.publisher", "outlet"),
        ("article:published_time", "published"), ("og:article:published_time", "published"), ("datepublished", "published"),
        ("pubdate", "published"), ("publishdate", "published"), ("publish-date", "published"), ("publish_date", "published"),
        ("date", "published"), ("dc.date", "published"), ("dc.date.issued", "published"), ("dcterms.created", "published"),
        ("dcterms.issued", "published"), ("sailthru.date", "published"), ("parsely-pub-date", "published"),
        ("article.published", "published"), ("article_date_original", "published"), ("citation_publication_date", "published"),
        ("cxenseparse:recs:publishtime", "published"), ("original-publish-date", "published"), ("article:published", "published"),
        ("article:modified_time", "modified"), ("og:updated_time", "modified"), ("last-modified", "modified"),
        ("author", "byline"), ("article:author", "byline"), ("dc.creator", "byline"), ("sailthru.author", "byline"),
        ("parsely-author", "byline"), ("byl", "byline"),
        ("description", "description"), ("og:description", "description"), ("twitter:description", "description"),
        ("og:url", "url"),
    ];

    private static void ReadMetaTags(IDocument doc, PageMetadata m)
    {
        var found = new Dictionary<string, (string Value, string Name)>(StringComparer.Ordinal);
        foreach (var meta in doc.QuerySelectorAll("meta"))
        {
            var name = (meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop"))?.Trim().ToLowerInvariant();
            var content = meta.GetAttribute("content");
            if (name == null || string.IsNullOrWhiteSpace(content)) continue;
            foreach (var (n, field) in MetaNames)
            {
                if (n != name) continue;
                // The first meta tag of the best-ranked name wins.
                int rank = Array.FindIndex(MetaNames, x => x.Name == n);
                if (!found.TryGetValue(field, out var prev) || Array.FindIndex(MetaNames, x => x.Name == prev.Name) > rank)
                    found[field] = (Collapse(content), n);
            }
        }
        Stated? Get(string field) => found.TryGetValue(field, out var v) && v.Value.Length > 0 ? new Stated(v.Value, $"<meta {v.Name}>") : null;
        m.Title ??= Get("title");
        m.Outlet ??= Get("outlet");
        if (Get("published") is { } pub) m.PublishedCandidates.Add(pub);
        m.Modified ??= Get("modified");
        // article:author is often a profile URL: a name only.
        if (m.Byline == null && Get("byline") is { } by && !by.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase)) m.Byline = by;
        m.Description ??= Get("description");
        m.Url ??= Get("url");
        if (m.Url == null && doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") is { Length: > 0 } canon)
            m.Url = new Stated(canon.Trim(), "<link rel=canonical>");
    }

    /// <summary>A &lt;time datetime&gt; marked as the publication time first, else the first one in the page.</summary>
    private static void ReadTime(IDocument doc, PageMetadata m)
    {
        IElement? chosen = null;
        foreach (var t in doc.QuerySelectorAll("time[datetime]"))
        {
            var ip = t.GetAttribute("itemprop") ?? "";
            var cls = t.GetAttribute("class") ?? "";
            if (ip.Contains("datePublished", StringComparison.OrdinalIgnoreCase) || t.HasAttribute("pubdate")
                || cls.Contains("publish", StringComparison.OrdinalIgnoreCase)) { chosen = t; break; }
            chosen ??= t;
        }
        var value = chosen?.GetAttribute("datetime")?.Trim();
        if (!string.IsNullOrEmpty(value)) m.PublishedCandidates.Add(new Stated(value, "<time datetime>"));
        if (doc.QuerySelector("[itemprop=datePublished]") is { } marked)
        {
            var v = (marked.GetAttribute("content") ?? marked.GetAttribute("datetime") ?? marked.TextContent).Trim();
            if (v.Length > 0) m.PublishedCandidates.Add(new Stated(v, "itemprop=datePublished"));
        }
    }

    private static readonly string[] DekWords = ["dek", "standfirst", "subtitle", "subheadline", "subhead", "deck", "strapline", "lede", "sapo"];

    /// <summary>The dek (standfirst): an element marked so by class, after the page's first &lt;h1&gt; and near it (in the
    /// h1's parent or grandparent), so that the dek of a teaser elsewhere in the page is not taken.</summary>
    private static void ReadDek(IDocument doc, PageMetadata m)
    {
        var h1 = doc.QuerySelector("h1");
        var scope = h1?.ParentElement?.ParentElement ?? h1?.ParentElement;
        if (h1 == null || scope == null) return;
        bool after = false;
        foreach (var e in scope.QuerySelectorAll("*"))
        {
            if (e == h1) { after = true; continue; }
            if (!after || e.LocalName is not ("p" or "h2" or "div" or "span")) continue;
            var word = FurnitureSignals.NameWords(e).FirstOrDefault(w => DekWords.Contains(w));
            if (word == null) continue;
            var text = Collapse(e.TextContent);
            if (text.Length is > 20 and < 400) { m.Subtitle = new Stated(text, $"<{e.LocalName} class={word}>"); return; }
        }
    }

    /// <summary>"Autoracing | F1 | MotoGP", "The Courier - Breaking news": the site's name is the first part.</summary>
    private static string SiteName(string s)
    {
        foreach (var sep in new[] { " | ", " - ", " – ", " — ", " :: " })
        {
            int i = s.IndexOf(sep, StringComparison.Ordinal);
            if (i >= 2) return s[..i].Trim();
        }
        return s;
    }

    public static string Collapse(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); }
            else if (c is not ('\u200B' or '\uFEFF' or '\u00AD')) sb.Append(c);
        }
        return sb.ToString().Trim();
    }
}

/// <summary>Reads schema.org article objects from a JSON-LD script.</summary>
internal static class JsonLd
{
    private static readonly string[] ArticleTypes =
    [
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "Article", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting",
        "Report", "TechArticle", "ScholarlyArticle", "Reportage",
    ];

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static void Read(string json, PageMetadata m)
    {
        json = json.Trim();
        if (json.Length == 0 || json.Length > 2_000_000) return;
        if (json.StartsWith("<!--")) json = json[4..].TrimEnd('>', '-', ' ', '\n');
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json, Options); }
        catch (JsonException)
        {
            // Raw line breaks inside strings are the usual fault in hand-made JSON-LD.
            try { doc = JsonDocument.Parse(json.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '), Options); }
            catch (JsonException) { return; }
        }
        using (doc)
        {
            var all = new List<JsonElement>();
            Collect(doc.RootElement, all, 0);
            var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var o in all)
                if (Str(o, "@id") is { } id) byId.TryAdd(id, o);
            var article = all.Where(o => ArticleRank(o) >= 0).OrderBy(ArticleRank).Cast<JsonElement?>().FirstOrDefault();
            if (article is not { } a) return;
            string type = TypeNames(a).FirstOrDefault(t => ArticleTypes.Contains(t)) ?? "Article";
            // JSON-LD strings often carry HTML entities ("doesn&#8217;t").
            Stated? S(string? v, string field) => string.IsNullOrWhiteSpace(v) ? null : new Stated(PageMetadata.Collapse(WebUtility.HtmlDecode(v)), $"JSON-LD {type}.{field}");
            m.Title ??= S(Str(a, "headline"), "headline") ?? S(Str(a, "name"), "name");
            m.Subtitle ??= S(Str(a, "alternativeHeadline"), "alternativeHeadline");
            m.Description ??= S(Str(a, "description"), "description");
            if (S(Str(a, "datePublished"), "datePublished") is { } dp) m.PublishedCandidates.Add(dp);
            if (S(Str(a, "dateCreated"), "dateCreated") is { } dc) m.PublishedCandidates.Add(dc);
            m.Modified ??= S(Str(a, "dateModified"), "dateModified");
            m.Url ??= S(Str(a, "url"), "url");
            m.Language ??= Str(a, "inLanguage");
            if (m.Byline == null && a.TryGetProperty("author", out var author))
            {
                var names = Names(author, byId).Distinct().ToList();
                if (names.Count > 0) m.Byline = new Stated(string.Join(", ", names), $"JSON-LD {type}.author");
            }
            if (m.Outlet == null && a.TryGetProperty("publisher", out var pub))
            {
                var names = Names(pub, byId).ToList();
                if (names.Count > 0) m.Outlet = new Stated(names[0], $"JSON-LD {type}.publisher");
            }
            if (Str(a, "articleBody") is { Length: > 0 } body) m.ArticleBody ??= body;
        }
    }

    private static void Collect(JsonElement e, List<JsonElement> into, int depth)
    {
        if (depth > 8) return;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray()) Collect(x, into, depth + 1);
            return;
        }
        if (e.ValueKind != JsonValueKind.Object) return;
        into.Add(e);
        if (e.TryGetProperty("@graph", out var g)) Collect(g, into, depth + 1);
        if (e.TryGetProperty("mainEntity", out var me)) Collect(me, into, depth + 1);
        if (e.TryGetProperty("mainEntityOfPage", out var mp) && mp.ValueKind == JsonValueKind.Object) Collect(mp, into, depth + 1);
    }

    private static IEnumerable<string> TypeNames(JsonElement o)
    {
        if (!o.TryGetProperty("@type", out var t)) yield break;
        if (t.ValueKind == JsonValueKind.String) yield return StripPrefix(t.GetString()!);
        else if (t.ValueKind == JsonValueKind.Array)
            foreach (var x in t.EnumerateArray())
                if (x.ValueKind == JsonValueKind.String) yield return StripPrefix(x.GetString()!);
    }

    private static string StripPrefix(string t) => t.StartsWith("schema:", StringComparison.Ordinal) ? t[7..] : t.Replace("http://schema.org/", "").Replace("https://schema.org/", "");

    /// <summary>Lower is better: news article types first, then plain Article, then blog types; -1 when not an article.</summary>
    private static int ArticleRank(JsonElement o)
    {
        int best = -1;
        foreach (var t in TypeNames(o))
        {
            int i = Array.IndexOf(ArticleTypes, t);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    private static string? Str(JsonElement o, string name)
    {
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Array => v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()).FirstOrDefault(),
            JsonValueKind.Object => Str(v, "@value") ?? Str(v, "name"),
            _ => null,
        };
    }

    /// <summary>Person or organization names from a string, an object (resolving {"@id"} references), or an array of them.</summary>
    private static IEnumerable<string> Names(JsonElement e, Dictionary<string, JsonElement> byId)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                var s = PageMetadata.Collapse(WebUtility.HtmlDecode(e.GetString()!));
                if (s.Length > 0 && !s.StartsWith("http", StringComparison.OrdinalIgnoreCase)) yield return s;
                break;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray())
                    foreach (var n in Names(x, byId)) yield return n;
                break;
            case JsonValueKind.Object:
                var name = Str(e, "name");
                if (name == null && Str(e, "@id") is { } id && byId.TryGetValue(id, out var target)) name = Str(target, "name");
                if (!string.IsNullOrWhiteSpace(name)) yield return PageMetadata.Collapse(WebUtility.HtmlDecode(name));
                break;
        }
    }
}
