using System.Text.RegularExpressions;
using Parley.Knowledge;

namespace Parley.Ingest;

public enum LineRole { Blank, Title, Subtitle, Body, Heading, Boilerplate, Offtopic, Duplicate }

public sealed class CleanLine
{
    public required LineFeatures F { get; init; }
    public int Index => F.Index;
    public string Text => F.Text;
    public LineRole Role { get; set; } = LineRole.Body;
    /// <summary>Why the line got its role (furniture rule, "masthead", "byline", "date-line", "teaser", ...).</summary>
    public string? Rule { get; set; }
}

public sealed class CleanResult
{
    public required List<CleanLine> Lines { get; init; }
    /// <summary>Index of the first body line (after title, standfirst and header furniture), -1 when there is no body.</summary>
    public int BodyStart { get; init; } = -1;
    /// <summary>Index where the trailing furniture starts (related items, comments, footer); Lines.Count when none.</summary>
    public int TailStart { get; init; }
    /// <summary>Short lines above the title (site name, section label): the first is the masthead.</summary>
    public List<CleanLine> Mastheads { get; } = new();
}

/// <summary>
/// Separates the article from page furniture and unrelated items, line by line, with general signals: line shape
/// (length, end punctuation, case), a small furniture vocabulary (Knowledge/data/furniture.json), repetition, position
/// (header zone above the first paragraph, tail zone after the end markers), timestamps, captions and credits, and a
/// topic break (a truncated teaser of another story). Every removed line keeps its reason.
/// </summary>
public sealed partial class Cleaner(KnowledgeBase kb)
{
    public CleanResult Clean(RawArticle raw)
    {
        var lines = raw.Text.Split('\n')
            .Select((t, i) => new CleanLine { F = LineFeatures.Of(i, t.Trim(), kb) })
            .ToList();
        foreach (var l in lines) if (l.F.Blank) l.Role = LineRole.Blank;
        var nonBlank = lines.Where(l => !l.F.Blank).ToList();
        if (nonBlank.Count == 0) return new CleanResult { Lines = lines, TailStart = lines.Count };

        // A page the HTML or feed reader already took apart has its paragraphs and headings from the markup: lines that
        // repeat there are list content (tour dates, a schedule), and the reader dropped the teasers of other stories.
        bool structured = raw.Format is "html" or "feed";
        if (!structured) MarkRepeated(nonBlank);
        var mastheads = new List<CleanLine>();
        int title = raw.TitleGiven ? -1 : FindTitle(nonBlank, mastheads);
        if (title >= 0) { lines[title].Role = LineRole.Title; lines[title].Rule = "title"; }
        int afterTitle = title >= 0 ? title + 1 : 0;
        if (title >= 0)
        {
            int sub = FindSubtitle(lines, afterTitle, titleFound: title >= 0);
            if (sub >= 0) { lines[sub].Role = LineRole.Subtitle; lines[sub].Rule = "standfirst"; afterTitle = sub + 1; }
        }

        int bodyStart = FindBodyStart(lines, afterTitle);
        int tail = bodyStart < 0 ? lines.Count : FindTailStart(lines, bodyStart);

        // Header zone: everything above the body that is not title/standfirst is furniture (masthead, nav, byline, date...).
        for (int i = 0; i < (bodyStart < 0 ? lines.Count : bodyStart); i++)
        {
            var l = lines[i];
            if (l.Role is LineRole.Blank or LineRole.Title or LineRole.Subtitle) continue;
            Remove(l, LineRole.Boilerplate, l.Rule ?? (mastheads.Contains(l) ? "masthead" : HeaderRule(l.F)));
        }
        // Tail zone: related items, comments, footers.
        bool comments = false;
        for (int i = tail; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Role == LineRole.Blank) continue;
            if (l.F.CommentHeader || l.F.Vocab?.Kind == "comment" || l.F.Fold.Contains("thoughts on") || l.F.Fold.Contains("comments on")) comments = true;
            if (l.Rule != null) { Remove(l, l.Role == LineRole.Duplicate ? LineRole.Duplicate : LineRole.Boilerplate, l.Rule); continue; }
            if (l.F.Vocab != null) Remove(l, l.F.Vocab.Kind == "offtopic" ? LineRole.Offtopic : LineRole.Boilerplate, "tail: " + VocabRule(l.F));
            else if (comments) Remove(l, LineRole.Boilerplate, "tail: comment section");
            else if (l.F.Timestamp) Remove(l, LineRole.Offtopic, "tail: feed timestamp");
            else if (l.F.IsFurniture) Remove(l, LineRole.Boilerplate, "tail: " + HeaderRule(l.F));
            else Remove(l, LineRole.Offtopic, "tail: item after the article's end");
        }
        if (bodyStart >= 0) ClassifyBody(lines, bodyStart, tail, structured ? raw.HeadingLines : null);
        var result = new CleanResult { Lines = lines, BodyStart = bodyStart, TailStart = tail };
        result.Mastheads.AddRange(mastheads);
        return result;
    }

    private static void Remove(CleanLine l, LineRole role, string rule)
    {
        l.Role = role;
        l.Rule = rule;
    }

    /// <summary>Short lines seen more than once (Subscribe, "* indicates required") are furniture; a repeated paragraph is a duplicate.</summary>
    private static void MarkRepeated(List<CleanLine> nonBlank)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var l in nonBlank) seen[l.F.Fold] = seen.GetValueOrDefault(l.F.Fold) + 1;
        var first = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in nonBlank)
        {
            if (seen[l.F.Fold] < 2) continue;
            if (l.F.Words <= 8) { l.Role = LineRole.Boilerplate; l.Rule = "repeated short line"; }
            else if (!first.Add(l.F.Fold)) { l.Role = LineRole.Duplicate; l.Rule = "repeated paragraph"; }
        }
    }

    /// <summary>
    /// The title is the first headline-like line (4+ words) at the top, skipping furniture and the short lines above it
    /// (site name, section label), which become masthead candidates. A first line of running prose means no title.
    /// </summary>
    private int FindTitle(List<CleanLine> nonBlank, List<CleanLine> mastheads)
    {
        int seen = 0;
        foreach (var l in nonBlank)
        {
            if (++seen > 10) break;
            var f = l.F;
            if (l.Role != LineRole.Body) continue;              // repeated furniture
            if (f.IsFurniture) continue;
            if (f.Words > 40 || (f.EndsSentence && f.Text.Length > 160) || f.Words >= 14 && HasDateline(f.Text)) break;  // prose: untitled scrape
            bool outletName = kb.FindOutlet(f.Text) != null;
            if (f.Words >= 4 && !outletName && !(f.AllCaps && f.Words <= 5))
            {
                // a lead sentence under a short sentence-case line ("Aid package approved"): that line is the headline
                if (f.EndsSentence && f.Words >= 12 && mastheads.Count == 1 && IsSentenceCaseHeadline(mastheads[0]))
                {
                    var headline = mastheads[0];
                    mastheads.Clear();
                    return headline.Index;
                }
                return l.Index;
            }
            mastheads.Add(l);
        }
        // No 4-word headline above the body: a short non-masthead line may still be the title.
        var shortTitle = mastheads.LastOrDefault(m => !m.F.AllCaps && kb.FindOutlet(m.Text) == null && m.F.Words >= 2);
        if (shortTitle != null && mastheads.Count >= 2)
        {
            mastheads.Remove(shortTitle);
            return shortTitle.Index;
        }
        return -1;
    }

    /// <summary>A short line written like a headline rather than a name: 2+ words, the first capitalized and a later
    /// content word in lower case ("Aid package approved", not "Radio Eurowave" or "The Kyiv Independent"), no known outlet.</summary>
    private bool IsSentenceCaseHeadline(CleanLine l)
    {
        if (l.F.AllCaps || l.F.StartsLower || l.F.Words < 2 || kb.FindOutlet(l.Text) != null) return false;
        var words = l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Skip(1).Any(w => w.Length > 3 && char.IsLower(w[0]) && w.All(c => char.IsLetter(c) || c == '-'));
    }

    /// <summary>
    /// The standfirst (dek) directly under the title. Structure decides when it can: a following byline/date line, or a
    /// blank line after it in a scrape that keeps the standfirst tight under the title, or no end punctuation. In a
    /// scrape without blank lines, a one-sentence line with no day reference followed by a lead that has one ("on
    /// Sunday", "today", a date, a dateline) is a standfirst: leads say when, standfirsts summarize.
    /// </summary>
    private static int FindSubtitle(List<CleanLine> lines, int from, bool titleFound)
    {
        int j = NextNonBlank(lines, from);
        if (j < 0 || !titleFound) return -1;
        var s = lines[j];
        if (s.Role != LineRole.Body || s.F.IsFurniture || s.F.NameList || s.F.Words < 4 || s.F.Words > 50) return -1;
        if (HasDateline(s.Text)) return -1;
        bool tightUnderTitle = j == from;       // no blank line between title and this line
        int k = NextNonBlank(lines, j + 1);
        if (k < 0) return -1;
        var next = lines[k];
        if (next.F.BylineName != null || next.F.DateLine || next.F.NameList) return j;   // title, standfirst, byline/date
        bool blankAfter = k > j + 1;
        if (tightUnderTitle && blankAfter) return j;
        if (!s.F.EndsSentence && s.F.Words >= 6 && next.F.Prose) return j;
        if (!s.F.EndsSentence) return -1;        // a short heading-like line followed by text: leave to the body rules
        if (SentenceCount(s.Text) > 1) return -1;
        bool subRef = DayRefRx().IsMatch(s.Text);
        bool leadRef = DayRefRx().IsMatch(next.Text) || HasDateline(next.Text);
        if (!subRef && leadRef) return j;
        if (!tightUnderTitle && blankAfter && !subRef) return j;  // title, blank, standfirst, blank, body
        return -1;
    }

    private static int SentenceCount(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length - 1; i++)
            if (s[i] is '.' or '!' or '?' && s[i + 1] == ' ' && i + 2 < s.Length && char.IsUpper(s[i + 2])) n++;
        return n + 1;
    }

    private static int NextNonBlank(List<CleanLine> lines, int from)
    {
        for (int i = Math.Max(0, from); i < lines.Count; i++) if (!lines[i].F.Blank) return i;
        return -1;
    }

    private static int PrevNonBlank(List<CleanLine> lines, int from)
    {
        for (int i = Math.Min(lines.Count - 1, from); i >= 0; i--) if (!lines[i].F.Blank) return i;
        return -1;
    }

    /// <summary>
    /// The body starts at the first line of running prose below the title; heading-like lines and timestamps directly
    /// above it (a live blog's first entry) belong to the body.
    /// </summary>
    private static int FindBodyStart(List<CleanLine> lines, int from)
    {
        int first = -1;
        for (int i = from; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Role != LineRole.Body) continue;
            if (l.F.Prose && !l.F.NameList) { first = i; break; }
        }
        if (first < 0)
        {
            // No prose at all: a very short article; take the first non-furniture line.
            for (int i = from; i < lines.Count; i++)
                if (lines[i].Role == LineRole.Body && !lines[i].F.IsFurniture && !lines[i].F.NameList) return i;
            return -1;
        }
        int start = first;
        for (int i = PrevNonBlank(lines, first - 1); i >= from; i = PrevNonBlank(lines, i - 1))
        {
            var l = lines[i];
            if (l.Role != LineRole.Body || l.F.NameList) break;
            if (l.F.Timestamp || (l.F.HeadlineLike && l.F.Words <= 16)) start = i;
            else break;
        }
        return start;
    }

    /// <summary>
    /// The tail starts at the first end marker (related, share, tags, comments, copyright, news feed) that comes after
    /// most of the article: a marker followed by more prose than precedes it is just a stray line in the header.
    /// </summary>
    private static int FindTailStart(List<CleanLine> lines, int bodyStart)
    {
        var proseWords = new int[lines.Count + 1];
        for (int i = lines.Count - 1; i >= 0; i--)
            proseWords[i] = proseWords[i + 1] + (lines[i].F.Prose && lines[i].Role == LineRole.Body ? lines[i].F.Words : 0);
        int total = proseWords[bodyStart];
        for (int i = bodyStart + 1; i < lines.Count; i++)
        {
            var f = lines[i].F;
            bool marker = f.Vocab?.Tail == true || f.Copyright || f.CommentHeader || (f.Vocab?.Kind == "comment" && f.Words <= 3)
                          || (f.BylineName != null && proseWords[i] == 0);
            if (!marker) continue;
            int before = total - proseWords[i];
            if (proseWords[i] <= before / 2) return i;
        }
        return lines.Count;
    }

    /// <param name="markupHeadings">For structured input (HTML, feeds): the heading lines the markup declared; they replace
    /// the teaser and heading-shape rules, which exist for plain-text scrapes that lost their markup.</param>
    private void ClassifyBody(List<CleanLine> lines, int start, int end, HashSet<int>? markupHeadings = null)
    {
        for (int i = start; i < end; i++)
        {
            var l = lines[i];
            if (l.Role != LineRole.Body) continue;
            var f = l.F;
            if (f.Vocab != null) { Remove(l, f.Vocab.Kind == "offtopic" ? LineRole.Offtopic : LineRole.Boilerplate, VocabRule(f)); continue; }
            if (f.IsFurniture && !f.Timestamp) { Remove(l, LineRole.Boilerplate, HeaderRule(f)); continue; }
            // A caption: the line just above a photo credit.
            int n = NextNonBlank(lines, i + 1);
            if (n >= 0 && n < end && lines[n].F.CaptionCredit && f.Words <= 60) { Remove(l, LineRole.Boilerplate, "caption above a photo credit"); continue; }
        }
        // Topic break: a truncated teaser of another story (a paragraph cut off mid-sentence just before the tail or the
        // end), with the headline above it.
        for (int i = start; i < end && markupHeadings == null; i++)
        {
            var l = lines[i];
            if (l.Role != LineRole.Body || l.F.EndsSentence || l.F.Words < 12) continue;
            int n = NextNonBlank(lines, i + 1);
            bool atEnd = n < 0 || n >= end || lines[n].Role != LineRole.Body;
            if (!atEnd) continue;
            Remove(l, LineRole.Offtopic, "teaser: paragraph cut off mid-sentence at the article's end");
            int p = PrevNonBlank(lines, i - 1);
            if (p >= start && lines[p].Role == LineRole.Body && lines[p].F.HeadlineLike)
                Remove(lines[p], LineRole.Offtopic, "teaser headline");
        }
        // Blocks: a short line directly between two furniture-vocabulary lines is part of the block (a newsletter
        // box's description). Only adjacent lines count: a paragraph set off by blank lines is the article's own.
        for (int i = Math.Max(start, 1); i < end - 1; i++)
        {
            var l = lines[i];
            if (l.Role != LineRole.Body || l.F.Words > 16) continue;
            var prev = lines[i - 1];
            var next = lines[i + 1];
            if (prev.Role == LineRole.Boilerplate && prev.F.Vocab != null && next.Role == LineRole.Boilerplate && next.F.Vocab != null)
                Remove(l, LineRole.Boilerplate, "inside a furniture block");
        }
        // Closing notes: after the story's last paragraph, short lines that talk about the article itself or appeal to
        // the reader (disclaimers, transcript notes, membership appeals) are furniture. Walk back from the end.
        for (int i = end - 1; i >= start; i--)
        {
            var l = lines[i];
            if (l.Role is LineRole.Blank or LineRole.Boilerplate or LineRole.Offtopic or LineRole.Duplicate) continue;
            if (l.Role != LineRole.Body || l.F.Words > 30 || IsReportedSpeech(l.F)) break;
            var phrase = kb.FurnitureClosing.FirstOrDefault(p => l.F.Fold.Contains(p.Text, StringComparison.Ordinal));
            if (phrase == null) break;
            Remove(l, LineRole.Boilerplate, $"closing note (\"{phrase.Text}\")");
        }
        if (markupHeadings != null)
        {
            foreach (var i in markupHeadings)
                if (i >= start && i < end && lines[i].Role == LineRole.Body) { lines[i].Role = LineRole.Heading; lines[i].Rule = "heading in the page markup"; }
        }
        // Headings: short heading-like lines followed by body text; timestamps that open a live-blog entry.
        for (int i = start; i < end && markupHeadings == null; i++)
        {
            var l = lines[i];
            if (l.Role != LineRole.Body) continue;
            int n = NextNonBlank(lines, i + 1);
            if (n < 0 || n >= end) continue;
            var next = lines[n];
            if (next.Role is not (LineRole.Body or LineRole.Heading)) continue;
            if (l.F.Timestamp || (l.F.HeadlineLike && l.F.Words <= 14 && IsHeadingEnd(l.F) && (next.F.Prose || next.F.HeadlineLike)))
            {
                l.Role = LineRole.Heading;
                l.Rule = l.F.Timestamp ? "entry timestamp" : "section heading";
            }
        }
        // A timestamp line that remained in the body without an entry after it is furniture.
        for (int i = start; i < end; i++)
            if (lines[i].Role == LineRole.Body && lines[i].F.Timestamp) Remove(lines[i], LineRole.Boilerplate, "timestamp");
    }

    /// <summary>Headings end without a full stop; a question heading is fine unless it is a quoted question.</summary>
    private static bool IsHeadingEnd(LineFeatures f) =>
        !f.EndsSentence || (f.LastSignificant == '?' && f.Text[0] is not ('"' or '\u201C' or '\u2018' or '\'' or '\u00AB'));

    /// <summary>Quoted or attributed speech is the story's content, never an editorial note.</summary>
    private static bool IsReportedSpeech(LineFeatures f) =>
        f.Text.IndexOfAny(['"', '\u201C', '\u201D', '\u00AB']) >= 0 || f.Fold.Contains(" said") || f.Fold.Contains(" says") || f.Fold.Contains(" told ");

    private static string VocabRule(LineFeatures f) => $"furniture phrase \"{f.Vocab!.Text}\"";

    private static string HeaderRule(LineFeatures f) =>
        f.Vocab != null ? VocabRule(f)
        : f.WireCredit != null ? "wire credit"
        : f.Copyright ? "copyright notice"
        : f.DateLine ? "date line"
        : f.BylineName != null ? "byline"
        : f.Nav ? "navigation"
        : f.Caption ? "photo caption"
        : f.CaptionCredit ? "photo credit"
        : f.CommentHeader ? "comment header"
        : f.Timestamp ? "timestamp"
        : f.NameList ? "byline (names)"
        : "header furniture";

    /// <summary>A dateline opening a lead: "MOSCOW —", "UNITED NATIONS, Feb 24 (ANA) -", "Moscow (Outlet) –".</summary>
    internal static bool HasDateline(string text) => DatelineRx().IsMatch(text);

    /// <summary>
    /// Wire and newspaper datelines: "MOSCOW —", "UNITED NATIONS, Feb 24 (ANA) -", "MOSCOW, November 6. /Agency/.",
    /// "Moscow (Outlet) –". Groups: city, agency.
    /// </summary>
    [GeneratedRegex(@"^(?:(?<city>[\p{Lu}][\p{Lu}.'\-]*(?: [\p{Lu}][\p{Lu}.'\-]*){0,3})(?:, [\p{L}.]{3,10} \d{1,2})?(?:(?: \((?<agency>[^()\n]{1,60})\))? ?[-\u2013\u2014] |\. ?/(?<agency>[^/\n]{1,40})/\.? )|(?<city>[\p{Lu}][\p{Ll}'\-]+(?: [\p{Lu}][\p{Ll}'\-]+){0,2}) \((?<agency>[^()\n]{1,60})\) ?[-\u2013\u2014] )", RegexOptions.CultureInvariant)]
    internal static partial Regex DatelineRx();

    [GeneratedRegex(@"\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening|week|month|year)|last (?:week|month|year|night)|(?:on|last|next|this) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:later|earlier) this)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayRefRx();
}
