using AngleSharp.Dom;

namespace Parley.Ingest.Html;

/// <summary>How strongly an element's own markup (tag, role, class, id) says "page furniture, not article text".</summary>
public enum FurnitureKind
{
    None,
    /// <summary>Weak: navigation, headers, footers, sidebars. Dropped only when the element does not hold most of the page's text
    /// (sites wrap whole pages in "header-wrap" or "has-sidebar" containers).</summary>
    Weak,
    /// <summary>Strong: comments, sharing, newsletters, related stories, ads, consent banners. Dropped wherever they are.</summary>
    Strong,
}

/// <summary>
/// Reads the furniture vocabulary publishers use in class names, ids and ARIA roles. Class and id values are split into
/// words ("relatedStories", "share-bar", "ad_slot" → related/stories, share/bar, ad/slot) so that "ad" does not fire inside
/// "header" or "download". Words that mark article text ("article", "story", "content", "body") are read too: a weak
/// furniture word next to them ("article-header" aside) does not drop the element.
/// </summary>
public static class FurnitureSignals
{
    // Whole words that mark furniture wherever they occur.
    private static readonly HashSet<string> StrongWords = new(StringComparer.Ordinal)
    {
        "comment", "comments", "commenting", "disqus", "replies", "respond",
        "share", "shares", "sharing", "sharebar", "sharetools", "social", "socials", "sociallinks", "addthis", "sharethis",
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin",
        "related", "recommended", "recommendations", "recirc", "recirculation", "outbrain", "taboola", "zergnet", "mostread",
        "mostpopular", "popular", "trending", "morestories", "readmore", "readnext", "upnext", "whatsnext",
        "promo", "promos", "promotion", "promoted", "sponsor", "sponsored", "partner", "partners", "affiliate",
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "adwrap", "adcontainer", "dfp", "gpt",
        "cookie", "cookies", "consent", "gdpr", "ccpa", "privacy",
        "breadcrumb", "breadcrumbs", "crumbs", "pagination", "pager",
        "popup", "modal", "overlay", "lightbox", "interstitial", "paywall", "meter", "registration", "login", "signin",
        "tags", "tagged", "tagcloud", "keywords", "topics",
        "byline", "bylines", "dateline", "timestamp", "author", "authors", "bio", "authorbio", "contributor",
        "caption", "captions", "figcaption", "credit", "credits", "copyright",
        "toolbar", "tools", "print", "email", "rss", "skip", "jump", "hidden", "visually", "sr", "screenreader",
        "video", "playlist", "player", "gallery", "slideshow", "carousel",
        "widget", "widgets", "banner", "masthead", "navbar", "nav", "navigation", "menu", "menus", "submenu", "megamenu",
        "sidebar", "sidebars", "rail", "siderail", "rightrail", "leftrail", "aside", "footer", "footnotes", "header",
    };

    // Class names that label a post's taxonomy ("author-jdoe", "category-politics", "tag-comments") say nothing about the element.
    private static readonly string[] TaxonomyPrefixes =
        ["author-", "category-", "tag-", "tags-", "format-", "type-", "status-", "postid-", "post-", "topic-", "section-", "term-"];

    // Of the strong list, these are only weak: whole pages sit in containers named this way.
    private static readonly HashSet<string> WeakWords = new(StringComparer.Ordinal)
    {
        "header", "footer", "sidebar", "sidebars", "rail", "aside", "nav", "navigation", "menu", "banner", "masthead",
        "widget", "widgets", "hidden", "tools", "video", "player", "gallery", "popular", "meter", "print", "email", "skip",
        "footnotes",
        "privacy", "partner", "partners", "credit", "copyright", "topics", "keywords", "jump", "visually", "sr",
        "paywall", "registration",
    };

    // Prefixes of run-together names ("sharebuttons", "newslettersignup", "relatedarticles", "adsbygoogle").
    private static readonly string[] StrongPrefixes =
    [
        "share", "social", "newsletter", "subscri", "related", "recommend", "outbrain", "taboola", "promo", "sponsor",
        "advert", "adsby", "adslot", "adunit", "cookie", "consent", "breadcrumb", "comment", "disqus", "popup",
        "byline", "caption", "trending", "mostread", "mostpopular",
    ];

    private static readonly HashSet<string> ContentWords = new(StringComparer.Ordinal)
    {
        "article", "articles", "story", "stories", "content", "contents", "body", "entry", "post", "text", "main", "prose",
        "richtext", "copy",
    };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.Ordinal)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar",
        "tablist", "alert", "marquee", "timer",
    };

    /// <summary>The furniture strength of one element from its tag, role, class and id (not from its content).</summary>
    public static FurnitureKind Classify(IElement e)
    {
        var tag = e.LocalName;
        var kind = tag switch
        {
            "nav" or "aside" or "header" or "menu" => FurnitureKind.Weak,
            "figcaption" or "footer" => FurnitureKind.Strong,
            _ => FurnitureKind.None,
        };
        var role = e.GetAttribute("role");
        if (role != null && FurnitureRoles.Contains(role.Trim().ToLowerInvariant())) kind = Max(kind, FurnitureKind.Weak);
        var itemprop = e.GetAttribute("itemprop");
        if (itemprop != null && (itemprop.Contains("author", StringComparison.OrdinalIgnoreCase)
                                 || itemprop.Contains("comment", StringComparison.OrdinalIgnoreCase)))
            kind = FurnitureKind.Strong;

        // Table rows and cells name their data ("player-23", "author"), not their function.
        if (tag is "tr" or "td" or "th" or "tbody" or "thead" or "tfoot") return kind;
        var words = NameWords(e);
        if (words.Count == 0) return kind;
        // The article element itself: CMSs hang labels on it ("entry author-jdoe tag-sharing"); only names that say
        // it is a comment or a teaser of another story count.
        if (MarksArticleBody(e))
            return words.Any(w => w is "comment" or "comments" or "related" or "recommended" or "promo" or "sponsored" or "teaser" or "ad" or "ads")
                ? FurnitureKind.Strong : kind;
        // Posts quoted in the article ("social-media-embed", "twitter-tweet") are part of its text.
        if (words.Any(w => w is "embed" or "embedded" or "oembed" or "tweet") && !words.Any(w => w is "ad" or "ads" or "promo" or "sponsored" or "related"))
            return FurnitureKind.None;
        bool content = false; var strong = false; var weak = false;
        foreach (var w in words)
        {
            if (ContentWords.Contains(w)) content = true;
            if (StrongWords.Contains(w)) { if (WeakWords.Contains(w)) weak = true; else strong = true; }
            else if (!ContentWords.Contains(w) && HasStrongPrefix(w)) strong = true;
        }
        if (strong) return FurnitureKind.Strong;
        if (weak && !content) return Max(kind, FurnitureKind.Weak);
        return kind;
    }

    /// <summary>True when class, id or itemprop mark the element as the article's text.</summary>
    public static bool MarksArticleBody(IElement e)
    {
        var itemprop = e.GetAttribute("itemprop");
        if (itemprop != null && (itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)
                                 || itemprop.Contains("reviewBody", StringComparison.OrdinalIgnoreCase)
                                 || itemprop.Contains("text", StringComparison.Ordinal))) return true;
        return e.LocalName is "article" or "main";
    }

    private static bool HasStrongPrefix(string w)
    {
        if (w.Length < 5) return false;
        foreach (var p in StrongPrefixes)
            if (w.StartsWith(p, StringComparison.Ordinal) && !IsFalsePrefix(w)) return true;
        return false;
    }

    // "commentary" is an opinion section, "sharedcontent"/"socialism" rare but real words; keep them.
    private static bool IsFalsePrefix(string w) => w.StartsWith("commentary", StringComparison.Ordinal) || w == "socialism";

    /// <summary>Lower-cased words of the class and id attributes, split at non-letters and camelCase humps.</summary>
    public static List<string> NameWords(IElement e)
    {
        var list = new List<string>();
        var cls = e.GetAttribute("class");
        if (cls != null && cls.Length <= 600)
            foreach (var name in cls.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (!TaxonomyPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase))) Split(name, list);
        Split(e.GetAttribute("id"), list);
        return list;
    }

    private static void Split(string? value, List<string> into)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 400) return;
        int start = -1;
        for (int i = 0; i <= value.Length; i++)
        {
            char c = i < value.Length ? value[i] : ' ';
            bool letter = char.IsAsciiLetter(c);
            bool hump = letter && start >= 0 && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(value[i - 1]);
            if (!letter || hump)
            {
                if (start >= 0 && i > start) into.Add(value[start..i].ToLowerInvariant());
                start = letter ? i : -1;
            }
            else if (start < 0) start = i;
        }
    }

    private static FurnitureKind Max(FurnitureKind a, FurnitureKind b) => a > b ? a : b;
}
