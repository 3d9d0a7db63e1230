using System.Globalization;
using Parley.Documents;
using Parley.Extract.Times;

namespace Parley.Extract.Quantities;

/// <summary>
/// Writes the "quantities" layer: numeric claims in digits and words with what they count. Classes, tried in order at
/// each token: money (symbol or currency word, with scale: "$43.5 billion", "£2.26bn", "40 billion euros"), percentages,
/// fractions ("a fifth"), measures ("12km", "1,000 square kilometres"), compound counts ("32-member", "810-mile"),
/// counted noun phrases ("92 countries", "two Ukrainian unmanned surface vessels"), elliptical counts that take the unit of
/// the previous amount in the sentence ("93 votes in favor, 18 against"), and ordinals that count occurrences ("the third
/// set of talks"). An approximation cue before the amount ("more than", "nearly", "up to", "about") sets Approx. Numbers
/// inside time expressions (dates, years, durations) are left to the times layer. A conversion in parentheses right
/// after an amount of money ("40 billion euros (approximately $43.5 billion)") pairs the two.
/// </summary>
public sealed class QuantityAnnotator : IAnnotator
{
    public string Name => "quantities";
    public IReadOnlyList<string> Requires { get; } = ["times"];
    public string Assigns => "quantities";

    public void Process(Document document, CancellationToken ct)
    {
        document.Quantities.Clear();
        document.Quantities.AddRange(new QuantityScanner(document).Scan());
    }
}

/// <summary>One pass over a document's tokens; see <see cref="QuantityAnnotator"/>.</summary>
internal sealed class QuantityScanner
{
    private readonly Document _doc;
    private readonly List<LexToken> _t;
    private readonly bool[] _inTime;
    private readonly int[] _sentence;
    private readonly List<Quantity> _out = new();
    private readonly List<int> _outSentence = new();
    private readonly ClaimPhrase _claims;

    public QuantityScanner(Document doc)
    {
        _doc = doc;
        _claims = new ClaimPhrase(doc);
        _t = WordLexer.Scan(doc.Text);
        _inTime = new bool[_t.Count];
        _sentence = new int[_t.Count];
        // mark tokens covered by time expressions (both lists are in text order: one merge pass)
        var times = doc.Times.Select(x => x.Span).OrderBy(s => s.Start).ToList();
        int ti = 0;
        for (int i = 0; i < _t.Count; i++)
        {
            while (ti < times.Count && times[ti].End <= _t[i].Start) ti++;
            _inTime[i] = ti < times.Count && times[ti].Start < _t[i].End && _t[i].Start < times[ti].End;
        }
        int s = 0;
        for (int i = 0; i < _t.Count; i++)
        {
            if (i > 0 && (_t[i].LineBreakBefore || WordLexer.IsSentenceEnd(_t, i - 1))) s++;
            _sentence[i] = s;
        }
    }

    private string L(int i) => i >= 0 && i < _t.Count ? _t[i].Lower : "";
    private bool IsText(int i, string s) => i >= 0 && i < _t.Count && _t[i].Text == s;
    private bool Adj(int i) => WordLexer.Adjacent(_t, i);
    private bool IsSentenceStart(int i) => i == 0 || _sentence[i - 1] != _sentence[i]
        || (i >= 1 && _t[i - 1].Text is "“" or "\"" or "‘" or "(" && (i == 1 || _sentence[i - 2] != _sentence[i]));

    public List<Quantity> Scan()
    {
        int i = 0;
        while (i < _t.Count)
        {
            int next = TryAt(i);
            i = next > i ? next : i + 1;
        }
        return _out;
    }

    private void Add(int first, int next, double value, string? unit, string approx, string rule, int headEnd = -1)
    {
        var span = _doc.SpanOf(_t[first].Start, _t[next - 1].End);
        int nounAt = headEnd >= 0 && headEnd < _t.Count ? _t[headEnd].Start : _t[next - 1].End;
        // the tagged sentence says what the amount is about; untagged text (a layer run alone) falls back to the words after it
        string? about = _claims.About(_t[first].Start, _t[next - 1].End, nounAt) ?? About(headEnd >= 0 ? headEnd : next);
        string unitText = unit ?? "(none)";
        _out.Add(new Quantity(span, value, unit, approx, about, $"rule={rule}; unit={unitText}; approx={approx}"));
        _outSentence.Add(_sentence[first]);
    }

    /// <summary>What is counted: the noun phrase and the few words after it, up to punctuation (for display).</summary>
    private string? About(int from)
    {
        int start = from;
        int end = from;
        int words = 0;
        while (end < _t.Count && words < 6 && !(_t[end].IsPunct && _t[end].Text is "." or "," or ";" or ":" or "(" or ")" or "“" or "”" or "\""))
        { end++; words++; }
        if (end <= start) return null;
        return _doc.Text[_t[start].Start.._t[end - 1].End];
    }

    // --------------------------------------------------------------------------------------------------------------

    /// <summary>The approximation cue ending right before token i, and where it starts.</summary>
    private (string Approx, int Start) CueBefore(int i)
    {
        if (i >= 2 && QuantityLexicon.Approx(L(i - 2), L(i - 1)) is { } a2 && !_inTime[i - 1]) return (a2, i - 2);
        // "no more than", "not more than"
        if (i >= 1 && QuantityLexicon.Approx(L(i - 1)) is { } a1 && !_inTime[i - 1])
        {
            // "between €2.5 billion and €3 billion": both bounds are estimates
            return (a1, i - 1);
        }
        if (i >= 1 && QuantityLexicon.IsExactStress(L(i - 1)) && !_inTime[i - 1]) return ("exact", i - 1);
        if (i >= 2 && L(i - 1) is "an" or "a" && L(i - 2) is "about" or "around" or "nearly" or "almost") return (QuantityLexicon.Approx(L(i - 2))!, i - 2);
        return ("exact", i);
    }

    /// <summary>"between X and Y": the upper bound inherits the estimate cue of the lower one.</summary>
    private string RangeUpperCue(int i, string approx)
    {
        if (approx != "exact" || L(i - 1) != "and") return approx;
        int n = _out.Count;
        if (n > 0 && _outSentence[n - 1] == _sentence[i] && _out[n - 1].Span.End >= _t[i - 1].Start - 2)
        {
            var prevText = _doc.Text[Math.Max(0, _out[n - 1].Span.Start - 40).._out[n - 1].Span.Start];
            if (prevText.Contains("between", StringComparison.OrdinalIgnoreCase)) return _out[n - 1].Approx;
        }
        return approx;
    }

    private int TryAt(int i)
    {
        if (_inTime[i]) return i + 1;
        var tok = _t[i];
        // money written with a symbol: "$43.5 billion", "£2.26bn", "US$20 billion"
        if (tok.IsPunct && QuantityLexicon.CurrencySymbol(tok.Text) is { } cur)
        {
            int n = i + 1;
            if (!(n < _t.Count && _t[n].IsNumber && Adj(n))) return i + 1;
            if (NumberWords.Read(_t, n) is not { } num) return i + 1;
            int first = i;
            if (i >= 1 && L(i - 1) is "us" && Adj(i)) { first = i - 1; cur = "USD"; }
            var (approx, cueStart) = CueBefore(first);
            approx = RangeUpperCue(first, approx);
            int next = num.Next;
            Add(cueStart, next, num.Value, cur, approx, "money-symbol");
            return PairConversion(next);
        }
        if (tok.IsWord && QuantityLexicon.CurrencySymbol(tok.Text) == null && L(i) == "none" && L(i + 1) is "against" or "abstained")
        {
            Add(i, i + 2, 0, L(i + 1) == "abstained" ? "abstentions" : InheritUnit(i) ?? "votes", "exact", "none-vote");
            return i + 2;
        }
        if (!(tok.IsNumber || tok.IsWord)) return i + 1;

        // fractions: "a fifth", "nearly a third", "two-thirds", "half"
        if (Fraction(i) is int fr) return fr;
        // ordinals that count occurrences: "32nd member", "the third set of talks", "his first since"
        if (Ordinal(i) is int ord) return ord;

        // tens of thousands, hundreds of, dozens of
        NumberMatch? num2 = VagueMagnitude(i) ?? NumberWords.Read(_t, i, allowArticle: false);
        if (num2 is not { } nm) return i + 1;
        if (nm.Next <= i) return i + 1;
        for (int k = i; k < nm.Next; k++) if (_inTime[k]) return nm.Next;
        if (!Plausible(i, nm)) return nm.Next;
        var (ap, cs) = CueBefore(i);
        ap = nm.Vague && ap == "exact" ? "about" : ap;
        ap = RangeUpperCue(i, ap);
        int j = nm.Next;

        // percentages
        if (IsText(j, "%") && Adj(j)) { Add(cs, j + 1, nm.Value, "percent", ap, "percent-sign"); return j + 1; }
        if (L(j) is "percent" or "pct") { Add(cs, j + 1, nm.Value, "percent", ap, "percent-word"); return j + 1; }
        if (L(j) == "per" && L(j + 1) == "cent") { Add(cs, j + 2, nm.Value, "percent", ap, "percent-words"); return j + 2; }
        if (L(j) == "percentage" && L(j + 1) == "points") { Add(cs, j + 2, nm.Value, "percentage points", ap, "percentage-points"); return j + 2; }
        // money with a currency word: "40 billion euros"
        if (QuantityLexicon.CurrencyWord(L(j)) is { } cw && !(L(j) is "pound" or "pounds" && _t[j].IsCapitalized))
        {
            Add(cs, j + 1, nm.Value, cw, ap, "money-word");
            return PairConversion(j + 1);
        }
        // area: "1,000 sq km", "1,000 square kilometres"
        if (L(j) is "sq" or "square" && QuantityLexicon.MeasureUnit(L(j + 1)) is { } area)
        {
            int end = j + 2;
            if (IsText(end, ".") && L(j) == "sq") end++;
            Add(cs, j + 2, nm.Value, area == "km" ? "km2" : area == "miles" ? "mi2" : area + "2", ap, "area");
            return j + 2;
        }
        if (L(j) == "sq" && IsText(j + 1, ".") && QuantityLexicon.MeasureUnit(L(j + 2)) is { } area2)
        { Add(cs, j + 3, nm.Value, area2 == "km" ? "km2" : area2 + "2", ap, "area"); return j + 3; }
        // measures: "12km" (adjacent), "33 million tonnes"
        if (j < _t.Count && _t[j].IsWord && QuantityLexicon.MeasureUnit(L(j)) is { } mu && (L(j).Length > 1 || Adj(j)))
        {
            Add(cs, j + 1, nm.Value, mu, ap, "measure");
            return j + 1;
        }
        // compound adjective: "32-member", "810-mile", "10-point", "six-reactor"
        if (IsText(j, "-") && Adj(j) && j + 1 < _t.Count && Adj(j + 1) && _t[j + 1].IsWord && !_inTime[j + 1])
        {
            var noun = L(j + 1);
            string unit = QuantityLexicon.MeasureUnit(noun) ?? Pluralize(noun);
            Add(cs, j + 2, nm.Value, unit, ap, "compound-adjective");
            return j + 2;
        }
        // a digit number glued to letters is a code or name ("737s", "F16"), not a count
        if (j < _t.Count && _t[j].IsWord && Adj(j) && !nm.Spelled) return j + 1;

        // "22 of the 34 minerals": the unit of the whole it is part of
        if (L(j) == "of" && (L(j + 1) is "the" or "its" or "their" or "his" or "her") && NumberWords.Read(_t, j + 2) is { } whole)
        {
            if (Head(whole.Next) is { } wh) { Add(cs, j, nm.Value, wh.Unit, ap, "part-of-whole"); return j; }
        }
        // "96 of the drones": part of a named whole
        if (L(j) == "of" && L(j + 1) is "the" or "its" or "their" && Head(j + 2) is { } part)
        { Add(cs, part.Next, nm.Value, part.Unit, ap, "part-of-named-whole", headEnd: j); return part.Next; }
        // counted noun phrase: "92 countries", "two Ukrainian unmanned surface vessels"
        if (Head(j) is { } head)
        {
            if (nm.Value == 1 && nm.Spelled) return head.Next;          // "one child": an article, not a claim
            // "1,000 servicemen for 1,000": the exchange formula is one claim
            int formulaEnd = ExchangeFormulaEnd(head.Next, nm.Value);
            Add(cs, formulaEnd > 0 ? formulaEnd : head.Next, nm.Value, head.Unit, ap, formulaEnd > 0 ? "exchange-formula" : "counted-noun", headEnd: j);
            return formulaEnd > 0 ? formulaEnd : head.Next;
        }
        // elliptical counts: "93 in favor", "18 against", "73 abstained", "121 injured", "fewer than 400 have..."
        if (L(j) == "in" && L(j + 1) is "favor" or "favour") { Add(cs, j + 2, nm.Value, "votes", ap, "vote-in-favor"); return j + 2; }
        if (L(j) == "against") { Add(cs, j + 1, nm.Value, InheritUnit(i) ?? "votes", ap, "vote-against"); return j + 1; }
        if (L(j) is "abstained" or "abstentions" or "abstaining") { Add(cs, j + 1, nm.Value, "abstentions", ap, "vote-abstained"); return j + 1; }
        // "121 injured", "9 were killed", "12 have been wounded"
        int pj = j;
        while (L(pj) is "were" or "was" or "have" or "had" or "has" or "been" or "are" && pj < j + 3) pj++;
        if (L(pj) is "injured" or "wounded" or "killed" or "dead" or "died" or "hurt" or "missing" or "detained" or "arrested")
        { Add(cs, pj + 1, nm.Value, "people", ap, "casualty-participle"); return pj + 1; }
        // "1,000 for 1,000": one for one, counting what the text counted last
        if (ExchangeFormulaEnd(j, nm.Value) is int fe and > 0)
        {
            // exchanges are of people: only a person count earlier in the text lends its unit
            var lent = InheritUnit(i, sentencesBack: 2, QuantityLexicon.IsPersonUnit);
            Add(cs, fe, nm.Value, lent ?? "people", ap, "exchange-formula");
            return fe;
        }
        // "between 500 and 600 interceptors", "10 to 12 systems": the lower bound counts what the upper one does
        if (L(j) is "and" or "to" or "or" || IsText(j, "-") || IsText(j, "\u2013"))
        {
            if (NumberWords.Read(_t, j + 1, allowArticle: false, allowScale: true) is { } upper && Head(upper.Next) is { } uh && !_inTime[j + 1])
            {
                Add(cs, j, nm.Value, uh.Unit, ap, "range-lower-bound");
                return j;
            }
        }
        if (InheritUnit(i) is { } inherited && (nm.Value != 1 || !nm.Spelled))
        {
            Add(cs, j, nm.Value, inherited, ap, "elliptical-inherits-unit");
            return j;
        }
        return j;
    }

    /// <summary>Filters numbers that are names, codes or discourse words rather than claims.</summary>
    private bool Plausible(int i, NumberMatch nm)
    {
        var tok = _t[i];
        if (nm.Spelled)
        {
            // "World War Three", "Group of Seven": a capitalized number word inside a name
            if (tok.IsCapitalized && !IsSentenceStart(i)) return false;
            // "one of the ...", "the two sides": a definite small number refers back, it does not claim
            if (nm.Value == 1 && !nm.Vague) return false;
            // "the two sides", "the two leaders": a pair already named, not a count
            if (L(i - 1) == "the" && nm.Value == 2 && !(IsText(nm.Next, "-"))) return false;
            if (L(i - 1) is "these" or "those" or "both") return false;
        }
        else
        {
            // glued to a preceding letter ("A380", "G7") or a name before it ("Boeing 737", "Resolution 2231")
            if (i > 0 && Adj(i) && _t[i - 1].IsWord) return false;
            if (i > 0 && _t[i - 1].IsCapitalized && !IsSentenceStart(i - 1) && QuantityLexicon.Approx(L(i - 1)) == null
                && !QuantityLexicon.IsExactStress(L(i - 1)) && L(i - 1) is not ("about" or "around")) return false;
            // clock times and number ranges with a hyphen ("2-1") are not claims
            if (tok.Text.Contains(':')) return false;
        }
        return true;
    }

    /// <summary>"tens of thousands", "hundreds of", "dozens of", "thousands of": vague magnitudes.</summary>
    private NumberMatch? VagueMagnitude(int i)
    {
        string w = L(i);
        // the "of" after the magnitude belongs to it: "tens of thousands of people" counts people
        int Of(int k) => L(k) == "of" ? k + 1 : k;
        if (w == "tens" && L(i + 1) == "of" && L(i + 2) is "thousands" or "millions")
            return new NumberMatch(L(i + 2) == "thousands" ? 10_000 : 10_000_000, i, Of(i + 3), true, true);
        if (w is "hundreds" or "thousands" or "millions" or "dozens" && L(i + 1) == "of")
        {
            double v = w switch { "hundreds" => 100, "thousands" => 1000, "millions" => 1_000_000, _ => 12 };
            if (L(i + 2) is "thousands" or "millions") { v *= L(i + 2) == "thousands" ? 1000 : 1_000_000; return new NumberMatch(v, i, Of(i + 3), true, true); }
            return new NumberMatch(v, i, i + 2, true, true);
        }
        if (w == "a" && L(i + 1) == "dozen") return new NumberMatch(12, i, i + 2, true);
        return null;
    }

    private int? Fraction(int i)
    {
        int k = i;
        double num;
        if (L(k) is "a" or "an" or "one") { num = 1; k++; }
        else if (NumberWords.Read(_t, k, allowScale: false) is { Spelled: true } n && n.Value is > 1 and < 10) { num = n.Value; k = n.Next; if (IsText(k, "-") && Adj(k)) k++; }
        else if (L(k) == "half" && L(k - 1) is not "a" && L(k + 1) == "of") { return AddFraction(i, i + 1, 0.5); }
        else return null;
        if (k >= _t.Count || NumberWords.FractionDenominator(L(k)) is not int den) return null;
        // "a third" before a noun is an ordinal ("a third term"); a fraction stands alone or before "of"
        if (L(k) is "third" or "fourth" or "fifth" && num == 1 && !(L(k + 1) is "of" || _t.Count <= k + 1 || _t[k + 1].IsPunct || QuantityLexicon.IsStopWord(L(k + 1))))
            return null;
        if (num > 1 && !L(k).EndsWith('s')) return null;
        return AddFraction(i, k + 1, num / den);
    }

    private int AddFraction(int first, int next, double value)
    {
        var (ap, cs) = CueBefore(first);
        Add(cs, next, Math.Round(value, 4), "fraction", ap, "fraction");
        return next;
    }

    private int? Ordinal(int i)
    {
        var tok = _t[i];
        // digit ordinal: "32nd", "21st"
        if (tok.IsNumber && i + 1 < _t.Count && Adj(i + 1) && L(i + 1) is "st" or "nd" or "rd" or "th" && NumberWords.TryDigits(tok.Text, out double v))
        {
            if (_inTime[i + 1]) return null;
            Add(i, i + 2, v, "ordinal", "exact", "ordinal-digits");
            return i + 2;
        }
        if (!tok.IsWord || NumberWords.OrdinalValue(tok.Lower) is not int n) return null;
        if (tok.IsCapitalized && !IsSentenceStart(i)) return null;                 // "Second World War"
        if (IsSentenceStart(i) && IsText(i + 1, ",")) return null;                  // "First, we will ..." enumerations
        if (L(i - 1) is "a" or "an" && n == 1) return null;
        // counts of occurrences: "third set/round of", "second time", "his first since", "second gathering ... in two weeks"
        bool occurrence = L(i + 1) is "set" or "round" or "time" or "term" or "straight" or "consecutive";
        if (n == 1 && L(i + 1) == "time") return null;                                // "for the first time" is an idiom
        bool since = false, within = false;
        for (int k = i + 1; k < Math.Min(_t.Count, i + 9) && _sentence[k] == _sentence[i]; k++)
        {
            if (L(k) == "since") { since = true; break; }
            if (L(k) == "in" && k + 2 < _t.Count && (NumberWords.Read(_t, k + 1, allowArticle: true, allowScale: false) is { } d)
                && TimeLexicon.Unit(L(d.Next)) != null) { within = true; break; }
            if (_t[k].IsPunct && _t[k].Text is "," or ";" or ":") break;
        }
        if (!(occurrence || since || within)) return null;
        int end = occurrence ? i + 2 : i + 1;
        Add(i - (L(i - 1) is "his" or "her" or "its" or "their" ? 1 : 0), end, n, "ordinal", "exact",
            occurrence ? "ordinal-occurrence" : since ? "ordinal-since" : "ordinal-within-period");
        return end;
    }

    /// <summary>
    /// The counted noun after an amount: up to four modifiers then the first plural noun ("four partially occupied
    /// oblasts", "more than 5,000 air defence missiles"); hyphenated modifiers count as one ("self-proclaimed").
    /// </summary>
    private (string Unit, int Next)? Head(int j)
    {
        int k = j;
        for (int words = 0; words < 5 && k < _t.Count; words++)
        {
            var t = _t[k];
            if (!t.IsWord || _inTime[k]) return null;
            var w = t.Lower;
            if (QuantityLexicon.IsStopWord(w)) return null;
            int after = k + 1;
            // hyphenated modifier: "self-proclaimed", "upper-middle-income"
            while (IsText(after, "-") && Adj(after) && after + 1 < _t.Count && Adj(after + 1) && _t[after + 1].IsWord) after += 2;
            if (after == k + 1 && QuantityLexicon.LooksPlural(w) && !(t.IsCapitalized && !QuantityLexicon.LooksPlural(w)))
            {
                // "Ukrainians" as a head is fine; a capitalized plural that is a name ("Olympics") is rare enough
                return (QuantityLexicon.NormalizeUnit(w), k + 1);
            }
            if (after > k + 1 && QuantityLexicon.LooksPlural(L(after - 1)) && !(IsText(after, "-")))
            {
                // "upper-middle-income countries" handled by continuing; "well-wishers" is a plural head
                if (after < _t.Count && _t[after].IsWord && !QuantityLexicon.IsStopWord(L(after))) { k = after; continue; }
                return (QuantityLexicon.NormalizeUnit(L(after - 1)), after);
            }
            // adverbs and adjectives ("partially", "occupied", "short", "Ukrainian") modify the head that follows
            k = after;
        }
        return null;
    }

    /// <summary>The unit of the latest amount in the same sentence (ellipsis: "141 countries ... and just seven").</summary>
    /// <summary>"for 1,000" right after an amount of 1,000 (one-for-one exchange): the index after it, else 0.</summary>
    private int ExchangeFormulaEnd(int j, double value)
    {
        if (L(j) != "for" || NumberWords.Read(_t, j + 1, allowArticle: false, allowScale: true) is not { } other || other.Value != value) return 0;
        return Head(other.Next) is null ? other.Next : 0;
    }

    private string? InheritUnit(int i, int sentencesBack = 0, Func<string, bool>? accept = null)
    {
        for (int n = _out.Count - 1; n >= 0 && n >= _out.Count - 20; n--)
        {
            if (_outSentence[n] < _sentence[i] - sentencesBack) break;
            if (_out[n].Unit is { } u && u is not ("ordinal" or "fraction" or "percent") && (accept == null || accept(u))) return u;
        }
        return null;
    }

    private static string Pluralize(string noun) =>
        noun.EndsWith('y') && noun.Length > 2 && !"aeiou".Contains(noun[^2]) ? noun[..^1] + "ies"
        : noun.EndsWith('s') || noun.EndsWith("sh", StringComparison.Ordinal) || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith('x') ? noun + "es"
        : noun + "s";

    /// <summary>
    /// "40 billion euros (approximately $43.5 billion)": an amount of money in parentheses right after another is its
    /// stated conversion; both record the pairing.
    /// </summary>
    private bool _pairing;

    private int PairConversion(int afterFirst)
    {
        // one level only: a conversion inside a conversion is read as a plain amount (and the recursion stays bounded)
        if (_pairing || !IsText(afterFirst, "(")) return afterFirst;
        _pairing = true;
        try { return PairConversionInner(afterFirst); }
        finally { _pairing = false; }
    }

    private int PairConversionInner(int afterFirst)
    {
        int firstIndex = _out.Count - 1;
        int k = afterFirst + 1;
        while (k < _t.Count && k < afterFirst + 4 && _t[k].IsWord && (QuantityLexicon.Approx(L(k)) != null || L(k) is "about" or "or" or "some" or "us")) k++;
        int before = _out.Count;
        int next = TryAt(k);
        if (_out.Count == before + 1 && _out[^1].Unit is { Length: 3 } u && u.All(char.IsUpper) && IsText(next, ")"))
        {
            var a = _out[firstIndex];
            var b = _out[^1];
            _out[firstIndex] = a with { PairedWith = _out.Count - 1, Explain = a.Explain + "; paired with the conversion in parentheses" };
            _out[^1] = b with { PairedWith = firstIndex, Explain = b.Explain + "; stated conversion of the amount before it" };
        }
        return Math.Max(next, afterFirst);
    }
}
