using Parley.Documents;

namespace Parley.Text;

/// <summary>
/// Splits text into tokens with a hand-written scanner over the normalized view (one pass, no backtracking beyond a
/// few characters of look-ahead). Conventions (close to the Penn Treebank's, which news tools share):
/// <list type="bullet">
/// <item>numbers keep their separators: 1,000 · 43.5 · 3:16 · 24/07/2024 · 2024-07-24; currency symbols and % are
///       their own tokens ($ 43.5, 50 %); a number runs on into letters (1st, 24bn, 5G)</item>
/// <item>hyphenated compounds are one token (full-scale, 32-member, COVID-19) unless both sides are plain numbers
///       (2014 - 2022); dashes (— and --) are always their own token, so "Crimea—the" is three tokens</item>
/// <item>clitics split off: Russia's → Russia 's, don't → do n't, they're → they 're; other inner apostrophes stay
///       (O'Brien); a trailing apostrophe is its own token (allies ')</item>
/// <item>abbreviations keep their period: listed ones (Mr., Gen., Jan., Inc.), dotted ones (U.S., a.m., e.g.) and
///       initials (J.); any other final period is its own token</item>
/// <item>URLs, e-mail addresses, @handles and #hashtags are single tokens</item>
/// <item>quote marks, brackets and other punctuation are single tokens; runs of . ? ! are one token ("...", "?!")</item>
/// </list>
/// Offsets are those of the original text (the view has the same length).
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens of <paramref name="text"/> (its normalized view computed here).</summary>
    public static List<Token> Tokenize(string text)
    {
        var list = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, TextNormalizer.Normalize(text), list);
        return list;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="into"/>; <paramref name="view"/> is its normalized view.</summary>
    public static void Tokenize(string text, string view, List<Token> into)
    {
        if (view.Length != text.Length) throw new ArgumentException("the normalized view must have the text's length", nameof(view));
        new Scanner(text, view, into).Run();
    }

    private ref struct Scanner(string text, string view, List<Token> into)
    {
        private readonly string _t = text, _v = view;
        private readonly List<Token> _out = into;
        private int _nextAt = -2;     // position of the next '@' at or after the scan point (-1: none left)

        public void Run()
        {
            var v = _v;
            int n = v.Length, i = 0;
            while (i < n)
            {
                char c = v[i];
                byte k = CharClass.Of(c);
                if (k is CharClass.Space or CharClass.Newline or CharClass.Ignorable) { i++; continue; }
                if (k is CharClass.Letter or CharClass.Digit or CharClass.Mark or CharClass.OtherDigit)
                {
                    i = Word(i);
                    continue;
                }
                i = Punctuation(i);
            }
        }

        private void Emit(int start, int end)
        {
            var text = _t.Substring(start, end - start);
            var tok = new Token(start, end, text, -1);
            var norm = TextNormalizer.NormalizeToken(text, _v.AsSpan(start, end - start));
            if (!ReferenceEquals(norm, text)) tok.Norm = norm;
            _out.Add(tok);
        }

        // ------------------------------------------------------------ punctuation and symbols

        private int Punctuation(int i)
        {
            var v = _v;
            int n = v.Length;
            char c = v[i];
            int j = i + 1;
            switch (c)
            {
                case '.':
                case '?':
                case '!':
                    // "...", "?!", "!!!": one token. A lone "." before a digit stays "." (".5" is rare; "No.5" is a typo).
                    while (j < n && v[j] is '.' or '?' or '!' or TextNormalizer.Ellipsis) j++;
                    break;
                case '-':
                case TextNormalizer.EmDash:
                    while (j < n && v[j] == c) j++;
                    break;
                case '@':
                    if (j < n && IsHandleChar(v[j]))
                    {
                        while (j < n && IsHandleChar(v[j])) j++;
                    }
                    break;
                case '#':
                    if (j < n && CharClass.IsLetter(v[j]))
                    {
                        while (j < n && (CharClass.IsWord(v[j]) || v[j] == '_')) j++;
                    }
                    break;
                case '\'':
                    // '90s: an elided century
                    if (j + 2 < n && CharClass.IsDigit(v[j]) && CharClass.IsDigit(v[j + 1]) && v[j + 2] == 's'
                        && (j + 3 >= n || !CharClass.IsWord(v[j + 3])))
                        j += 3;
                    break;
                default:
                    if (char.IsHighSurrogate(c) && j < n && char.IsLowSurrogate(v[j])) j++;
                    break;
            }
            Emit(i, j);
            return j;
        }

        private static bool IsHandleChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

        // ------------------------------------------------------------ words and numbers

        private int Word(int i)
        {
            var v = _v;
            char c = v[i];
            if ((c is 'h' or 'H' or 'w' or 'W') && IsUrlStart(i)) return Url(i);
            if (TryEmail(i, out int emailEnd)) { Emit(i, emailEnd); return emailEnd; }

            int n = v.Length;
            int start = i, j = i;
            bool lastSegDigits;
            if (CharClass.IsDigit(c))
            {
                j = Number(i);
                lastSegDigits = true;
                if (j < n && CharClass.IsWord(v[j])) { j = Run(j); lastSegDigits = false; }   // 1st, 24bn, 5G
            }
            else
            {
                j = Run(i);
                lastSegDigits = false;
                // dotted abbreviations: U.S., a.m., e.g., Ph.D., D.C.
                if (j < n && v[j] == '.' && j - start <= 2 && AllLetters(start, j))
                {
                    int k = j;
                    bool dotted = false;
                    while (k < n && v[k] == '.' && k + 1 < n && CharClass.IsLetter(v[k + 1]))
                    {
                        int e = Run(k + 1);
                        if (e - (k + 1) > 2 || !AllLetters(k + 1, e)) break;
                        k = e;
                        dotted = true;
                    }
                    if (dotted)
                    {
                        j = k;
                        if (j < n && v[j] == '.') j++;
                    }
                }
            }

            while (j < n)
            {
                char ch = v[j];
                if (ch == '-' && j + 1 < n && CharClass.IsWord(v[j + 1]))
                {
                    // compound: full-scale, 32-member, COVID-19, U.S.-led; but 2014-2022 is a range of two numbers
                    if (lastSegDigits && CharClass.IsDigit(v[j + 1])) break;
                    int segStart = j + 1;
                    j = CharClass.IsDigit(v[segStart]) ? Number(segStart) : Run(segStart);
                    lastSegDigits = CharClass.IsDigit(v[segStart]) && (j >= n || !CharClass.IsWord(v[j]));
                    if (j < n && CharClass.IsWord(v[j])) { j = Run(j); lastSegDigits = false; }
                    continue;
                }
                if (ch == '\'' && j > start)
                {
                    int after = j + 1, e = after;
                    while (e < n && CharClass.IsLetter(v[e])) e++;
                    bool wordEnds = e >= n || !CharClass.IsWord(v[e]);
                    if (e > after && wordEnds && IsClitic(after, e, out bool nt))
                    {
                        if (nt && j - 1 > start) { Emit(start, j - 1); Emit(j - 1, e); return e; }   // do|n't, ca|n't
                        if (!nt) { Emit(start, j); Emit(j, e); return e; }                           // Russia|'s, they|'re
                    }
                    if (e > after && (e >= n || v[e] != '\''))
                    {
                        j = e;                                                                       // O'Brien, Sana'a
                        if (j < n && CharClass.IsWord(v[j])) j = Run(j);
                        continue;
                    }
                    break;                                                                           // allies' → allies '
                }
                if (ch is '.' or ',' && j > start && CharClass.IsDigit(v[j - 1]) && j + 1 < n && CharClass.IsDigit(v[j + 1]))
                {
                    int e = Number(DigitRunStart(j));                                      // SGD1.75, A1,000
                    if (e > j) { j = e; if (j < n && CharClass.IsWord(v[j])) j = Run(j); continue; }
                    break;
                }
                if (ch == '&' && j + 1 < n && IsUpperAscii(v[j + 1]) && j - start <= 4 && AllUpper(start, j))
                {
                    int e = Run(j + 1);                                                              // AT&T, S&P, R&D
                    if (e - (j + 1) <= 4 && AllUpper(j + 1, e)) { j = e; continue; }
                    break;
                }
                break;
            }

            // a final period that belongs to the word: listed abbreviations and initials
            if (j < n && v[j] == '.' && ((j == start + 1 && char.IsUpper(v[start])) || IsListedAbbreviation(start, j)))
                j++;
            Emit(start, j);
            return j;
        }

        private bool IsListedAbbreviation(int start, int end)
        {
            if (end - start > 8) return false;
            return Lexicon.Abbreviation(_v.AsSpan(start, end - start)) != AbbreviationKind.None;
        }

        // 's 're 've 'll 'd 'm and n't (nt = true: the n before the apostrophe belongs to the clitic)
        private bool IsClitic(int from, int to, out bool nt)
        {
            var v = _v;
            nt = false;
            int len = to - from;
            char a = char.ToLowerInvariant(v[from]);
            if (len == 1)
            {
                if (a is 's' or 'd' or 'm') return true;
                if (a == 't' && from >= 2 && (v[from - 2] is 'n' or 'N')) { nt = true; return true; }
                return false;
            }
            if (len == 2)
            {
                char b = char.ToLowerInvariant(v[from + 1]);
                return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l');
            }
            return false;
        }

        // start of the run of digits ending just before j
        private int DigitRunStart(int j)
        {
            int k = j;
            while (k > 0 && CharClass.IsDigit(_v[k - 1])) k--;
            return k;
        }

        private int Run(int j)
        {
            var v = _v;
            while (j < v.Length && CharClass.IsWord(v[j])) j++;
            return j;
        }

        private bool AllLetters(int from, int to)
        {
            for (int i = from; i < to; i++) if (!CharClass.IsLetter(_v[i])) return false;
            return true;
        }

        private bool AllUpper(int from, int to)
        {
            if (to <= from) return false;
            for (int i = from; i < to; i++) if (!IsUpperAscii(_v[i])) return false;
            return true;
        }

        private static bool IsUpperAscii(char c) => c is >= 'A' and <= 'Z';

        /// <summary>Digits with thousands separators, decimals, clock times, slashed dates and ISO dates.</summary>
        private int Number(int i)
        {
            var v = _v;
            int n = v.Length, j = i;
            while (j < n && CharClass.IsDigit(v[j])) j++;
            int firstGroup = j - i;
            // ISO date 2024-07-24
            if (firstGroup == 4 && j + 5 < n && v[j] == '-' && D(j + 1) && D(j + 2) && v[j + 3] == '-' && D(j + 4) && D(j + 5)
                && (j + 6 >= n || !CharClass.IsDigit(v[j + 6])))
                return j + 6;
            while (j + 1 < n)
            {
                char c = v[j];
                if (c == ',' && j + 3 < n && D(j + 1) && D(j + 2) && D(j + 3) && (j + 4 >= n || !CharClass.IsDigit(v[j + 4])))
                { j += 4; continue; }                                               // 1,000
                if (c == '.' && D(j + 1))
                { j++; while (j < n && CharClass.IsDigit(v[j])) j++; continue; }   // 43.5
                if (c == ':' && firstGroup <= 2 && j + 2 < n && D(j + 1) && D(j + 2) && (j + 3 >= n || !CharClass.IsDigit(v[j + 3])))
                { j += 3; continue; }                                               // 20:05
                if (c == '/' && D(j + 1))
                { j++; while (j < n && CharClass.IsDigit(v[j])) j++; continue; }   // 24/07/2024, 1/2
                break;
            }
            return j;
        }

        private bool D(int j) => j < _v.Length && CharClass.IsDigit(_v[j]);

        // ------------------------------------------------------------ URLs and e-mail

        private bool IsUrlStart(int i)
        {
            var s = _v.AsSpan(i);
            return s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && s.Length > 4 && CharClass.IsWord(s[4]));
        }

        private int Url(int i)
        {
            var v = _v;
            int n = v.Length, j = i;
            int parens = 0;
            while (j < n)
            {
                char c = v[j];
                if (CharClass.IsSpace(c) || c is '"' or '<' or '>' or TextNormalizer.EmDash) break;
                if (c == '(') parens++;
                else if (c == ')') { if (parens == 0) break; parens--; }
                j++;
            }
            // trailing punctuation belongs to the sentence, not the address
            while (j > i + 1 && v[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}') j--;
            Emit(i, j);
            return j;
        }

        private static bool IsEmailLocal(char c) =>
            c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '%' or '+' or '-';

        private bool TryEmail(int i, out int end)
        {
            end = i;
            var v = _v;
            if (_nextAt == -1) return false;
            if (_nextAt < i) { _nextAt = v.IndexOf('@', i); if (_nextAt < 0) { _nextAt = -1; return false; } }
            int at = _nextAt;
            if (at - i > 64 || at == i) return false;
            for (int k = i; k < at; k++) if (!IsEmailLocal(v[k])) return false;
            int j = at + 1, n = v.Length, dots = 0;
            while (true)
            {
                int label = j;
                while (j < n && (v[j] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-')) j++;
                if (j == label) { if (dots > 0) j--; break; }   // "x@y." : the last dot ends the sentence
                if (j + 1 < n && v[j] == '.' && CharClass.IsLetter(v[j + 1])) { dots++; j++; continue; }
                break;
            }
            if (dots == 0) return false;
            end = j;
            return true;
        }
    }
}
