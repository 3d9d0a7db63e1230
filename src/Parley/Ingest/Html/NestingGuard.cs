namespace Parley.Ingest.Html;

/// <summary>
/// Estimates how deep a page nests its elements before it is parsed. HTML tree building checks the stack of open
/// elements for every tag, so a few megabytes of unclosed &lt;div&gt; or &lt;section&gt; tags cost time that grows with
/// the square of the page: a page nesting deeper than <see cref="Limit"/> is refused with a reason instead of hanging.
/// Tags the parser closes by itself (p, li, td...) and void elements do not count; script, style and comments are skipped.
/// </summary>
public static class NestingGuard
{
    public const int Limit = 2500;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "rtc", "tbody", "thead", "tfoot",
        "colgroup", "caption", "html", "head", "body", "frame", "basefont", "bgsound",
    };

    public static int MaxDepth(string html)
    {
        int depth = 0, max = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) break;
                i = end + 3;
                continue;
            }
            bool closing = html[i + 1] == '/';
            int start = closing ? i + 2 : i + 1;
            int j = start;
            while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] is '-' or ':')) j++;
            if (j == start || !char.IsAsciiLetter(html[start])) { i++; continue; }
            var name = html.AsSpan(start, j - start);
            int gt = html.IndexOf('>', j);
            if (gt < 0) break;
            if (closing) { if (depth > 0 && !IsNotNesting(name)) depth--; i = gt + 1; continue; }
            bool selfClosed = html[gt - 1] == '/';
            if (!selfClosed && !IsNotNesting(name) && ++depth > max) max = depth;
            i = gt + 1;
            // Raw text: nothing inside script or style is markup.
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
                || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase))
            {
                int end = html.IndexOf("</" + name.ToString(), i, StringComparison.OrdinalIgnoreCase);
                if (end < 0) break;
                i = end;
            }
        }
        return max;
    }

    private static bool IsNotNesting(ReadOnlySpan<char> name) =>
        NotNesting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
}
