using System.Globalization;
using System.Text;

namespace Parley.Text;

/// <summary>Small string normalizations used to compare surface forms (not offset-keeping: for keys only).</summary>
public static class TextNorm
{
    /// <summary>Lower-case, straight quotes, plain hyphens, single spaces, no diacritics.</summary>
    public static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var ch0 in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch0) == UnicodeCategory.NonSpacingMark) continue;
            char ch = ch0 switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => ch0,
            };
            if (ch == '\u2026') { sb.Append("..."); space = false; continue; }
            if (char.IsWhiteSpace(ch)) { if (!space && sb.Length > 0) sb.Append(' '); space = true; continue; }
            space = false;
            sb.Append(char.ToLowerInvariant(ch));
        }
        while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return sb.ToString();
    }

    public static int WordCount(string s)
    {
        int n = 0; bool inWord = false;
        foreach (var c in s)
        {
            bool w = char.IsLetterOrDigit(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }
}
