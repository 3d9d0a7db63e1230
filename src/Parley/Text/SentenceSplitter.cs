using Parley.Documents;

namespace Parley.Text;

/// <summary>
/// Groups tokens into sentences. A sentence never crosses a paragraph ('\n'), and a heading is a sentence of its own.
/// Inside a paragraph a sentence ends at terminal punctuation (. ? ! ... …), together with the closing quotes and
/// brackets that hug it ( ."  ?”  !’  .) ), when what follows can start a sentence:
/// <list type="bullet">
/// <item>a lower-case word never starts one ("... for now," she said / "Why?" he asked / the … so-called)</item>
/// <item>after ?" or !" a name followed by a reporting verb is the attribution of the quote ("Why?" Peskov asked)</item>
/// <item>an abbreviation's period (abbreviations.tsv) ends a sentence only when the next word clearly starts one
///       ("U.S. The", not "U.S. President"); titles never do (Gen., Mr.); months and No. never before a number;
///       an initial never before a name (J. D. Vance, Donald J. Trump)</item>
/// </list>
/// Decimals, dotted abbreviations and initials never reach here as separate periods: the tokenizer keeps them inside tokens.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Splits <paramref name="tokens"/> of <paramref name="text"/>; sets each token's Sentence and returns the spans.</summary>
    public static List<SentenceSpan> Split(string text, string view, IReadOnlyList<Token> tokens, IReadOnlyList<Heading>? headings = null)
    {
        var result = new List<SentenceSpan>(tokens.Count / 20 + 1);
        int count = tokens.Count;
        if (count == 0) return result;

        // Heading spans: a break before their first token and after their last, no break inside.
        var hs = headings == null || headings.Count == 0 ? null : headings.Select(h => h.Span).OrderBy(s => s.Start).ToArray();
        int hi = 0;

        int first = 0;
        bool inQuote = false;       // a double quote opened in this paragraph and not closed yet
        for (int ti = 0; ti < count; ti++)
        {
            var tok = tokens[ti];
            int next = ti + 1;
            bool paragraphStart = ti == 0 || ParagraphBreak(view, tokens[ti - 1].End, tok.Start);
            if (paragraphStart)
            {
                inQuote = false;
                int credit = DatelineCreditEnd(view, tokens, ti);
                if (credit > ti && (hs == null || !Overlaps(hs, tok.Start, tokens[credit].End)))
                {
                    AddSentence(result, tokens, ti, credit);
                    ti = credit;
                    first = credit + 1;
                    continue;
                }
            }
            if (tok.End - tok.Start == 1 && view[tok.Start] == '"') inQuote = OpensQuote(text, view, tok.Start);
            bool end;
            bool inHeading = false;
            int headingEnd = -1;
            if (hs != null)
            {
                while (hi < hs.Length && hs[hi].End <= tok.Start) hi++;
                if (hi < hs.Length && hs[hi].Start <= tok.Start) { inHeading = true; headingEnd = hs[hi].End; }
            }

            if (next >= count) end = true;
            else if (ParagraphBreak(view, tok.End, tokens[next].Start)) end = true;
            else if (inHeading) end = tokens[next].Start >= headingEnd;
            else if (hs != null && hi < hs.Length && tokens[next].Start >= hs[hi].Start) end = true;   // a heading starts next
            else
            {
                int last = EndsSentence(view, tokens, ti, inQuote);
                if (last >= 0)
                {
                    // the sentence ends at 'last' (terminal plus hugging closers); resume after it
                    AddSentence(result, tokens, first, last);
                    ti = last;
                    first = last + 1;
                    continue;
                }
                end = false;
            }
            tok.Sentence = result.Count;
            if (end)
            {
                AddSentence(result, tokens, first, ti);
                first = ti + 1;
            }
        }
        return result;
    }

    private static void AddSentence(List<SentenceSpan> result, IReadOnlyList<Token> tokens, int first, int last)
    {
        int idx = result.Count;
        for (int k = first; k <= last; k++) tokens[k].Sentence = idx;
        result.Add(new SentenceSpan(tokens[first].Start, tokens[last].End));
    }

    private static bool ParagraphBreak(string view, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (view[i] is '\n' or '\u2028' or '\u2029') return true;
        return false;
    }

    /// <summary>
    /// When token <paramref name="ti"/> ends a sentence, the index of the sentence's last token (the terminal or the
    /// closers that hug it); otherwise -1. Only called when a next token exists in the same paragraph.
    /// </summary>
    private static int EndsSentence(string view, IReadOnlyList<Token> tokens, int ti, bool inQuote)
    {
        var tok = tokens[ti];
        var s = view.AsSpan(tok.Start, tok.End - tok.Start);
        char lastChar = s[^1];
        bool terminal = IsTerminal(s);
        AbbreviationKind abbr = AbbreviationKind.None;
        if (!terminal)
        {
            if (lastChar != '.' || s.Length < 2) return -1;
            abbr = AbbreviationOf(s);
            if (abbr == AbbreviationKind.None) return -1;
        }

        // absorb closing quotes and brackets that hug the terminal: ."  ?”  .)  !’
        int last = ti;
        bool closedQuote = false;
        while (last + 1 < tokens.Count)
        {
            var nt = tokens[last + 1];
            if (nt.Start != tokens[last].End || nt.End - nt.Start != 1) break;
            char c = view[nt.Start];
            if (c is ')' or ']' or '}') { last++; continue; }
            if (c is '"' or '\'' && IsClosingQuote(view, nt.Start)) { last++; closedQuote = true; continue; }
            break;
        }
        if (last + 1 >= tokens.Count) return last;
        int nextIdx = last + 1;
        var next = tokens[nextIdx];
        if (ParagraphBreak(view, tokens[last].End, next.Start)) return last;
        var ns = view.AsSpan(next.Start, next.End - next.Start);
        char n0 = ns[0];

        if (char.IsLower(n0) && !HasUpper(ns)) return -1;                  // "...," she said / "Why?" he asked (but "iPhone")
        if (n0 is ',' or ';' or ':' or ')' or ']' or '}' or '-' or TextNormalizer.EmDash) return -1;

        if (terminal)
        {
            bool question = s.Contains('?') || s.Contains('!');
            bool ellipsis = s is ".." or "..." || (s.Length == 1 && s[0] == TextNormalizer.Ellipsis);   // "...." is a period and an ellipsis
            if (ellipsis && inQuote && !closedQuote) return -1;           // an omission inside a quotation: "we ... Once"
            if (question && closedQuote && !Lexicon.IsClearSentenceStart(ns) && IsAttribution(view, tokens, nextIdx))
                return -1;                                                 // "Why now?" Peskov asked.
            return last;                                                   // capital, digit, opening quote or bracket
        }

        // an abbreviation's period
        bool nextIsNumber = CharClass.IsDigit(n0);
        switch (abbr)
        {
            case AbbreviationKind.Title:
                return -1;
            case AbbreviationKind.Month:
            case AbbreviationKind.Number:
                if (nextIsNumber) return -1;
                break;
        }
        if (Lexicon.IsClearSentenceStart(ns)) return last;
        // an opening quote then a capital: a quoted sentence starts ("... Inc. "We ...")
        if (abbr != AbbreviationKind.Initial && n0 is '"' && nextIdx + 1 < tokens.Count)
        {
            var after = tokens[nextIdx + 1];
            if (after.Start == next.End && char.IsUpper(view[after.Start])) return last;
        }
        return -1;
    }

    /// <summary>
    /// A paragraph that opens with a dateline credit "Place (Source) – ", with no date: the credit names where and by
    /// whom, it is not part of the first sentence ("Moscow (Example Post) – The Kremlin said ..."). Returns the index of
    /// the dash, or -1. Wire datelines with a date ("KYIV, May 2 (Agency) - ...") are left to the sentence, as wire copy
    /// writes them as its lead.
    /// </summary>
    private static int DatelineCreditEnd(string view, IReadOnlyList<Token> tokens, int ti)
    {
        int k = ti, n = tokens.Count;
        while (k < n && k < ti + 3 && IsCapitalizedWord(view, tokens[k])) k++;
        if (k == ti || k >= n || view[tokens[k].Start] != '(' || tokens[k].End - tokens[k].Start != 1) return -1;
        int close = k + 1;
        while (close < n && close < k + 7 && view[tokens[close].Start] != ')')
        {
            if (ParagraphBreak(view, tokens[close - 1].End, tokens[close].Start)) return -1;
            close++;
        }
        if (close >= n || close == k + 1 || view[tokens[close].Start] != ')') return -1;
        int dash = close + 1;
        if (dash + 1 >= n) return -1;
        var d = view.AsSpan(tokens[dash].Start, tokens[dash].End - tokens[dash].Start);
        if (d is not ("-" or "--" or "\u2014")) return -1;
        if (tokens[dash].Start == tokens[close].End || tokens[dash + 1].Start == tokens[dash].End) return -1;   // spaced dash only
        if (ParagraphBreak(view, tokens[close].End, tokens[dash + 1].Start)) return -1;
        return char.IsUpper(view[tokens[dash + 1].Start]) || view[tokens[dash + 1].Start] is '"' ? dash : -1;
    }

    private static bool IsCapitalizedWord(string view, Token t)
    {
        var w = view.AsSpan(t.Start, t.End - t.Start);
        if (!char.IsUpper(w[0])) return false;
        foreach (var c in w) if (!CharClass.IsLetter(c) && c is not ('-' or '.' or '\'')) return false;
        return !Lexicon.IsClearSentenceStart(w);      // "The (...)" or "In (...)" open a sentence, not a dateline
    }

    private static bool Overlaps(Span[] spans, int start, int end)
    {
        foreach (var s in spans) if (s.Start < end && start < s.End) return true;
        return false;
    }

    private static bool HasUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsUpper(c)) return true;
        return false;
    }

    /// <summary>Whether the double quote at <paramref name="at"/> opens a quotation (curly and angle quotes say so; a straight one by its neighbours).</summary>
    private static bool OpensQuote(string text, string view, int at)
    {
        switch (text[at])
        {
            case '\u201C' or '\u201E' or '\u00AB': return true;
            case '\u201D' or '\u00BB': return false;
        }
        return !IsClosingQuote(view, at);
    }

    private static bool IsTerminal(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (c is not ('.' or '?' or '!' or TextNormalizer.Ellipsis)) return false;
        return true;
    }

    private static AbbreviationKind AbbreviationOf(ReadOnlySpan<char> s)
    {
        var stem = s[..^1];
        if (stem.Length == 1 && char.IsUpper(stem[0])) return AbbreviationKind.Initial;
        var listed = Lexicon.Abbreviation(stem);
        if (listed != AbbreviationKind.None) return listed;
        if (stem.Contains('.')) return AbbreviationKind.General;      // U.S., a.m., Ph.D.
        return AbbreviationKind.None;
    }

    /// <summary>A straight quote is closing when it follows a non-space and is not followed by a word character.</summary>
    private static bool IsClosingQuote(string view, int at)
    {
        if (at == 0 || CharClass.IsSpace(view[at - 1])) return false;
        return at + 1 >= view.Length || !CharClass.IsWord(view[at + 1]);
    }

    /// <summary>Up to six name or title words and then a reporting verb: the speaker of the quote just closed.</summary>
    private static bool IsAttribution(string view, IReadOnlyList<Token> tokens, int from)
    {
        for (int k = from; k < tokens.Count && k < from + 7; k++)
        {
            var t = tokens[k];
            var w = view.AsSpan(t.Start, t.End - t.Start);
            if (ParagraphBreak(view, k == from ? t.Start : tokens[k - 1].End, t.Start)) return false;
            if (k > from && Lexicon.Lookup(w) is { ReportingClass: not null, VerbForms: var vf }
                && (vf & (VerbForms.Past | VerbForms.Present3)) != 0)
                return true;
            if (!CharClass.IsWord(w[0]) && w is not "'s") return false;
            if (k > from && char.IsLower(w[0]) && Lexicon.Lookup(w) is { } e && e.Tag is not (PosTag.NOUN or PosTag.DET or PosTag.ADJ))
                return false;
        }
        return false;
    }
}
