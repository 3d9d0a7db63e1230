namespace Parley.Ingest.Html;

/// <summary>
/// Takes the site name off a page title: "Headline | Site", "Site - Headline", "Headline — Section — Site".
/// A segment goes when it names the site (matches the stated outlet, ignoring case and spaces) or, with no outlet
/// known, when it is the short end segment after a much longer headline.
/// </summary>
public static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " « ", " » "];

    public static string StripSiteName(string title, string? outlet)
    {
        title = title.Trim();
        foreach (var sep in Separators)
        {
            if (!title.Contains(sep, StringComparison.Ordinal)) continue;
            var parts = title.Split(sep).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            if (parts.Count < 2) continue;
            if (outlet != null)
            {
                var site = Key(outlet);
                int last = parts.Count - 1;
                if (Words(parts[last]) <= 5 && SameSite(Key(parts[last]), site)) return StripSiteName(string.Join(sep, parts.Take(last)), outlet);
                if (Words(parts[0]) <= 5 && SameSite(Key(parts[0]), site)) return StripSiteName(string.Join(sep, parts.Skip(1)), outlet);
            }
            // No outlet stated: a short last segment after a long headline is the site (and maybe a section before it).
            int n = parts.Count;
            var tail = parts[^1];
            var headLength = string.Join(sep, parts.Take(n - 1)).Length;
            if (Words(tail) <= 4 && headLength >= 2 * tail.Length && Words(parts[0]) >= 4)
            {
                // Sections sit between headline and site: "Headline - World - Site".
                int keep = n - 1;
                while (keep > 1 && Words(parts[keep - 1]) <= 2 && parts[keep - 1].Length < 20) keep--;
                return string.Join(sep, parts.Take(keep));
            }
        }
        return title;
    }

    /// <summary>Equal once generic words are set aside ("BBC News" / "BBC", "JPost.com" / "JPost").</summary>
    private static bool SameSite(string segment, string site) => segment.Length > 0 && site.Length > 0 && segment == site;

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
        { "the", "news", "com", "net", "org", "co", "uk", "online", "magazine", "newspaper", "tv", "www", "daily" };

    private static string Key(string s)
    {
        var words = new List<string>();
        var sb = new System.Text.StringBuilder();
        foreach (var c in s + " ")
        {
            if (char.IsLetterOrDigit(c)) { sb.Append(char.ToLowerInvariant(c)); continue; }
            if (sb.Length > 0 && !Generic.Contains(sb.ToString())) words.Add(sb.ToString());
            sb.Clear();
        }
        return string.Concat(words);
    }

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
