using System.Globalization;
using Parley.Extract.Times;

namespace Parley.Extract.Quantities;

/// <summary>A number read from tokens: its value, the token range [First, Next) and whether it was spelled out.</summary>
public readonly record struct NumberMatch(double Value, int First, int Next, bool Spelled, bool Vague = false);

/// <summary>
/// Reads cardinal numbers written in digits ("92", "1,600", "2.5"), in words ("three", "twenty-six", "a dozen") and with
/// a scale ("2.5 million", "40 billion", "2.26bn"). Shared by the time annotator (amounts of durations) and the quantity
/// annotator. Bounded look-ahead: at most a handful of tokens per call.
/// </summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.Ordinal)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["bn"] = 1e9, ["mn"] = 1e6, ["tn"] = 1e12, ["k"] = 1e3,
    };

    private static readonly Dictionary<string, (int Num, int Den)> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = (1, 1), ["second"] = (2, 2), ["third"] = (3, 3), ["fourth"] = (4, 4), ["fifth"] = (5, 5), ["sixth"] = (6, 6),
        ["seventh"] = (7, 7), ["eighth"] = (8, 8), ["ninth"] = (9, 9), ["tenth"] = (10, 10), ["eleventh"] = (11, 11),
        ["twelfth"] = (12, 12), ["twentieth"] = (20, 20), ["thirtieth"] = (30, 30), ["hundredth"] = (100, 100),
    };

    public static bool IsUnitWord(string lower) => Units.ContainsKey(lower);
    public static bool IsNumberWord(string lower) => Units.ContainsKey(lower) || Tens.ContainsKey(lower) || lower is "dozen" or "hundred" or "thousand" or "million" or "billion";
    public static bool IsScaleWord(string lower) => Scales.ContainsKey(lower);
    public static double ScaleOf(string lower) => Scales[lower];

    /// <summary>The ordinal number of a word ("third" → 3), or null.</summary>
    public static int? OrdinalValue(string lower) => Ordinals.TryGetValue(lower, out var o) ? o.Num : null;

    /// <summary>The denominator a fraction word names ("fifth" → 5, "half" → 2, "quarter" → 4), or null.</summary>
    public static int? FractionDenominator(string lower) => lower switch
    {
        "half" => 2, "halves" => 2, "third" or "thirds" => 3, "quarter" or "quarters" => 4,
        _ => Ordinals.TryGetValue(lower.EndsWith('s') ? lower[..^1] : lower, out var o) && o.Den >= 5 ? o.Den : null,
    };

    /// <summary>Parses a digit token ("1,600", "2.5") to its value.</summary>
    public static bool TryDigits(string text, out double value)
    {
        value = 0;
        if (text.Contains(':')) return false;
        return double.TryParse(text.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Reads a cardinal number starting at token <paramref name="i"/>: digits or number words, then an optional scale
    /// ("million", "bn"). "a"/"an" count only when <paramref name="allowArticle"/> ("a year", "a dozen").
    /// </summary>
    public static NumberMatch? Read(List<LexToken> t, int i, bool allowArticle = false, bool allowScale = true)
    {
        if (i >= t.Count) return null;
        var tok = t[i];
        double value;
        int next;
        bool spelled;
        if (tok.IsNumber)
        {
            if (!TryDigits(tok.Text, out value)) return null;
            next = i + 1;
            spelled = false;
        }
        else if (tok.IsWord)
        {
            if (allowArticle && tok.Lower is "a" or "an")
            {
                // "a dozen", "a hundred", "a million" read as the scale; a bare "a" means one
                if (i + 1 < t.Count && t[i + 1].Lower is "dozen" or "hundred" or "thousand" or "million" or "billion")
                {
                    var s = t[i + 1].Lower == "dozen" ? 12 : Scales[t[i + 1].Lower];
                    return new NumberMatch(s, i, i + 2, true);
                }
                return new NumberMatch(1, i, i + 1, true);
            }
            if (tok.Lower == "dozen") return null;
            // "half a million", "half a billion": half the scale
            if (allowScale && tok.Lower == "half" && i + 2 < t.Count && t[i + 1].Lower is "a" && t[i + 2].Lower is "million" or "billion" or "thousand")
                return new NumberMatch(0.5 * Scales[t[i + 2].Lower], i, i + 3, true);
            if (!TryWords(t, i, out value, out next)) return null;
            spelled = true;
        }
        else return null;

        // scale: "2.5 million", "2.26bn" (adjacent), "two hundred", "a dozen"
        if (allowScale)
        {
            while (next < t.Count && t[next].IsWord && Scales.TryGetValue(t[next].Lower, out var scale)
                   && (t[next].Lower.Length > 2 || WordLexer.Adjacent(t, next)) && !(t[next].Lower == "k" && !WordLexer.Adjacent(t, next)))
            {
                value *= scale;
                next++;
            }
            if (next < t.Count && t[next].Lower == "dozen") { value *= 12; next++; }
        }
        return new NumberMatch(value, i, next, spelled);
    }

    /// <summary>Spelled cardinal: "seven", "twenty-six", "twenty six", "ninety".</summary>
    private static bool TryWords(List<LexToken> t, int i, out double value, out int next)
    {
        value = 0; next = i;
        var w = t[i].Lower;
        if (Units.TryGetValue(w, out var u)) { value = u; next = i + 1; return true; }
        if (Tens.TryGetValue(w, out var tens))
        {
            value = tens; next = i + 1;
            // "twenty-six" (hyphen adjacent both sides) or "twenty six"
            if (i + 2 < t.Count && t[i + 1].Text == "-" && WordLexer.Adjacent(t, i + 1) && WordLexer.Adjacent(t, i + 2)
                && Units.TryGetValue(t[i + 2].Lower, out var u2) && u2 is > 0 and < 10)
            { value += u2; next = i + 3; }
            else if (i + 1 < t.Count && Units.TryGetValue(t[i + 1].Lower, out var u3) && u3 is > 0 and < 10)
            { value += u3; next = i + 2; }
            return true;
        }
        return false;
    }
}
