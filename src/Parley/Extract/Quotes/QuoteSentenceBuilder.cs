using Parley.Documents;

namespace Parley.Extract.Quotes;

/// <summary>
/// Builds <see cref="QuoteSentence"/>s: the sentence layer's boundaries when it exists (else a small splitter of our
/// own), minus any boundary that falls inside a quotation, plus joins across paragraph breaks where the first
/// paragraph stops mid-sentence.
/// </summary>
public static class QuoteSentenceBuilder
{
    public static List<QuoteSentence> Build(Document doc, IReadOnlyList<(int Start, int End)> paragraphs, bool[] isHeading,
        IReadOnlyList<QuoteSegment> segments)
    {
        var text = doc.Text;
        var top = segments.Where(s => s.Depth == 0).ToList();
        // raw sentences per paragraph
        var raw = new List<(int Start, int End, int Para)>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var (ps, pe) = paragraphs[p];
            var cuts = new List<int>();
            if (doc.Sentences.Count > 0)
            {
                foreach (var s in doc.Sentences)
                    if (s.End > ps && s.End < pe) cuts.Add(s.End);
            }
            else cuts.AddRange(SplitPoints(text, ps, pe));
            // never cut inside a quotation
            cuts.RemoveAll(c => InsideAny(top, c));
            int start = ps;
            foreach (var c in cuts.Distinct().Order())
            {
                if (c <= start) continue;
                AddTrimmed(text, start, c, p, raw);
                start = c;
            }
            AddTrimmed(text, start, pe, p, raw);
        }

        // join across paragraph breaks
        var merged = new List<(int Start, int End, int Para)>();
        foreach (var r in raw)
        {
            if (merged.Count > 0)
            {
                var last = merged[^1];
                int lastPara = ParagraphOf(paragraphs, last.End - 1);
                if (lastPara == r.Para - 1 && !isHeading[lastPara] && !isHeading[r.Para]
                    && IsParagraphEnd(paragraphs, last.End, lastPara, text) && IsParagraphStart(paragraphs, r.Start, r.Para, text)
                    && JoinsNext(text, last.Start, last.End, r.Start, r.End))
                {
                    merged[^1] = (last.Start, r.End, last.Para);
                    continue;
                }
            }
            merged.Add(r);
        }

        // the tagger's parts of speech, by token start, when the tag layer ran
        Dictionary<int, string>? tagAt = null;
        if (doc.Tokens.Count > 0 && doc.Tokens.Any(t => t.Tag.Length > 0))
        {
            tagAt = new Dictionary<int, string>();
            foreach (var t in doc.Tokens) tagAt.TryAdd(t.Start, t.Tag);
        }
        var result = new List<QuoteSentence>();
        int segPtr = 0;
        foreach (var (s, e, para) in merged)
        {
            var words = QuoteWords.Tokenize(text, s, e);
            while (segPtr < top.Count && top[segPtr].Open < s) segPtr++;
            var segs = new List<QuoteSegment>();
            for (int k = segPtr; k < top.Count && top[k].Open < e; k++) segs.Add(top[k]);
            var inQuote = new int[words.Count];
            int sp = 0;
            for (int i = 0; i < words.Count; i++)
            {
                inQuote[i] = -1;
                while (sp < segs.Count && segs[sp].Close <= words[i].Start) sp++;
                if (sp < segs.Count && words[i].Start > segs[sp].Open && words[i].Start < segs[sp].Close) inQuote[i] = sp;
            }
            result.Add(new QuoteSentence
            {
                Start = s, End = e, Paragraph = para, IsHeading = isHeading[para], Words = words, InQuote = inQuote,
                Segments = segs, Index = result.Count,
                Tags = tagAt == null ? null : words.Select(w => tagAt.TryGetValue(w.Start, out var tg) ? tg : null).ToArray(),
            });
        }
        return result;
    }

    /// <summary>Whether position c falls inside one of the (ordered, non-overlapping) top-level quotes.</summary>
    private static bool InsideAny(List<QuoteSegment> top, int c)
    {
        int lo = 0, hi = top.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (top[mid].Open < c) lo = mid + 1; else hi = mid - 1;
        }
        // top[hi] is the last quote opening before c
        return hi >= 0 && c <= top[hi].Close;
    }

    private static int ParagraphOf(IReadOnlyList<(int Start, int End)> paragraphs, int pos)
    {
        for (int p = 0; p < paragraphs.Count; p++) if (pos >= paragraphs[p].Start && pos < paragraphs[p].End) return p;
        return -1;
    }

    private static bool IsParagraphEnd(IReadOnlyList<(int Start, int End)> paragraphs, int end, int para, string text)
    {
        int pe = paragraphs[para].End;
        for (int i = end; i < pe; i++) if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    private static bool IsParagraphStart(IReadOnlyList<(int Start, int End)> paragraphs, int start, int para, string text)
    {
        int ps = paragraphs[para].Start;
        for (int i = ps; i < start; i++) if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    /// <summary>
    /// A paragraph that stops mid-sentence carries on into the next: it ends with a comma, colon, semicolon or dash,
    /// or it ends without closing punctuation and the next paragraph starts in lowercase or with a quotation mark;
    /// a paragraph starting in lowercase or with a dash before a name ("— Jane Doe") continues the one before.
    /// </summary>
    private static bool JoinsNext(string text, int s1, int e1, int s2, int e2)
    {
        int le = e1;
        while (le - 1 > s1 && text[le - 1] is '”' or '"' or '’' or '\'' or '»') le--;   // "…,” + next line
        char last = text[le - 1];
        char first = text[s2];
        char second = s2 + 1 < e2 ? text[s2 + 1] : ' ';
        if (char.IsLower(first)) return true;
        if ((first is '—' or '–' or '-') && e2 - s2 < 80) return true;
        if (last is ',' or ':' or ';' or '—' or '–') return true;
        if (char.IsLower(last) && QuoteWords.IsQuoteChar(first) && (char.IsLower(second) || second == '…')) return true;
        return false;
    }

    private static void AddTrimmed(string text, int s, int e, int para, List<(int, int, int)> raw)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (e > s) raw.Add((s, e, para));
    }

    /// <summary>Sentence ends inside a paragraph: . ! ? (with closing quotes/brackets) before a capital, digit or opening mark.</summary>
    internal static IEnumerable<int> SplitPoints(string text, int ps, int pe)
    {
        for (int i = ps; i < pe; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?' or '…')) continue;
            int j = i + 1;
            while (j < pe && (text[j] is '.' or '!' or '?' or ')' or ']' or '”' or '’' or '"' or '\'' or '»')) j++;
            if (j >= pe || !char.IsWhiteSpace(text[j])) continue;
            int k = j;
            while (k < pe && char.IsWhiteSpace(text[k])) k++;
            if (k >= pe) continue;
            char n = text[k];
            if (!(char.IsUpper(n) || char.IsDigit(n) || n is '“' or '"' or '‘' or '\'' or '«' or '„' or '(' or '[')) continue;
            if (c == '.' && IsAbbreviationBefore(text, ps, i)) continue;
            yield return j;
        }
    }

    private static bool IsAbbreviationBefore(string text, int ps, int dot)
    {
        int s = dot;
        while (s > ps && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
        var w = text[s..dot];
        if (w.Length == 0) return false;
        if (w.Length == 1 && char.IsUpper(w[0])) return true;             // an initial: "J. Smith"
        if (w.Contains('.')) return true;                                  // U.S., U.N.
        return w.ToLowerInvariant() is "mr" or "mrs" or "ms" or "dr" or "gen" or "col" or "lt" or "sgt" or "capt" or "maj"
            or "prof" or "sen" or "rep" or "gov" or "jr" or "sr" or "st" or "vs" or "no" or "jan" or "feb" or "aug" or "sept"
            or "oct" or "nov" or "dec" or "adm" or "rev" or "hon" or "inc" or "ltd" or "corp" or "co";
    }
}
