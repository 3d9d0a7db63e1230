using System.Text;

namespace Parley.Knowledge;

/// <summary>A word of a text as the actor matcher sees it: offsets into the text and its normalized key.</summary>
public readonly record struct Word(int Start, int End, string Key)
{
    public int Length => End - Start;
}

/// <summary>
/// Normalization and word scanning shared by the knowledge-base surfaces and the documents they are matched against,
/// so that both sides are cut and folded the same way: lower case, diacritics folded (Zelenskyy/Zelenskyy,
/// Bürgenstock/Burgenstock), typographic apostrophes and dashes unified, the possessive "'s" a word of its own.
/// Hand-written scanner: linear, no regex, safe on untrusted text.
/// </summary>
public static class KbText
{
    /// <summary>Folds one character: lower case, Latin diacritics removed, apostrophes and dashes unified.</summary>
    public static char Fold(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        switch (c)
        {
            case '\u2019': case '\u2018': case '\u02BC': case '\u00B4': case '`': return '\'';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2212': return '-';
        }
        var f = FoldLatin(c);
        return f != '\0' ? f : char.ToLowerInvariant(c);
    }

    private static char FoldLatin(char c)
    {
        // Latin-1 Supplement and Latin Extended-A: the letters names in this field use.
        const string from = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšȘșŢţŤťŦŧȚțÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽž";
        const string to   = "aaaaaaaaaaaaaaaaaacccccccccccddddeeeeeeeeeeeeeeeeeegggggggghhhhiiiiiiiiiiiiiiiiiijjkklllllllllnnnnnnnnoooooooooooooooooorrrrrrsssssssssssttttttttuuuuuuuuuuuuuuuuuuuuwwyyyyyyzzzzzz";
        int i = from.IndexOf(c);
        return i >= 0 ? to[i] : '\0';
    }

    /// <summary>The normalized form of a whole phrase: words folded and joined by single spaces.</summary>
    public static string Normalize(string s)
    {
        var words = Scan(s);
        return string.Join(' ', words.Select(w => w.Key));
    }

    /// <summary>Folded keys of the words of a phrase.</summary>
    public static string[] Keys(string s) => Scan(s).Select(w => w.Key).ToArray();

    private static bool IsLetterOrDigit(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';
    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2013';

    /// <summary>
    /// Cuts a text into words: letter/digit runs joined by inner apostrophes ("N'Djamena", "d'Ivoire"), hyphens as
    /// words of their own ("Lvova", "-", "Belova", folded from any dash); dotted abbreviations ("U.S.", "U.N.", "D.C.") as one word; the
    /// possessive "'s"/"’s" and every other non-space symbol as a word of its own.
    /// </summary>
    public static List<Word> Scan(string text, int from = 0, int to = -1)
    {
        if (to < 0) to = text.Length;
        var words = new List<Word>(Math.Max(4, (to - from) / 5));
        var sb = new StringBuilder(32);
        int i = from;
        while (i < to)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (IsLetterOrDigit(c))
            {
                int start = i;
                // dotted abbreviation: single letters each followed by a dot, at least two ("U.S.", "U.N.", "D.C.")
                if (char.IsLetter(c) && i + 2 < to && text[i + 1] == '.' && char.IsLetter(text[i + 2]))
                {
                    int j = i, pairs = 0;
                    while (j + 1 < to && char.IsLetter(text[j]) && text[j + 1] == '.')
                    {
                        pairs++; j += 2;
                        if (j >= to || !char.IsLetter(text[j]) || j + 1 >= to || text[j + 1] != '.') break;
                    }
                    if (pairs >= 2)
                    {
                        // the key drops the dots, so "U.S." and "US" are one key (the shape check keeps "us" apart)
                        sb.Clear();
                        for (int k = i; k < j; k++) if (text[k] != '.') sb.Append(Fold(text[k]));
                        words.Add(new Word(i, j, sb.ToString()));
                        i = j;
                        continue;
                    }
                }
                sb.Clear();
                while (i < to)
                {
                    c = text[i];
                    if (IsLetterOrDigit(c)) { sb.Append(Fold(c)); i++; continue; }
                    // an inner apostrophe followed by a letter joins ("N'Djamena"), but not the possessive 's;
                    // hyphens split, so "US-supplied" and "World Bank-administered" still show their names
                    if (IsApostrophe(c) && i + 1 < to && IsLetterOrDigit(text[i + 1]))
                    {
                        if (IsPossessiveAt(text, i, to)) break;
                        sb.Append(Fold(c)); i++; continue;
                    }
                    break;
                }
                words.Add(new Word(start, i, sb.ToString()));
                continue;
            }
            if (IsApostrophe(c) && IsPossessiveAt(text, i, to))
            {
                words.Add(new Word(i, i + 2, "'s"));
                i += 2;
                continue;
            }
            words.Add(new Word(i, i + 1, Fold(c).ToString()));
            i++;
        }
        return words;
    }

    /// <summary>'s / ’s ending a word (followed by a non-letter).</summary>
    private static bool IsPossessiveAt(string text, int i, int to) =>
        i + 1 < to && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= to || !IsLetterOrDigit(text[i + 2]));

    /// <summary>A stable id: the folded name, non-alphanumerics to single hyphens ("U.S. Department of State" → "us-department-of-state").</summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool dash = false;
        foreach (var ch in name)
        {
            if (ch == '.' || IsApostrophe(ch)) continue;
            var f = Fold(ch);
            if (char.IsLetterOrDigit(f) && f < 128) { sb.Append(f); dash = false; }
            else if (!dash && sb.Length > 0) { sb.Append('-'); dash = true; }
        }
        while (sb.Length > 0 && sb[^1] == '-') sb.Length--;
        return sb.ToString();
    }
}
