namespace Parley.Extract.Times;

public enum LexKind : byte { Word, Number, Punct }

/// <summary>
/// A light token for the time and quantity scanners: a run of letters, a number ("2.5", "1,000", "20.05", "3:16"), or one
/// punctuation character. Offsets are UTF-16 indexes into the scanned text, end exclusive.
/// </summary>
public readonly record struct LexToken(int Start, int End, LexKind Kind, string Text, string Lower, bool LineBreakBefore)
{
    public bool IsWord => Kind == LexKind.Word;
    public bool IsNumber => Kind == LexKind.Number;
    public bool IsPunct => Kind == LexKind.Punct;
    public bool Is(string lower) => Lower == lower;
    public bool IsCapitalized => Kind == LexKind.Word && char.IsUpper(Text[0]);
}

/// <summary>
/// Splits text into <see cref="LexToken"/>s in one left-to-right pass (linear time, no regular expressions). Shared by the
/// time and quantity annotators so both see the same boundaries ("12km" is a number then a word; "three-day" is a word, a
/// hyphen and a word, adjacency is kept through offsets).
/// </summary>
public static class WordLexer
{
    public static List<LexToken> Scan(string text)
    {
        var list = new List<LexToken>(text.Length / 5 + 4);
        int i = 0;
        bool lineBreak = true;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n') lineBreak = true;
                i++;
                continue;
            }
            int start = i;
            LexKind kind;
            if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i])) i++;
                kind = LexKind.Word;
            }
            else if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < text.Length)
                {
                    if (char.IsAsciiDigit(text[i])) { i++; continue; }
                    // a separator inside a number only when a digit follows: "1,000", "2.5", "3:16", not "2022." or "5, 6"
                    if ((text[i] == ',' || text[i] == '.' || text[i] == ':') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                    { i++; continue; }
                    break;
                }
                kind = LexKind.Number;
            }
            else
            {
                i++;
                kind = LexKind.Punct;
            }
            var t = text[start..i];
            list.Add(new LexToken(start, i, kind, t, kind == LexKind.Word ? t.ToLowerInvariant() : t, lineBreak));
            lineBreak = false;
        }
        return list;
    }

    /// <summary>True when no whitespace separates token <paramref name="i"/> from the one before it.</summary>
    public static bool Adjacent(List<LexToken> t, int i) => i > 0 && i < t.Count && t[i].Start == t[i - 1].End;

    /// <summary>True when token i ends a sentence or clause-level unit (., !, ?, ;, or a line break follows).</summary>
    public static bool IsSentenceEnd(List<LexToken> t, int i) =>
        t[i].IsPunct && t[i].Text is "." or "!" or "?" or ";" && (i + 1 >= t.Count || !t[i + 1].IsNumber || t[i + 1].LineBreakBefore || !Adjacent(t, i + 1));
}
