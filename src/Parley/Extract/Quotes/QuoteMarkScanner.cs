namespace Parley.Extract.Quotes;

/// <summary>
/// A quoted stretch between a pair of quote marks. <see cref="Open"/> is the opening mark's index,
/// <see cref="Close"/> the closing mark's index (the paragraph end when the quote runs on into the next paragraph);
/// the content is between them. Depth 0 is a top-level quote; deeper ones are nested inside another quote.
/// </summary>
public sealed record QuoteSegment(int Open, int Close, int ContentStart, int ContentEnd, bool Single, int Depth, bool RunsOn)
{
    public int Paragraph { get; init; }
}

/// <summary>
/// Pairs quote marks paragraph by paragraph: “ ” " " ‘ ’ ' ' « » „ “ ‚ ‘ ‹ ›. Apostrophes (Russia’s, don't, ’90s,
/// countries’) and primes (5′, 10″) are told from closing marks by the letters around them. A quote never extends
/// past its paragraph: an unmatched opening mark is dropped (so a stray mark cannot swallow the document), except
/// that a quote opened at a paragraph's start and left open continues when the next paragraph opens with a mark
/// (the print convention for a quotation running over several paragraphs).
/// </summary>
public static class QuoteMarkScanner
{
    /// <summary>Longest single-quoted stretch accepted: single marks double as apostrophes, so bound the damage.</summary>
    private const int MaxSingleLength = 300;
    /// <summary>Deepest nesting kept: quotes inside quotes inside quotes are already rare; deeper openers are strays.</summary>
    private const int MaxDepth = 6;

    private enum Role { None, OpenDouble, CloseDouble, OpenSingle, CloseSingle, AmbiguousDouble, AmbiguousSingleClose }

    private readonly record struct Opener(int Index, bool Single, char Mark);

    public static List<QuoteSegment> Scan(string text, IReadOnlyList<(int Start, int End)> paragraphs)
    {
        var result = new List<QuoteSegment>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var (ps, pe) = paragraphs[p];
            bool nextOpensWithMark = p + 1 < paragraphs.Count && StartsWithOpeningMark(text, paragraphs[p + 1].Start, paragraphs[p + 1].End);
            ScanParagraph(text, ps, pe, p, nextOpensWithMark, result);
        }
        result.Sort((a, b) => a.Open.CompareTo(b.Open));
        return result;
    }

    public static bool StartsWithOpeningMark(string text, int start, int end)
    {
        int i = start;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        if (i >= end) return false;
        var r = Classify(text, i, start, end, doubleOpen: false, singleOpen: false);
        return r is Role.OpenDouble or Role.OpenSingle or Role.AmbiguousDouble;
    }

    private static void ScanParagraph(string text, int ps, int pe, int para, bool nextOpensWithMark, List<QuoteSegment> output)
    {
        var stack = new List<Opener>();
        for (int i = ps; i < pe; i++)
        {
            char c = text[i];
            if (!IsMarkChar(c)) continue;
            // an open single quote that ran too long was an apostrophe misread as an opening mark
            if (stack.Count > 0 && stack[^1].Single && i - stack[^1].Index > MaxSingleLength) stack.RemoveAt(stack.Count - 1);
            if (stack.Count >= MaxDepth) stack.RemoveAt(stack.Count - 1);
            bool doubleOpen = false;
            foreach (var o in stack) if (!o.Single) { doubleOpen = true; break; }
            bool singleOpen = stack.Count > 0 && stack[^1].Single;
            var role = Classify(text, i, ps, pe, doubleOpen, singleOpen);
            switch (role)
            {
                case Role.OpenDouble: stack.Add(new Opener(i, false, c)); break;
                case Role.OpenSingle: stack.Add(new Opener(i, true, c)); break;
                case Role.AmbiguousDouble:
                    if (doubleOpen) CloseDouble(i); else stack.Add(new Opener(i, false, c));
                    break;
                case Role.CloseDouble: CloseDouble(i); break;
                case Role.CloseSingle:
                case Role.AmbiguousSingleClose:
                    if (singleOpen) Emit(stack.Count - 1, i);
                    break;
            }
        }
        // Left open at the paragraph end: a quote opened at the paragraph's start runs on when the next paragraph
        // opens with a mark; everything else was a stray mark and is dropped.
        if (stack.Count > 0)
        {
            var first = stack[0];
            int lead = ps;
            while (lead < pe && char.IsWhiteSpace(text[lead])) lead++;
            if (!first.Single && nextOpensWithMark && (first.Index == lead || stack.Count == 1))
                output.Add(Make(first.Index, pe, false, 0, runsOn: true));
        }

        void CloseDouble(int at)
        {
            for (int k = stack.Count - 1; k >= 0; k--)
            {
                if (stack[k].Single) continue;
                if (!Pairs(stack[k].Mark, text[at])) return;
                Emit(k, at);
                return;
            }
        }

        void Emit(int k, int at)
        {
            var o = stack[k];
            stack.RemoveRange(k, stack.Count - k);   // inner marks left open were strays
            output.Add(Make(o.Index, at, o.Single, stack.Count, runsOn: false));
        }

        QuoteSegment Make(int open, int close, bool single, int depth, bool runsOn)
        {
            int cs = open + 1, ce = close;
            while (cs < ce && char.IsWhiteSpace(text[cs])) cs++;
            while (ce > cs && char.IsWhiteSpace(text[ce - 1])) ce--;
            return new QuoteSegment(open, close, cs, ce, single, depth, runsOn) { Paragraph = para };
        }
    }

    /// <summary>Whether an opening mark and a closing mark belong to compatible styles.</summary>
    private static bool Pairs(char open, char close) => open switch
    {
        '«' => close is '»' or '”' or '"',
        '»' => close is '«',
        '„' => close is '“' or '”' or '"',
        '“' => close is '”' or '"' or '“',
        '"' => close is '"' or '”' or '“',
        '”' => close is '”',
        _ => true,
    };

    private static bool IsMarkChar(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '\'' or '‘' or '’' or '‚' or '‹' or '›';

    private static Role Classify(string text, int i, int ps, int pe, bool doubleOpen, bool singleOpen)
    {
        char c = text[i];
        char prev = i > ps ? text[i - 1] : ' ';
        char next = i + 1 < pe ? text[i + 1] : ' ';
        bool prevSpace = char.IsWhiteSpace(prev) || IsOpeningPunct(prev);
        bool nextSpace = i + 1 >= pe || char.IsWhiteSpace(next) || IsClosingPunct(next);
        switch (c)
        {
            case '“':
                // „…“ (German style) closes with “; otherwise “ opens
                return doubleOpen && !prevSpace && nextSpace ? Role.CloseDouble : Role.OpenDouble;
            case '”':
                // Swedish style ”…” opens with ”: only at a word start with nothing open
                return !doubleOpen && prevSpace && !nextSpace ? Role.OpenDouble : Role.CloseDouble;
            case '„': return Role.OpenDouble;
            case '«': return Role.OpenDouble;
            case '»': return doubleOpen ? Role.CloseDouble : Role.None;
            case '‹': return Role.OpenSingle;
            case '›': return singleOpen ? Role.CloseSingle : Role.None;
            case '‚': return Role.OpenSingle;
            case '"':
                if (char.IsDigit(prev) && !doubleOpen) return Role.None; // 10" (inches)
                if (prevSpace && !nextSpace) return Role.AmbiguousDouble;
                if (!prevSpace && nextSpace) return Role.CloseDouble;
                return Role.AmbiguousDouble;
            case '‘':
                if (IsDecadeApostrophe(text, i, pe)) return Role.None; // ‘90s
                if (char.IsLetter(prev)) return singleOpen ? Role.CloseSingle : Role.None;
                return Role.OpenSingle;
            case '’':
            case '\'':
                if (char.IsLetterOrDigit(prev) && char.IsLetter(next)) return Role.None;             // Russia’s, don't
                if (prevSpace && char.IsDigit(next) && IsDecadeApostrophe(text, i, pe)) return Role.None; // ’90s
                if (c == '\'' && prevSpace && !nextSpace) return Role.OpenSingle;
                if (c == '’' && prevSpace && !nextSpace) return Role.None;                             // misplaced apostrophe
                return singleOpen ? Role.AmbiguousSingleClose : Role.None;                            // countries’ / closing
        }
        return Role.None;
    }

    private static bool IsDecadeApostrophe(string text, int i, int pe) =>
        i + 3 < pe + 1 && i + 2 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
        && (i + 3 >= pe || !char.IsLetterOrDigit(text[i + 3]) || text[i + 3] == 's');

    private static bool IsOpeningPunct(char c) => c is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':' || IsQuoteOpenerChar(c);
    private static bool IsClosingPunct(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '—' or '–' or '…' or '”' or '’' or '"' or '\'' or '»' or '›';
    private static bool IsQuoteOpenerChar(char c) => c is '“' or '‘' or '„' or '«' or '‹' or '"' or '\'';
}
