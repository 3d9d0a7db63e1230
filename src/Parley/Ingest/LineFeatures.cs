using System.Text.RegularExpressions;
using Parley.Knowledge;
using Parley.Text;

namespace Parley.Ingest;

/// <summary>
/// What one line of a scrape looks like, computed once: its shape (words, end punctuation, case), the furniture phrase
/// it matches, and whether it is a byline, a date line, a timestamp, a navigation bar, a caption, a copyright notice, a
/// comment header or a wire credit. The cleaner decides from these and from the line's position and neighbours.
/// </summary>
public sealed partial class LineFeatures
{
    public required int Index { get; init; }
    public required string Text { get; init; }
    public required string Fold { get; init; }
    public int Words { get; init; }
    public bool Blank => Text.Length == 0;

    /// <summary>Ends like a sentence: . ! ? or … possibly followed by closing quotes or a bracket.</summary>
    public bool EndsSentence { get; init; }
    /// <summary>Ends with a character that says the line goes on (comma, colon, semicolon, dash, a letter/digit without punctuation).</summary>
    public char LastSignificant { get; init; }
    public bool StartsLower { get; init; }
    public bool AllCaps { get; init; }

    public FurniturePhrase? Vocab { get; init; }
    public bool Nav { get; init; }
    public bool DateLine { get; init; }
    public bool Timestamp { get; init; }
    public string? BylineName { get; init; }
    public bool NameList { get; init; }
    public bool Caption { get; init; }
    public bool CaptionCredit { get; init; }
    public bool Copyright { get; init; }
    public bool CommentHeader { get; init; }
    public string? WireCredit { get; init; }

    /// <summary>A line of running prose: long enough, or a complete sentence of some length.</summary>
    public bool Prose => !Blank && (Words >= 14 || (EndsSentence && Words >= 6)) && !IsFurniture;

    /// <summary>Any signal that the line is page furniture rather than article text.</summary>
    public bool IsFurniture => Vocab != null || Nav || DateLine || Timestamp || BylineName != null || Caption || CaptionCredit
                               || Copyright || CommentHeader || WireCredit != null;

    /// <summary>Could be a headline or section heading: short, no sentence-final period, not a fragment ending in , ; :</summary>
    public bool HeadlineLike => !Blank && Words is >= 1 and <= 16 && !StartsLower && !IsFurniture
                                && LastSignificant is not ('.' or ',' or ';' or ':' or '-');

    public override string ToString() => $"{Index}: {Text}";

    // ---- construction ----

    public static LineFeatures Of(int index, string text, KnowledgeBase kb)
    {
        var fold = TextNorm.Fold(text);
        int words = TextNorm.WordCount(text);
        var last = LastSignificantChar(text);
        var vocab = MatchVocab(fold, words, kb);
        bool copyright = fold.StartsWith('©') || fold.StartsWith("(c) ") || fold.StartsWith("copyright ") || (fold.Contains('©') && words <= 16);
        bool timestamp = words <= 4 && TimestampRx().IsMatch(text);
        bool dateLine = !timestamp && IsDateLine(text, words);
        var wire = WireCreditOf(text, words, kb);
        bool commentHeader = words <= 16 && CommentHeaderRx().IsMatch(text);
        bool captionCredit = vocab?.Caption == true && words <= 12 && (fold.StartsWith("photo") || fold.StartsWith("image") || fold.StartsWith("credit"));
        bool caption = vocab?.Caption == true || (words <= 70 && PositionMarkerRx().IsMatch(text));
        return new LineFeatures
        {
            Index = index, Text = text, Fold = fold, Words = words,
            EndsSentence = EndsLikeSentence(text), LastSignificant = last,
            StartsLower = text.Length > 0 && char.IsLower(FirstLetter(text)),
            AllCaps = text.Any(char.IsLetter) && !text.Any(char.IsLower),
            Vocab = vocab, Copyright = copyright, Timestamp = timestamp, DateLine = dateLine,
            Nav = !copyright && vocab == null && IsNav(text),
            BylineName = dateLine && !StartsWithBy(text) ? null : BylineOf(text),
            NameList = IsNameList(text, words),
            Caption = caption && !captionCredit, CaptionCredit = captionCredit,
            CommentHeader = commentHeader, WireCredit = wire,
        };
    }

    private static char FirstLetter(string s)
    {
        foreach (var c in s) if (char.IsLetter(c)) return c;
        return ' ';
    }

    private static char LastSignificantChar(string s)
    {
        for (int i = s.Length - 1; i >= 0; i--)
        {
            char c = s[i];
            if (c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or ')' or ']' or ' ') continue;
            return c is '\u2013' or '\u2014' ? '-' : c;
        }
        return ' ';
    }

    private static bool EndsLikeSentence(string s)
    {
        var c = LastSignificantChar(s);
        return c is '.' or '!' or '?' or '\u2026';
    }

    private static FurniturePhrase? MatchVocab(string fold, int words, KnowledgeBase kb)
    {
        if (fold.Length == 0) return null;
        var exact = kb.FurnitureExact(fold) ?? kb.FurnitureExact(fold.TrimEnd(':', '.', ' '));
        if (exact != null && words <= exact.MaxWords) return exact;
        foreach (var p in kb.FurniturePatterns)
        {
            if (words > p.MaxWords) continue;
            bool hit = p.Match == "prefix" ? fold.StartsWith(p.Text, StringComparison.Ordinal) : fold.Contains(p.Text, StringComparison.Ordinal);
            if (hit) return p;
        }
        return null;
    }

    private static bool IsNav(string text)
    {
        int seps = 0;
        foreach (var c in text) if (c is '|' or '»' or '›' or '•') seps++;
        if (seps == 0) return false;
        var items = text.Split(['|', '»', '›', '•'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length >= 2 && items.All(i => TextNorm.WordCount(i) <= 4) && (seps >= 2 || items.Length >= 2);
    }

    private static readonly HashSet<string> DateNoise = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "updated", "posted", "last", "modified", "on", "at", "am", "pm", "a", "m", "p", "est", "edt", "gmt", "bst",
        "utc", "cet", "cest", "msk", "eet", "eest", "pst", "pdt", "cst", "cdt", "et", "pt", "ago", "min", "mins", "minute",
        "minutes", "hour", "hours", "read", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "day", "days", "time", "reading", "first", "and",
    };

    /// <summary>A line that is (mostly) a printed date and time, or starts with Published/Updated + date.</summary>
    private static bool IsDateLine(string text, int words)
    {
        if (words > 24) return false;
        var found = DateParsing.FindFullDate(text);
        if (found == null) return false;
        var f = text.TrimStart().ToLowerInvariant();
        if (f.StartsWith("published") || f.StartsWith("updated") || f.StartsWith("posted") || f.StartsWith("last updated")) return true;
        var rest = text.Remove(found.Value.Index, found.Value.Length);
        int leftover = 0;
        foreach (Match m in WordRx().Matches(rest))
        {
            var w = m.Value;
            if (char.IsDigit(w[0]) || DateNoise.Contains(w)) continue;
            leftover++;
        }
        return leftover <= 1;
    }

    internal static bool StartsWithBy(string text) => text.StartsWith("By ", StringComparison.Ordinal) || text.StartsWith("by ", StringComparison.Ordinal);

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "the end", "then", "now", "contrast",
        "comparison", "law", "default", "far", "signing", "clicking", "continuing", "using", "way",
    };

    private static readonly string[] RoleWords =
    [
        "correspondent", "editor", "fellow", "reporter", "writer", "analyst", "columnist", "chief", "bureau", "staff",
        "contributor", "senior", "desk", "producer", "director", "professor", "researcher", "journalist", "author", "head",
    ];

    /// <summary>"By Name[, role]" / "by The X news desk July 24, 2024 ..." → the name part, or null.</summary>
    private static string? BylineOf(string text)
    {
        if (!StartsWithBy(text)) return null;
        var rest = text[3..].Trim();
        if (rest.Length == 0 || !char.IsUpper(rest[0])) return null;
        // cut a trailing date/time/reading-time
        var date = DateParsing.FindFullDate(rest);
        if (date != null) rest = rest[..date.Value.Index];
        foreach (var sep in new[] { " · ", " | ", " - ", " – ", " — " })
        {
            int k = rest.IndexOf(sep, StringComparison.Ordinal);
            if (k > 0) rest = rest[..k];
        }
        rest = rest.Trim().TrimEnd(',', ';', '|', '·');
        int comma = rest.IndexOf(',');
        if (comma > 0)
        {
            var after = rest[(comma + 1)..].Trim();
            var afterFold = after.ToLowerInvariant();
            if (RoleWords.Any(r => afterFold.Contains(r)) || (after.Length > 0 && char.IsLower(after[0]))) rest = rest[..comma].Trim();
        }
        var tokens = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is 0 or > 12) return null;
        if (NotNames.Contains(tokens[0].Trim(',', '.')) || NotNames.Contains(rest.ToLowerInvariant())) return null;
        foreach (var t in tokens)
        {
            var w = t.Trim(',', '(', ')');
            if (w.Length == 0) continue;
            if (char.IsUpper(w[0]) || w is "and" or "in" or "&" or "of" or "de" or "van" or "von" or "der" or "la" or "al" or "bin"
                || RoleWords.Contains(w.ToLowerInvariant()) || w is "news" or "team" or "now" or "earlier") continue;
            return null;
        }
        return rest;
    }

    /// <summary>"Anna Smith and John Doe", "Tom Ashworth (now) and Daria Melnyk (earlier)": a list of personal names.</summary>
    private static bool IsNameList(string text, int words)
    {
        if (words is < 2 or > 14 || text.Any(c => char.IsDigit(c) || c is '.' or ':' or '!' or '?' or '"' or '\u201C')) return false;
        var stripped = ParenRx().Replace(text, " ");
        var parts = stripped.Split([" and ", ", ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0) return false;
        foreach (var p in parts)
        {
            var toks = p.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int inAt = Array.IndexOf(toks, "in");
            var name = inAt > 0 ? toks[..inAt] : toks;
            if (name.Length is < 2 or > 4) return false;
            if (!name.All(t => t.Length > 1 && char.IsUpper(t[0]) && t.Skip(1).All(ch => char.IsLower(ch) || ch is '-' or '\'' or '\u2019' || char.IsUpper(ch))))
                return false;
            if (name.Any(t => NotNames.Contains(t))) return false;
        }
        return true;
    }

    /// <summary>"Reuters contributed to this report." / "(With inputs from Reuters)" / "With reporting by Interfax-Ukraine." → the agency.</summary>
    private static string? WireCreditOf(string text, int words, KnowledgeBase kb)
    {
        if (words > 16) return null;
        var m = WireCreditRx().Match(text);
        if (!m.Success) return null;
        var name = (m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value).Trim().TrimEnd('.', ')');
        if (name.Length == 0) return null;
        var known = kb.FindOutlet(name);
        if (known != null) return known.IsWire ? known.Name : name;
        if (kb.OutletNameSuffixes.Any(s => name.EndsWith(" " + s, StringComparison.Ordinal))) return name;
        // An unknown credit is an agency when it is one token or an acronym, not a list of people ("A B and C D").
        if (name.Contains(" and ") || name.Contains(',')) return null;
        var toks = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return toks.Length == 1 || toks.All(t => t.All(c => char.IsUpper(c) || c == '-')) ? name : null;
    }

    [GeneratedRegex(@"^(?:\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?[A-Z]{2,4})?|\d{1,2}\s?[AaPp]\.?[Mm]\.?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampRx();

    [GeneratedRegex(@"\p{L}+|\d+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRx();

    [GeneratedRegex(@"\([^()\n]{0,40}\)", RegexOptions.CultureInvariant)]
    private static partial Regex ParenRx();

    /// <summary>"Petra Lindqvist says: May 2, 2023 at 9:15 pm", "Olga P. says:", "John on March 3, 2024 at 10:15 pm said:"</summary>
    [GeneratedRegex(@"^[\p{Lu}][\p{L}.'\- ]{0,40} (?:says|said|wrote|commented)(?: on)?:?\s+(?:\p{L}{3,9}\.? \d{1,2}, \d{4}|\d{1,2} \p{L}{3,9} \d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex CommentHeaderRx();

    /// <summary>Photo position markers: (L), (R), (C), (centre), (left), (2nd R) ...</summary>
    [GeneratedRegex(@"\((?:\d(?:st|nd|rd|th) )?(?:L|R|C|left|right|centre|center|front|back|top|bottom|L to R|l-r|from left|from right)\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PositionMarkerRx();

    [GeneratedRegex(@"^\(?\s*(?:(?<a>[\p{Lu}][\p{L}\-&. ]{1,40}?) contributed (?:to )?(?:this|the) (?:report|story|article)|(?:with )?(?:additional )?(?:inputs|input|reporting|information|material) (?:from|by) (?<b>[\p{Lu}][\p{L}\-&. ]{1,40}?))\s*\.?\s*\)?\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WireCreditRx();
}
