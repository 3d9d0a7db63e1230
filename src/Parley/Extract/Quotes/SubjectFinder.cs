namespace Parley.Extract.Quotes;

/// <summary>A noun phrase found in a sentence: words [Start, End), and for appositions which part holds the name.</summary>
public readonly record struct NounPhrase(int Start, int End, int HeadStart, int HeadEnd);

/// <summary>
/// Finds the speaker's noun phrase next to a reporting verb, walking left past adverbs, auxiliaries and a time
/// phrase ("The Kremlin on July 24 said"), and across an apposition or an inserted clause between commas
/// ("Hugh Hill, a doctor, said", "Grossi, who has visited Kyiv, acknowledged", "Trump, hosting Macron, told").
/// </summary>
public static class SubjectFinder
{
    private const int MaxPhrase = 12;
    private const int MaxInserted = 24;

    /// <summary>The subject of the verb at word <paramref name="cue"/>, searching no further left than <paramref name="floor"/>.</summary>
    public static NounPhrase? Left(QuoteSentence s, int cue, int floor)
    {
        int j = SkipBetween(s, cue - 1, floor);
        if (j < floor) return null;
        if (s.IsComma(j))
        {
            // Name, description, VERB  /  description, Name, VERB  /  Name, who ..., VERB
            int c2 = -1;
            for (int k = j - 1; k >= floor && j - k <= MaxInserted; k--)
            {
                if (s.IsComma(k)) { c2 = k; break; }
                if (!s.Words[k].IsWord && s.Words[k].Text is "." or ";" or ":" or "?" or "!") break;
                if (s.Inside(k)) break;
            }
            if (c2 < 0) return null;
            var inner = Phrase(s, j - 1, c2 + 1, allowVerbs: true);
            var outer = Phrase(s, c2 - 1, floor, allowVerbs: false);
            if (outer == null || inner == null) return null;
            bool innerIsName = IsName(s, inner.Value.Start, inner.Value.End);
            bool outerIsName = IsName(s, outer.Value.Start, outer.Value.End);
            var first = s.Words[c2 + 1];
            bool inserted = first.Lower is "a" or "an" or "the" or "who" or "which" or "whose" or "one" or "himself" or "herself"
                            || first.Lower.EndsWith("ing") || QuoteWords.TitleWords.Contains(first.Lower) || first.IsLowerWord;
            if (outerIsName && inserted)
                return new NounPhrase(outer.Value.Start, outer.Value.End, outer.Value.Start, outer.Value.End);
            if (innerIsName && !outerIsName)
                return new NounPhrase(outer.Value.Start, inner.Value.End, inner.Value.Start, inner.Value.End);
            if (outerIsName && innerIsName)
                return new NounPhrase(outer.Value.Start, inner.Value.End, inner.Value.Start, inner.Value.End);
            return null;
        }
        var np = Phrase(s, j, floor, allowVerbs: false);
        return np == null ? null : new NounPhrase(np.Value.Start, np.Value.End, np.Value.Start, np.Value.End);
    }

    /// <summary>Skips adverbs, auxiliaries and a short time phrase leftwards from j; returns the new position.</summary>
    public static int SkipBetween(QuoteSentence s, int j, int floor)
    {
        while (j >= floor)
        {
            var w = s.Words[j];
            if (!w.IsWord || s.Inside(j)) break;
            if (QuoteWords.SkippableAdverbs.Contains(w.Lower) || (w.IsLowerWord && w.Lower.EndsWith("ly") && w.Lower.Length > 4))
            { j--; continue; }
            if (QuoteWords.IsTimeWord(w))
            {
                // "on July 24", "on Sunday", "last week", "this morning", "earlier in April"
                int k = j;
                while (k >= floor && j - k < 4 && s.Words[k].IsWord && !(s.Words[k].Lower is "on" or "in" or "last" or "this" or "earlier" or "late" or "during" or "at")) k--;
                if (k >= floor && j - k < 4 && s.Words[k].IsWord) { j = k - 1; continue; }
            }
            break;
        }
        return j;
    }

    /// <summary>A noun phrase ending at word <paramref name="end"/> (inclusive), extending left to <paramref name="floor"/>.</summary>
    public static NounPhrase? Phrase(QuoteSentence s, int end, int floor, bool allowVerbs)
    {
        if (end < floor || end >= s.Count) return null;
        int k = end;
        int n = 0;
        while (k >= floor && n < (allowVerbs ? MaxInserted : MaxPhrase))
        {
            var w = s.Words[k];
            if (s.Inside(k) || s.IsQuoteMark(k)) break;
            if (!w.IsWord)
            {
                if (allowVerbs && w.Text is "(" or ")" or "-" or "–" or "—") { k--; n++; continue; }
                break;
            }
            var l = w.Lower;
            if (!allowVerbs)
            {
                if (QuoteWords.Subordinators.Contains(l)) break;
                if (QuoteWords.Auxiliaries.Contains(l)) break;
                if (l == "and" || l == "&")
                {
                    // coordinated names ("Ukraine and its allies", "Britain and France"), not a new clause
                    if (k - 1 >= floor && (s.Words[k - 1].IsCapitalized)) { k--; n++; continue; }
                    break;
                }
                if (QuoteWords.Prepositions.Contains(l) && l is not ("of" or "for"))
                {
                    // a preposition inside a title ("Ambassador to Singapore", "Minister in charge") between capitals
                    bool flanked = k - 1 >= floor && s.Words[k - 1].IsCapitalized && k + 1 < s.Count && s.Words[k + 1].IsCapitalized;
                    if (!flanked) break;
                }
                if (w.IsLowerWord && l.Length > 4 && l.EndsWith("ed") && !(k - 1 >= floor && QuoteWords.Determiners.Contains(s.Words[k - 1].Lower))) break;
                if (w.IsLowerWord && k > floor && QuoteWords.IsFiniteAt(s, k, floor) && !l.EndsWith('s')) break;   // "members won amendments"
                if (w.IsLowerWord && l.EndsWith("ing") && l.Length > 5 && !(k - 1 >= floor && QuoteWords.Determiners.Contains(s.Words[k - 1].Lower))) break;
                if (l is "there" or "here" or "not" or "also") break;
            }
            k--; n++;
        }
        int start = k + 1;
        // drop a leading conjunction or preposition left over at a clause edge
        while (start <= end && s.Words[start].IsWord && (s.Words[start].Lower is "and" or "but" or "of" or "for")) start++;
        if (start > end) return null;
        // a phrase has a noun: at least one word that is not a determiner
        bool content = false;
        for (int i = start; i <= end; i++)
            if (s.Words[i].IsWord && !QuoteWords.Determiners.Contains(s.Words[i].Lower)) { content = true; break; }
        return content ? new NounPhrase(start, end + 1, start, end + 1) : null;
    }

    /// <summary>A name: its last word is capitalized (and not the sentence's first word alone).</summary>
    public static bool IsName(QuoteSentence s, int start, int end)
    {
        if (end <= start) return false;
        var last = s.Words[end - 1];
        return last.IsCapitalized && !QuoteWords.SubjectPronouns.Contains(last.Lower);
    }

    /// <summary>The first noun phrase of a clause starting at word <paramref name="from"/>, after introductory phrases
    /// set off by a comma ("In response, …", "Speaking to reporters, …").</summary>
    public static NounPhrase? MainSubject(QuoteSentence s, int from, int to, Func<int, bool>? isVerb = null)
    {
        int i = from;
        // skip a dateline or an introductory phrase ending in a comma (when it starts with a preposition, adverb or participle)
        for (int guard = 0; guard < 3; guard++)
        {
            int comma = -1;
            for (int k = i; k < to && k - i < 14; k++) { if (s.IsComma(k)) { comma = k; break; } if (s.Inside(k)) break; }
            if (comma < 0 || i >= s.Count) break;
            var w = s.Words[i];
            bool intro = w.IsWord && !QuoteWords.LooksFinite(s, i, comma) && (QuoteWords.Prepositions.Contains(w.Lower) || w.Lower.EndsWith("ly") && w.Lower.Length > 4 && w.Lower != "only" || w.Lower.EndsWith("ing")
                                      || QuoteWords.Subordinators.Contains(w.Lower) || w.Lower is "today" or "yesterday" or "moreover" or "however"
                                      or "meanwhile" or "last" or "earlier" or "later" or "simultaneously" or "separately" or "instead" or "still" or "also");
            if (!intro) break;
            i = comma + 1;
        }
        int k2 = i;
        while (k2 < to && k2 - i < MaxPhrase)
        {
            var w = s.Words[k2];
            if (!w.IsWord || s.Inside(k2)) break;
            var l = w.Lower;
            if (QuoteWords.Auxiliaries.Contains(l) || QuoteWords.Subordinators.Contains(l)) break;
            if (isVerb != null && isVerb(k2)) break;
            if (k2 > i && QuoteWords.IsFiniteAt(s, k2, i) && !(w.IsCapitalized)) break;
            bool afterDet = k2 > i && QuoteWords.Determiners.Contains(s.Words[k2 - 1].Lower);
            if (w.IsLowerWord && k2 > i && !afterDet && (l.EndsWith("ed") && l.Length > 4 || l.EndsWith("ly") && l.Length > 4)) break;
            // "Putin cut him short": a lowercase word before an object pronoun is the verb
            if (w.IsLowerWord && k2 > i && !afterDet && k2 + 1 < to && s.Words[k2 + 1].Lower is "him" or "her" or "them" or "us" or "me") break;
            // "leaders reject this assertion": a lowercase word before a determiner is the verb
            if (w.IsLowerWord && k2 > i && !afterDet && !QuoteWords.Determiners.Contains(l) && !QuoteWords.Prepositions.Contains(l) && l != "and"
                && k2 + 1 < to && s.Words[k2 + 1].IsWord && QuoteWords.Determiners.Contains(s.Words[k2 + 1].Lower)) break;
            // "Russia continues its …": a present-tense verb right after the subject, before its object
            if (w.IsLowerWord && k2 > i && l.EndsWith('s') && k2 + 1 < to && s.Words[k2 + 1].IsWord
                && (QuoteWords.Determiners.Contains(s.Words[k2 + 1].Lower) || s.Words[k2 + 1].Lower == "that")) break;
            if (QuoteWords.Prepositions.Contains(l) && l is not ("of" or "for")) break;
            k2++;
        }
        if (k2 == i) return null;
        return new NounPhrase(i, k2, i, k2);
    }
}
