using System.Runtime.CompilerServices;
using Parley.Documents;

namespace Parley.Text;

/// <summary>
/// Folds the typographic variety of scraped text to a few canonical characters, one character for one character,
/// so the normalized view has the same length as the original and every offset into it is an offset into
/// <see cref="Document.Text"/>. Rules that match text (tokenizer, quotes, times) read the view and report spans of the
/// original.
/// <list type="bullet">
/// <item>single quotes, apostrophes, primes, backticks, acute accents, single guillemets → <c>'</c></item>
/// <item>double quotes (curly, low-9, double prime, guillemets) → <c>"</c></item>
/// <item>hyphen-like characters (hyphen, non-breaking hyphen, minus sign, figure dash) → <c>-</c></item>
/// <item>em dash, horizontal bar → <c>—</c>; an en dash is a hyphen between two non-spaces ("2014–2022",
///       "Russia–Ukraine") and a dash when spaced (" – ")</item>
/// <item>non-breaking, thin, figure, ideographic and other odd spaces, tabs and carriage returns → space;
///       line and paragraph separators → <c>\n</c></item>
/// <item>full-width ASCII forms → ASCII</item>
/// <item>zero-width characters and soft hyphens → <see cref="Ignorable"/> (U+200B): they cannot be deleted without
///       shifting offsets, so the tokenizer treats them as part of the word they sit in and drops them from
///       <see cref="Token.Norm"/>.</item>
/// </list>
/// The ellipsis character stays one character (<c>…</c>); the tokenizer treats it like "...".
/// </summary>
public static class TextNormalizer
{
    /// <summary>The canonical invisible character: zero-width space.</summary>
    public const char Ignorable = '\u200B';
    public const char EmDash = '\u2014';
    public const char Ellipsis = '\u2026';

    // 0 = keep; otherwise the replacement. 0xFFFF marks the context-dependent en dash.
    private static readonly char[] Map = BuildMap();
    private const char EnDashMarker = '\uFFFF';

    private static char[] BuildMap()
    {
        var m = new char[65536];
        foreach (var c in "\u2018\u2019\u201A\u201B\u2032\u2035\u0060\u00B4\u2039\u203A\u02BC\u02BB\uFF07") m[c] = '\'';
        foreach (var c in "\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\u301D\u301E\uFF02") m[c] = '"';
        foreach (var c in "\u2010\u2011\u2012\u2212\uFE63\uFF0D\u2043") m[c] = '-';
        foreach (var c in "\u2015\uFE58\u2E3A\u2E3B") m[c] = EmDash;
        m['\u2013'] = EnDashMarker;
        foreach (var c in "\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\t\r\v\f\u0085\u1680")
            m[c] = ' ';
        m['\u2028'] = '\n';
        m['\u2029'] = '\n';
        foreach (var c in "\u200C\u200D\u2060\uFEFF\u00AD\u180E") m[c] = Ignorable;
        for (char c = '\uFF01'; c <= '\uFF5E'; c++)
            if (m[c] == 0) m[c] = (char)(c - 0xFF01 + 0x21);
        return m;
    }

    /// <summary>The canonical form of one character, ignoring context (an en dash folds to '-').</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        var r = Map[c];
        return r == 0 ? c : r == EnDashMarker ? '-' : r;
    }

    /// <summary>The normalized view of <paramref name="text"/>: same length, same offsets. Returns the same instance when nothing changes.</summary>
    public static string Normalize(string text)
    {
        var map = Map;
        int first = -1;
        for (int i = 0; i < text.Length; i++)
            if (map[text[i]] != 0) { first = i; break; }
        if (first < 0) return text;
        return string.Create(text.Length, (text, first), static (dst, st) =>
        {
            var (src, from) = st;
            var map = Map;
            src.AsSpan(0, from).CopyTo(dst);
            for (int i = from; i < src.Length; i++)
            {
                char c = src[i];
                char r = map[c];
                if (r == 0) dst[i] = c;
                else if (r == EnDashMarker)
                {
                    // "2014–2022", "Russia–Ukraine": joins like a hyphen; " – " separates like an em dash.
                    bool joined = i > 0 && i + 1 < src.Length && !IsSpace(src[i - 1]) && !IsSpace(src[i + 1]);
                    dst[i] = joined ? '-' : EmDash;
                }
                else dst[i] = r;
            }
        });
    }

    /// <summary>The normalized form of a token's text: folded, with ignorable characters removed and "…" spelled "...".</summary>
    public static string NormalizeToken(string original, ReadOnlySpan<char> view)
    {
        bool same = true, drop = false;
        for (int i = 0; i < view.Length; i++)
        {
            char c = view[i];
            if (c != original[i]) same = false;
            if (c == Ignorable || c == Ellipsis) { drop = true; same = false; }
        }
        if (same) return original;
        if (!drop) return new string(view);
        var sb = new System.Text.StringBuilder(view.Length + 2);
        foreach (var c in view)
        {
            if (c == Ignorable) continue;
            if (c == Ellipsis) sb.Append("...");
            else sb.Append(c);
        }
        return sb.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c == ' ' || c == '\n' || char.IsWhiteSpace(c);

    private sealed class Cached(string source, string view)
    {
        public readonly string Source = source;
        public readonly string View = view;
    }

    private static readonly ConditionalWeakTable<Document, Cached> Views = new();

    /// <summary>
    /// The normalized view of a document's text, computed once per text (recomputed if <see cref="Document.Text"/> is
    /// replaced). Later layers (quotes, times, quantities) match on this view and report offsets into the text.
    /// </summary>
    public static string NormalizedText(this Document doc)
    {
        var text = doc.Text;
        if (Views.TryGetValue(doc, out var c) && ReferenceEquals(c.Source, text)) return c.View;
        var view = Normalize(text);
        Views.AddOrUpdate(doc, new Cached(text, view));
        return view;
    }
}
