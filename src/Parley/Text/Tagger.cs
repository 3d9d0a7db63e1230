using Parley.Documents;

namespace Parley.Text;

/// <summary>
/// A light rule-based part-of-speech tagger (tag set: <see cref="PosTag"/>). Two passes per sentence:
/// <list type="number">
/// <item>a tag for each token on its own: its shape (punctuation, symbol, number, URL), the lexicon's default tag, or
///       for unlisted words capitalization (names) and suffixes (-ly adverb, -tion noun, -ous adjective, -ed/-ing verb);</item>
/// <item>left to right, context settles the ambiguous words: noun or verb ("the attack" / "they attack"), infinitival
///       to, auxiliary or main have/do, that as complementizer, determiner or relative, possessive 's or "is",
///       participles and gerunds used as adjectives and nouns, a capitalized word mid-sentence as a name.</item>
/// </list>
/// Lemmas come from the lexicon (irregular verbs and plurals) or the spelling rules of <see cref="Morphology"/>.
/// Good enough to find verbs, noun groups and reporting verbs; not a statistical tagger.
/// </summary>
public static class Tagger
{
    /// <summary>Tags the tokens of every sentence (tokens must carry their Sentence index).</summary>
    public static void Tag(string view, List<Token> tokens)
    {
        int n = tokens.Count;
        if (n == 0) return;
        var tags = new PosTag[n];
        var entries = new LexEntry?[n];
        int i = 0;
        while (i < n)
        {
            int s = tokens[i].Sentence, j = i + 1;
            while (j < n && tokens[j].Sentence == s) j++;
            TagSentence(view, tokens, i, j, tags, entries);
            i = j;
        }
        for (int k = 0; k < n; k++)
        {
            var t = tokens[k];
            t.Tag = tags[k].Name();
            t.Lemma = LemmaOf(t, tags[k], entries[k]);
        }
    }

    // ---------------------------------------------------------------- pass 1: each token alone

    private static void TagSentence(string view, List<Token> tokens, int from, int to, PosTag[] tags, LexEntry?[] entries)
    {
        bool titleCase = IsTitleCase(view, tokens, from, to);
        int firstWord = -1;
        for (int k = from; k < to; k++)
        {
            var w = Span(view, tokens[k]);
            bool sentenceInitial = false;
            if (firstWord < 0 && CharClass.IsWord(w[0])) { firstWord = k; sentenceInitial = true; }
            else if (k > from && IsOpeningPunct(Span(view, tokens[k - 1])) && CharClass.IsWord(w[0])) sentenceInitial = true;   // after an opening quote or bracket
            tags[k] = Initial(w, sentenceInitial, titleCase, out entries[k]);
        }
        bool singleOpen = false;      // a single quotation mark opened earlier in the sentence and not closed
        for (int k = from; k < to; k++)
        {
            tags[k] = Contextual(view, tokens, k, from, to, tags, entries, titleCase, k == firstWord, singleOpen);
            var t = tokens[k];
            if (t.End - t.Start == 1 && view[t.Start] == '\'' && tags[k] == PosTag.PUNCT)
            {
                bool hugsNext = k + 1 < to && tokens[k + 1].Start == t.End;
                bool hugsPrev = k > from && tokens[k - 1].End == t.Start;
                if (hugsNext && !hugsPrev) singleOpen = true;
                else if (hugsPrev && !hugsNext) singleOpen = false;
            }
        }
    }

    private static PosTag Initial(ReadOnlySpan<char> w, bool sentenceInitial, bool titleCase, out LexEntry? entry)
    {
        entry = null;
        char c0 = w[0];
        if (!CharClass.IsWord(c0))
        {
            if (w.Length > 1 && c0 == '@' && IsWordChar(w[1])) return PosTag.PROPN;       // @handle
            if (w.Length > 1 && c0 == '#' && CharClass.IsLetter(w[1])) return PosTag.X;    // #hashtag
            if (c0 == '\'' && w.Length > 1)
            {
                entry = Lexicon.Lookup(w);                                                 // 's 're n't ...
                if (entry != null) return entry.Tag;
                if (CharClass.IsDigit(w[1])) return PosTag.NUM;                            // '90s
            }
            return IsSymbol(c0) ? PosTag.SYM : PosTag.PUNCT;
        }
        if (w.IndexOfAny(':', '@', '.') > 0
            && (w.IndexOf("://".AsSpan()) >= 0 || w.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || w.IndexOf('@') > 0)) return PosTag.X;
        if (CharClass.IsDigit(c0)) return NumberShape(w);

        bool capitalized = char.IsUpper(c0);
        bool allCaps = capitalized && w.Length > 1 && IsAllCaps(w);
        entry = Lexicon.Lookup(w);
        if (entry != null)
        {
            if (entry.Tag == PosTag.PROPN && !capitalized) return entry.VerbLemma != null ? PosTag.VERB : PosTag.NOUN;   // "march", "august"
            if (!capitalized || titleCase || sentenceInitial) return entry.Tag;
            if (allCaps) return PosTag.PROPN;                                               // US, IT, WHO mid-sentence
            // a capitalized word mid-sentence: function words keep their class ("The Hague" aside), open-class words are names
            return entry.Tag switch
            {
                PosTag.NOUN or PosTag.VERB or PosTag.ADJ or PosTag.ADV or PosTag.NUM or PosTag.INTJ => PosTag.PROPN,
                _ => entry.Tag,
            };
        }
        if (w.Contains('-')) return HyphenatedShape(w, capitalized && !titleCase);
        if (capitalized && titleCase) return PosTag.PROPN;                                 // "Talks Resume in Istanbul": unknown words of a headline
        if (capitalized && !titleCase)
        {
            if (IsDemonym(w)) return PosTag.ADJ;                                            // refined in pass 2
            if (!sentenceInitial || allCaps) return PosTag.PROPN;
            var bySuffix = Suffix(w);
            return bySuffix is PosTag.ADV or PosTag.VERB ? bySuffix : PosTag.PROPN;        // "Simultaneously," / "Speaking"
        }
        if (w.Length > 1 && w[^1] == '.' && IsDotted(w)) return titleCase ? PosTag.PROPN : Abbreviated(w);
        return Suffix(w);
    }

    private static PosTag NumberShape(ReadOnlySpan<char> w)
    {
        int i = 0;
        while (i < w.Length && (CharClass.IsDigit(w[i]) || w[i] is ',' or '.' or ':' or '/')) i++;
        if (i == w.Length) return PosTag.NUM;
        var rest = w[i..];
        if (rest is "st" or "nd" or "rd" or "th") return PosTag.ADJ;                      // 1st, 22nd
        if (rest[0] == '-') return PosTag.ADJ;                                           // 32-member, 10-point
        return PosTag.NUM;                                                               // 24bn, 5G, 2024-07-24
    }

    private static PosTag HyphenatedShape(ReadOnlySpan<char> w, bool name)
    {
        int dash = w.LastIndexOf('-');
        var tail = w[(dash + 1)..];
        if (name) return IsDemonym(tail) ? PosTag.ADJ : PosTag.PROPN;                    // Russian-Ukrainian / Lvova-Belova
        if (tail.Length == 0) return PosTag.NOUN;
        var e = Lexicon.Lookup(tail);
        if (e != null)
        {
            if (e.VerbForms.HasFlag(VerbForms.Participle) || e.Tag == PosTag.ADJ) return PosTag.ADJ;   // Western-backed, full-scale
            return e.Tag is PosTag.NOUN or PosTag.VERB ? PosTag.NOUN : PosTag.ADJ;        // cease-fire / once-in-a-generation
        }
        var s = Suffix(tail);
        return s is PosTag.VERB ? PosTag.ADJ : s;                                       // long-delayed
    }

    /// <summary>The class an unlisted lower-case word's ending suggests.</summary>
    private static PosTag Suffix(ReadOnlySpan<char> w)
    {
        if (w.Length <= 3) return PosTag.NOUN;
        Span<char> buf = stackalloc char[8];
        var tail = w[^Math.Min(w.Length, 8)..];
        for (int i = 0; i < tail.Length; i++) buf[i] = char.ToLowerInvariant(tail[i]);
        var s = buf[..tail.Length];           // the last (up to) 8 letters, lower-cased: all the rules need
        switch (s[^1])
        {
            case 'y':
                if (s.EndsWith("ly", StringComparison.Ordinal)) return PosTag.ADV;
                if (s.EndsWith("ity", StringComparison.Ordinal)) return PosTag.NOUN;
                if (s.EndsWith("ary", StringComparison.Ordinal)) return PosTag.ADJ;
                if (s.EndsWith("ify", StringComparison.Ordinal)) return PosTag.VERB;
                return PosTag.NOUN;
            case 'g':
                return s.EndsWith("ing", StringComparison.Ordinal) ? PosTag.VERB : PosTag.NOUN;
            case 'd':
                if (s.EndsWith("ed", StringComparison.Ordinal)) return PosTag.VERB;
                if (s.EndsWith("hood", StringComparison.Ordinal)) return PosTag.NOUN;
                return PosTag.NOUN;
            case 's':
                if (s.EndsWith("ous", StringComparison.Ordinal) || s.EndsWith("less", StringComparison.Ordinal)) return PosTag.ADJ;
                if (s.EndsWith("ss", StringComparison.Ordinal)) return PosTag.NOUN;
                if (s.EndsWith("izes", StringComparison.Ordinal) || s.EndsWith("ifies", StringComparison.Ordinal)) return PosTag.VERB;   // not -ises: enterprises, premises
                return PosTag.NOUN;                                          // plurals: -tions, -ments, -ers ...
            case 'l':
                if (s.EndsWith("sal", StringComparison.Ordinal) || s.EndsWith("val", StringComparison.Ordinal) || s.EndsWith("wal", StringComparison.Ordinal)) return PosTag.NOUN;
                return s.EndsWith("al", StringComparison.Ordinal) || s.EndsWith("ful", StringComparison.Ordinal) ? PosTag.ADJ : PosTag.NOUN;
            case 'e':
                if (s.EndsWith("ive", StringComparison.Ordinal) || s.EndsWith("able", StringComparison.Ordinal) || s.EndsWith("ible", StringComparison.Ordinal) || s.EndsWith("ese", StringComparison.Ordinal)) return PosTag.ADJ;
                if (s.EndsWith("ize", StringComparison.Ordinal)) return PosTag.VERB;
                return PosTag.NOUN;                                          // -ance, -ence, -ure
            case 'c':
                return s.EndsWith("ic", StringComparison.Ordinal) ? PosTag.ADJ : PosTag.NOUN;
            case 'h':
                return s.EndsWith("ish", StringComparison.Ordinal) ? PosTag.ADJ : PosTag.NOUN;
            case 'n':
                return s.EndsWith("ian", StringComparison.Ordinal) && !s.EndsWith("cian", StringComparison.Ordinal) ? PosTag.ADJ : PosTag.NOUN;   // -tion, -sion; not "politician"
            case 't':
                return (s.EndsWith("ant", StringComparison.Ordinal) || s.EndsWith("ent", StringComparison.Ordinal)) && !s.EndsWith("ment", StringComparison.Ordinal) ? PosTag.ADJ : PosTag.NOUN;
            default:
                return PosTag.NOUN;                                          // -ism, -ship, -dom, -er, -or
        }
    }

    private static PosTag Abbreviated(ReadOnlySpan<char> w) => char.IsUpper(w[0]) ? PosTag.PROPN : PosTag.X;   // U.S. / e.g.

    // ---------------------------------------------------------------- pass 2: context

    private static PosTag Contextual(string view, List<Token> tokens, int k, int from, int to, PosTag[] tags, LexEntry?[] entries,
        bool titleCase, bool sentenceInitial, bool singleOpen)
    {
        var tag = tags[k];
        var e = entries[k];
        var w = Span(view, tokens[k]);
        int p = PrevWord(tags, k, from);                     // previous token, skipping adverbs
        PosTag prev = p >= 0 ? tags[p] : PosTag.X;
        PosTag next = k + 1 < to ? tags[k + 1] : PosTag.PUNCT;
        var nextEntry = k + 1 < to ? entries[k + 1] : null;
        // the next token can be a noun (its first-pass tag, or a verb form that is also a noun: "the final stage")
        bool nextNominal = next is PosTag.NOUN or PosTag.ADJ or PosTag.PROPN or PosTag.NUM || nextEntry is { AlsoNoun: true };
        bool prevIsPossessor = p >= 0 && (prev is PosTag.DET or PosTag.ADJ or PosTag.NUM
            || (prev == PosTag.PRON && entries[p]?.Pronoun is { Possessive: true })
            || (prev == PosTag.PART && entries[p]?.Form is "'s" or "'"));

        // clitics: 's is "is"/"has" after a pronoun (he's, it's, that's), else possessive; "let's"
        if (e != null && e.Form == "'s")
        {
            if (k > from && tokens[k - 1].End == tokens[k].Start && entries[k - 1] is { } pe)
            {
                if (pe.Form == "let") return PosTag.PRON;
                if (pe.Tag == PosTag.PRON && pe.Pronoun is not { Possessive: true } || pe.Form is "that" or "there" or "here" or "what" or "who" or "where" or "how")
                    return PosTag.AUX;
            }
            return PosTag.PART;
        }
        if (w is "'")
        {
            // a possessive apostrophe hugs a word ending in s and is followed by a space (allies' demands)
            if (k > from && tokens[k - 1].End == tokens[k].Start && k + 1 < to && tokens[k + 1].Start > tokens[k].End
                && view[tokens[k].Start - 1] is 's' or 'S' && !singleOpen)
                return PosTag.PART;
            return PosTag.PUNCT;
        }

        if (e == null)
        {
            if (tag == PosTag.ADJ && char.IsUpper(w[0]) && IsDemonym(w))
                return next is PosTag.NOUN or PosTag.PROPN or PosTag.ADJ || (nextEntry == null && k + 1 < to && CharClass.IsWord(view[tokens[k + 1].Start]))
                    ? PosTag.ADJ : PosTag.PROPN;                                         // Russian forces / the Russians
            if (tag == PosTag.VERB && !char.IsUpper(w[0]))
            {
                bool ing = w.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
                if (prevIsPossessor) return ing ? PosTag.NOUN : PosTag.ADJ;             // the fighting / the planned talks
            }
            bool lower = !char.IsUpper(w[0]);
            // after infinitival to, a modal or do: a verb's base form ("to regroup", "will hand over")
            if (lower && tag is PosTag.NOUN or PosTag.ADJ && !EndsWithS(w) && p >= 0
                && ((prev == PosTag.PART && entries[p]?.Form == "to") || (prev == PosTag.AUX && (IsModal(entries[p]) || entries[p]?.VerbLemma == "do"))))
                return PosTag.VERB;
            // a predicate after "be": adjective ("is premature")
            if (lower && tag == PosTag.NOUN && !EndsWithS(w) && prev == PosTag.AUX && entries[p]?.Lemma == "be"
                && next is not (PosTag.NOUN or PosTag.ADJ or PosTag.PROPN))
                return PosTag.ADJ;
            // a hyphenated compound before a noun modifies it ("long-range weapons")
            if (lower && w.Contains('-') && nextNominal) return PosTag.ADJ;
            // an adjective-looking word that heads its noun group is a noun ("the Russian initiative ,", "the power plant .")
            if (lower && tag == PosTag.ADJ && !w.Contains('-') && (prevIsPossessor || prev == PosTag.NOUN) && !nextNominal)
                return PosTag.NOUN;
            return tag;
        }

        if (e.ContextWord)
        {
            switch (e.Form)
            {
                case "to":
                    // infinitival to before a verb's base form
                    if (nextEntry is { } ne && ne.VerbForms.HasFlag(VerbForms.Base) && ne.Tag is not (PosTag.DET or PosTag.PRON or PosTag.PROPN)
                        && !(ne.Tag == PosTag.NOUN && !ne.AlsoNoun) && next != PosTag.PROPN)
                        return PosTag.PART;
                    // before an unlisted lower-case word that is followed by what can follow a verb ("to regroup and")
                    if (nextEntry == null && k + 2 < to && tags[k + 1] is PosTag.NOUN or PosTag.VERB && IsBareWord(view, tokens[k + 1])
                        && tags[k + 2] is PosTag.DET or PosTag.PRON or PosTag.ADP or PosTag.PUNCT or PosTag.CCONJ or PosTag.ADV or PosTag.NUM)
                        return PosTag.PART;
                    return PosTag.ADP;
                case "that":
                    if (prev is PosTag.VERB or PosTag.ADJ || (p >= 0 && entries[p]?.Form is "so" or "such" or "now")) return PosTag.SCONJ;
                    if (prev is PosTag.NOUN or PosTag.PROPN && next is PosTag.VERB or PosTag.AUX or PosTag.ADV or PosTag.PART) return PosTag.PRON;
                    if (next is PosTag.NOUN or PosTag.ADJ && nextEntry?.Tag != PosTag.VERB) return PosTag.DET;
                    if (next is PosTag.VERB or PosTag.AUX or PosTag.PUNCT) return PosTag.PRON;
                    return PosTag.SCONJ;
                case "this" or "these" or "those":
                    return next is PosTag.NOUN or PosTag.ADJ or PosTag.NUM or PosTag.PROPN ? PosTag.DET : PosTag.PRON;
                case "more" or "most" or "less" or "least":
                    return next == PosTag.ADJ || next == PosTag.ADV ? PosTag.ADV : PosTag.ADJ;
                case "may":
                    if (char.IsUpper(w[0]) && (!sentenceInitial || next == PosTag.NUM || (nextEntry == null && next == PosTag.PUNCT))) return PosTag.PROPN;
                    return PosTag.AUX;
                case "have" or "has" or "had" or "having":
                    return AuxAhead(tags, entries, k, to, VerbForms.Participle) ? PosTag.AUX : PosTag.VERB;
                case "do" or "does" or "did":
                    return AuxAhead(tags, entries, k, to, VerbForms.Base) ? PosTag.AUX : PosTag.VERB;
                case "like":
                    return prev is PosTag.PRON or PosTag.AUX or PosTag.PART && !prevIsPossessor ? PosTag.VERB : PosTag.ADP;
            }
        }

        if (tag == PosTag.PROPN && !char.IsUpper(w[0])) return PosTag.NOUN;
        if (tag == PosTag.ADP && prev == PosTag.DET && p == k - 1) return PosTag.ADJ;   // "the past 24 hours"

        bool canVerb = e.VerbLemma != null && e.Tag is PosTag.VERB or PosTag.NOUN or PosTag.ADJ;
        if (!canVerb || tag == PosTag.PROPN) return tag;
        var vf = e.VerbForms;
        bool canNoun = e.AlsoNoun || e.Tag == PosTag.NOUN;

        // after an auxiliary, a modal, "to" or "not": the verb ("has claimed", "will attack", "to support", "did not say")
        if (prev == PosTag.AUX || (prev == PosTag.PART && entries[p]?.Form is "to" or "not" or "n't"))
        {
            bool afterBe = prev == PosTag.AUX && entries[p]?.Lemma == "be";
            if (vf.HasFlag(VerbForms.Participle) || vf.HasFlag(VerbForms.Gerund)) return PosTag.VERB;   // was invited, is working
            if (vf.HasFlag(VerbForms.Base) && !afterBe) return PosTag.VERB;                          // will attend, to meet
        }
        // after a determiner, adjective, number or possessor: a noun or an adjective ("the attack", "the proposed deal")
        if (prevIsPossessor)
        {
            if (vf.HasFlag(VerbForms.Participle) && !vf.HasFlag(VerbForms.Base) && !canNoun) return next is PosTag.NOUN or PosTag.ADJ or PosTag.PROPN ? PosTag.ADJ : PosTag.NOUN;
            if (vf == VerbForms.Gerund || canNoun || e.Tag == PosTag.NOUN) return e.Tag == PosTag.ADJ ? PosTag.ADJ : PosTag.NOUN;
            return e.Tag;
        }
        if (prev == PosTag.ADP && entries[p]?.Form != "to")
            return vf.HasFlag(VerbForms.Gerund) ? PosTag.VERB : canNoun || e.Tag != PosTag.VERB ? (e.Tag == PosTag.ADJ ? PosTag.ADJ : PosTag.NOUN) : PosTag.VERB;
        // a subject before: the verb ("they attack", "Russia claims", "Moscow said")
        if (prev == PosTag.PRON && entries[p]?.Pronoun is not { Possessive: true }) return PosTag.VERB;
        if (prev == PosTag.PRON) return canNoun ? PosTag.NOUN : tag;
        if (prev is PosTag.PROPN)
        {
            if ((vf & (VerbForms.Past | VerbForms.Present3)) != 0) return PosTag.VERB;
            return canNoun ? PosTag.NOUN : tag;
        }
        if (prev == PosTag.NOUN)
        {
            if ((vf & VerbForms.Past) != 0) return PosTag.VERB;                          // the ministry said
            if ((vf & VerbForms.Present3) != 0)                                           // "drone attacks on" / "the ministry says it"
                return canNoun && next is PosTag.ADP or PosTag.PUNCT or PosTag.CCONJ or PosTag.VERB or PosTag.AUX ? PosTag.NOUN : PosTag.VERB;
            // a plural subject then a base form: "officials claim", "the allies want"
            if (vf.HasFlag(VerbForms.Base) && IsPluralNoun(view, tokens[p], entries[p]) && !nextNominal) return PosTag.VERB;
            return canNoun ? PosTag.NOUN : tag;
        }
        if (prev is PosTag.VERB)
        {
            if (vf.HasFlag(VerbForms.Gerund) && !canNoun) return PosTag.VERB;              // stopped working
            return canNoun ? PosTag.NOUN : tag;                                           // launched attacks
        }
        if (sentenceInitial && canNoun && (vf & (VerbForms.Past)) == 0) return PosTag.NOUN;
        return tag;
    }

    // an auxiliary when a verb of the given form follows, skipping adverbs, negation and a subject pronoun (did he say)
    private static bool AuxAhead(PosTag[] tags, LexEntry?[] entries, int k, int to, VerbForms form)
    {
        for (int j = k + 1; j < to && j <= k + 4; j++)
        {
            var e = entries[j];
            if (tags[j] is PosTag.ADV || (tags[j] == PosTag.PART && e?.Form is "not" or "n't")) continue;
            if (tags[j] == PosTag.PRON && e?.Pronoun is { Possessive: false }) continue;
            if (e == null) return form == VerbForms.Participle && tags[j] == PosTag.VERB;
            if (e.Form is "been" or "got" or "done" or "had") return form == VerbForms.Participle;
            return e.VerbLemma != null && e.VerbForms.HasFlag(form) && e.Tag is not (PosTag.DET or PosTag.ADP or PosTag.PRON) && !(e.Tag == PosTag.NOUN && !e.AlsoNoun);
        }
        return false;
    }

    private static bool IsPluralNoun(string view, Token t, LexEntry? e)
    {
        if (e != null) return (e.Tag == PosTag.NOUN && e.Lemma != e.Form) || e.Form == "police";
        return EndsWithS(view.AsSpan(t.Start, t.End - t.Start));
    }

    private static bool EndsWithS(ReadOnlySpan<char> w) => w.Length > 3 && w[^1] is 's' or 'S' && w[^2] is not ('s' or 'u' or 'i');

    // a plain lower-case word with no verbal or plural ending (a candidate bare infinitive)
    private static bool IsBareWord(string view, Token t)
    {
        var w = view.AsSpan(t.Start, t.End - t.Start);
        return w.Length > 2 && char.IsLower(w[0]) && !EndsWithS(w) && !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal)
            && !w.EndsWith("ly", StringComparison.Ordinal) && !w.Contains('-');
    }

    private static bool IsModal(LexEntry? e) => e?.Features?.Contains("VerbType=Mod") == true;

    private static int PrevWord(PosTag[] tags, int k, int from)
    {
        for (int j = k - 1; j >= from && j >= k - 4; j--)     // at most three adverbs back: linear on any input
            if (tags[j] != PosTag.ADV) return j;
        return -1;
    }

    // ---------------------------------------------------------------- helpers

    private static string LemmaOf(Token t, PosTag tag, LexEntry? e)
    {
        if (tag is PosTag.PROPN or PosTag.PUNCT or PosTag.SYM or PosTag.X) return t.Norm;
        if (tag == PosTag.NUM && CharClass.IsDigit(t.Text[0])) return t.Norm;
        if (e != null)
        {
            if ((tag is PosTag.VERB or PosTag.AUX) && e.VerbLemma != null) return e.VerbLemma;
            if (tag == PosTag.NOUN && e.Tag == PosTag.VERB && e.VerbLemma != null)
                return e.VerbForms.HasFlag(VerbForms.Present3) && e.AlsoNoun ? e.VerbLemma : e.Form;   // talks → talk; a briefing → briefing
            return e.Lemma;
        }
        var norm = t.Norm;
        var lower = HasUpper(norm) ? norm.ToLowerInvariant() : norm;
        return tag switch
        {
            PosTag.VERB => Morphology.VerbLemma(lower),
            PosTag.NOUN when !lower.Contains('-') || lower.EndsWith('s') => Morphology.Singular(lower),
            _ => lower,
        };
    }

    private static bool HasUpper(string s)
    {
        foreach (var c in s) if (char.IsUpper(c)) return true;
        return false;
    }

    private static ReadOnlySpan<char> Span(string view, Token t) => view.AsSpan(t.Start, t.End - t.Start);

    private static bool IsWordChar(char c) => CharClass.IsWord(c) || c == '_';

    private static bool IsSymbol(char c) => c is '$' or '€' or '£' or '¥' or '₴' or '₽' or '%' or '&' or '+' or '=' or '<' or '>' or '*' or '^'
        or '~' or '|' or '\\' or '§' or '°' or '#' or '@' or '©' or '®' or '™' or '‰' || char.IsHighSurrogate(c)
        || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.CurrencySymbol
            or System.Globalization.UnicodeCategory.MathSymbol or System.Globalization.UnicodeCategory.OtherSymbol;

    private static bool IsOpeningPunct(ReadOnlySpan<char> w) => w.Length == 1 && w[0] is '"' or '\'' or '(' or '[' or '{';

    private static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        bool letter = false;
        foreach (var c in w)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letter = true;
        }
        return letter;
    }

    private static bool IsDotted(ReadOnlySpan<char> w) => w[..^1].Contains('.');

    /// <summary>Nationality and group adjectives: Ukrainian, Russian, Chinese, British, Israeli, Polish, Swiss.</summary>
    private static bool IsDemonym(ReadOnlySpan<char> w) =>
        w.Length > 4 && char.IsUpper(w[0]) && !IsAllCaps(w)
        && (w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ean", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ian's", StringComparison.Ordinal)
            || w.EndsWith("can", StringComparison.Ordinal) || w.EndsWith("ean", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal) && w.Length > 6 || w is "Swiss" or "Dutch" or "French" or "Greek" or "Thai" or "Iraqi" or "Israeli" or "Saudi" or "Afghan" or "Pakistani" or "Kuwaiti" or "Qatari" or "Emirati");

    /// <summary>Title-case or all-caps lines (headlines, headings): capitals say nothing about names there.</summary>
    private static bool IsTitleCase(string view, List<Token> tokens, int from, int to)
    {
        int caps = 0, lowerContent = 0, allCaps = 0, words = 0;
        for (int k = from; k < to; k++)
        {
            var w = Span(view, tokens[k]);
            if (!CharClass.IsLetter(w[0])) continue;
            words++;
            if (char.IsUpper(w[0]))
            {
                caps++;
                if (w.Length > 1 && IsAllCaps(w)) allCaps++;
            }
            else if (w.Length >= 4) lowerContent++;
        }
        if (words >= 2 && allCaps == words) return true;
        return words >= 3 && lowerContent == 0 && caps >= 3;
    }
}
