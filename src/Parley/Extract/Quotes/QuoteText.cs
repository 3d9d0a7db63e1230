using Parley.Documents;

namespace Parley.Extract.Quotes;

/// <summary>A word or punctuation mark of the body with its offsets; <see cref="Lower"/> is its lowercase form.</summary>
public readonly record struct QWord(int Start, int End, string Text, string Lower, bool IsWord)
{
    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);
    public bool IsLowerWord => IsWord && char.IsLower(Text[0]);
    public bool Is(string s) => Lower == s;
    public override string ToString() => Text;
}

/// <summary>
/// A sentence as the quote layer reads it: never cut inside a quotation, and joined across a paragraph break when
/// the first paragraph stops mid-sentence ("… he stated," / "… because") and the next one carries on
/// (a quote on its own line, "according to …", a lowercase continuation, "— Name").
/// </summary>
public sealed class QuoteSentence
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public required int Paragraph { get; init; }     // paragraph of the first word
    public required bool IsHeading { get; init; }
    public required List<QWord> Words { get; init; }
    /// <summary>Per word: index into the sentence's top-level quote segments, or -1 outside quotes.</summary>
    public required int[] InQuote { get; init; }
    /// <summary>Top-level quote segments inside this sentence (depth 0), in order.</summary>
    public required List<QuoteSegment> Segments { get; init; }
    public int Index { get; init; }
    /// <summary>Per word: the tagger's part of speech when the tag layer ran (null otherwise).</summary>
    public string?[]? Tags { get; init; }

    public int Count => Words.Count;
    public string? Tag(int i) => Tags != null && i >= 0 && i < Tags.Length ? Tags[i] : null;
    public string Lower(int i) => Words[i].Lower;
    public bool IsPunct(int i, char c) => i >= 0 && i < Words.Count && !Words[i].IsWord && Words[i].Text.Length == 1 && Words[i].Text[0] == c;
    public bool IsQuoteMark(int i) => i >= 0 && i < Words.Count && !Words[i].IsWord && QuoteWords.IsQuoteChar(Words[i].Text[0]);
    public bool IsComma(int i) => IsPunct(i, ',');
    public bool Inside(int i) => i >= 0 && i < InQuote.Length && InQuote[i] >= 0;
    public int FirstWordAt(int charPos)
    {
        for (int i = 0; i < Words.Count; i++) if (Words[i].End > charPos) return i;
        return Words.Count;
    }
}

/// <summary>Word splitting and the closed word classes the quote rules key on (grammar facts of English).</summary>
public static class QuoteWords
{
    public static bool IsQuoteChar(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '\'' or '‘' or '’' or '‚' or '‹' or '›';

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "prof", "sen", "rep", "gov", "jr", "sr", "st",
        "inc", "ltd", "co", "corp", "vs", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "adm", "cmdr", "gens", "fr", "rev", "hon", "mt", "ft", "approx", "est", "dept", "univ",
    };

    /// <summary>Splits text[start..end) into words (with internal apostrophes, hyphens, dotted abbreviations, digit
    /// groups) and single punctuation marks.</summary>
    public static List<QWord> Tokenize(string text, int start, int end)
    {
        var words = new List<QWord>();
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                words.Add(Make(text, i, i + 1, false));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end)
            {
                char d = text[j];
                if (char.IsLetterOrDigit(d)) { j++; continue; }
                bool nextAlnum = j + 1 < end && char.IsLetterOrDigit(text[j + 1]);
                if ((d == '\'' || d == '’') && nextAlnum && char.IsLetter(text[j + 1]) && char.IsLetter(text[j - 1])) { j++; continue; }
                if (d == '-' && nextAlnum) { j++; continue; }
                if ((d == ',' || d == '.') && nextAlnum && char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1])) { j++; continue; }
                if (d == '.' && nextAlnum && char.IsLetter(text[j + 1]) && j - i <= 3 && char.IsUpper(text[i])) { j++; continue; } // U.S.
                break;
            }
            // a trailing period belongs to a dotted abbreviation (U.S.) or a title abbreviation (Mr.)
            if (j < end && text[j] == '.')
            {
                var w = text[i..j];
                if (w.Contains('.') || Abbreviations.Contains(w) || (w.Length == 1 && char.IsUpper(w[0]))) j++;
            }
            words.Add(Make(text, i, j, true));
            i = j;
        }
        return words;
    }

    private static QWord Make(string text, int s, int e, bool isWord)
    {
        var t = text[s..e];
        return new QWord(s, e, t, t.ToLowerInvariant(), isWord);
    }

    public static readonly HashSet<string> Determiners = new()
    {
        "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "any",
        "each", "every", "no", "such", "both", "all", "another", "other", "several", "many", "most",
    };

    public static readonly HashSet<string> SubjectPronouns = new() { "he", "she", "they", "it", "we", "i", "you" };
    public static readonly HashSet<string> ObjectPronouns = new() { "him", "her", "them", "us", "me", "it", "you" };

    public static readonly HashSet<string> Auxiliaries = new()
    {
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
        "will", "would", "can", "could", "shall", "should", "may", "might", "must", "'s", "’s",
    };

    public static readonly HashSet<string> BeForms = new() { "is", "are", "was", "were", "be", "been", "being", "am" };

    public static readonly HashSet<string> Modals = new() { "will", "would", "can", "could", "shall", "should", "may", "might", "must" };

    /// <summary>Adverbs that sit between a speaker and the reporting verb ("Peskov also said", "has repeatedly said").</summary>
    public static readonly HashSet<string> SkippableAdverbs = new()
    {
        "also", "later", "then", "already", "further", "again", "repeatedly", "previously", "earlier", "recently",
        "publicly", "openly", "vehemently", "simply", "once", "still", "now", "reportedly", "separately", "subsequently",
        "initially", "meanwhile", "today", "yesterday", "tonight", "finally", "even", "just", "privately", "first",
        "not", "never", "often", "always", "long", "had", "has", "have", "did", "does", "do", "will", "would", "could",
        "can", "may", "might", "should", "been", "is", "are", "was", "were",
    };

    public static readonly HashSet<string> Subordinators = new()
    {
        "that", "which", "who", "whom", "whose", "when", "while", "where", "after", "before", "because", "as", "if",
        "since", "although", "though", "whether", "but", "or", "so", "yet", "than", "until", "unless", "whereas", "why", "how", "what",
    };

    public static readonly HashSet<string> Prepositions = new()
    {
        "on", "in", "at", "to", "from", "with", "by", "for", "of", "about", "over", "under", "during", "into", "onto",
        "against", "between", "among", "through", "without", "within", "across", "alongside", "despite", "via", "per",
        "regarding", "amid", "towards", "toward", "upon", "after", "before", "since", "near", "beyond", "like",
    };

    public static readonly HashSet<string> Weekdays = new()
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    public static readonly HashSet<string> Months = new()
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "sep.",
    };

    /// <summary>Words that can close a time phrase between the speaker and the verb ("The Kremlin on July 24 said").</summary>
    public static bool IsTimeWord(QWord w) =>
        w.IsWord && (Weekdays.Contains(w.Lower) || Months.Contains(w.Lower) || char.IsDigit(w.Text[0])
                     || w.Lower is "day" or "week" or "month" or "year" or "morning" or "afternoon" or "evening" or "night" or "weekend" or "today" or "yesterday");

    private static readonly HashSet<string> IrregularPast = new()
    {
        "broke", "made", "took", "gave", "went", "came", "saw", "knew", "thought", "won", "lost", "met", "left", "held",
        "sent", "kept", "felt", "found", "ran", "got", "put", "brought", "bought", "fought", "led", "stood", "understood",
        "began", "became", "spoke", "wrote", "chose", "told", "said", "paid", "meant", "sought", "struck", "drew", "grew",
        "threw", "rose", "fell", "flew", "forgot", "hid", "sold", "taught", "caught", "heard", "ate", "shot", "withdrew",
        "overtook", "undertook", "lay", "laid", "dealt", "spent", "built", "sat", "swore", "woke",
    };

    private static readonly HashSet<string> NotPastTense = new()
    {
        "need", "indeed", "speed", "seed", "feed", "breed", "creed", "greed", "hundred", "bed", "red", "shed", "steed", "weed",
        "unprecedented", "concerned", "interested", "armed", "based", "detailed", "limited", "united", "related", "advanced",
        "so-called", "alleged", "unprovoked", "occupied", "annexed", "proposed", "planned", "expected", "called",
    };

    /// <summary>Whether the words [from, to) look like a finite clause (a subject with a tensed verb) rather than a noun phrase.</summary>
    public static bool LooksFinite(QuoteSentence s, int from, int to)
    {
        for (int i = from; i < to && i < s.Count; i++)
            if (IsFiniteAt(s, i, from)) return true;
        return false;
    }

    /// <summary>Whether word i is a tensed verb (an auxiliary, a past form, or a present form after its subject);
    /// <paramref name="from"/> is where the clause starts.</summary>
    public static bool IsFiniteAt(QuoteSentence s, int i, int from)
    {
        var w = s.Words[i];
        if (!w.IsWord) return false;
        var l = w.Lower;
        if (Auxiliaries.Contains(l) || l is "won't" or "can't" or "didn't" or "doesn't" or "don't" or "isn't" or "wasn't" or "aren't" or "weren't" or "hasn't" or "haven't" or "hadn't" or "wouldn't" or "couldn't" or "shouldn't") return true;
        if (IrregularPast.Contains(l)) return true;
        if (w.IsLowerWord && l.Length > 4 && l.EndsWith("ed") && !NotPastTense.Contains(l))
        {
            // "released by" is a participle inside a noun phrase, not the clause's verb
            bool byNext = i + 1 < s.Count && s.Words[i + 1].Lower == "by";
            bool afterDet = i > from && Determiners.Contains(s.Words[i - 1].Lower);
            if (!byNext && !afterDet) return true;
        }
        // the tagger's verb after a noun phrase: "Ukrainian forces control", "leaders reject"
        if (w.IsLowerWord && i > from && s.Tag(i) == "VERB" && !l.EndsWith("ing") && !l.EndsWith("ed"))
        {
            var pt = s.Tag(i - 1);
            if (pt is "NOUN" or "PROPN" or "PRON" or "NUM" && s.Words[i - 1].Lower != "to") return true;
        }
        // third-person present after a name or a pronoun: "Russia continues", "it remains"
        if (w.IsLowerWord && l.Length > 3 && l.EndsWith('s') && !l.EndsWith("ss") && i > from)
        {
            var p = s.Words[i - 1];
            // not after a nationality or compass adjective ("Western leaders", "Russian authorities"): that is a plural noun
            bool adjective = Weekdays.Contains(p.Lower) || Months.Contains(p.Lower) || p.Lower.EndsWith("ern") || p.Lower.EndsWith("ian") || p.Lower.EndsWith("ish") || p.Lower.EndsWith("ese") || p.Lower.EndsWith("can") || p.Lower.EndsWith("ean");
            if (p.IsWord && (p.IsCapitalized && !adjective && !p.Lower.EndsWith("'s") && !p.Lower.EndsWith("’s") || p.Lower is "he" or "she" or "it" or "this" or "that")) return true;
        }
        return false;
    }

    /// <summary>Nouns for a statement's medium ("a statement saying …", "in a post on X"): the author is the speaker.</summary>
    public static readonly HashSet<string> MediumNouns = new()
    {
        "statement", "statements", "post", "posts", "letter", "message", "video", "communique", "communiqué", "tweet",
        "address", "release", "note", "declaration", "readout", "notice", "interview", "speech", "remarks",
    };

    /// <summary>Title and rank words stripped from the front of a name ("Kremlin spokesman", "Deputy Foreign Minister").</summary>
    public static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "prime", "minister", "deputy", "foreign", "secretary", "general", "ambassador", "chancellor",
        "spokesman", "spokeswoman", "spokesperson", "chief", "governor", "mayor", "senator", "vice", "acting", "press",
        "defense", "defence", "treasury", "state", "interior", "finance", "economy", "justice", "secretary-general",
        "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gen.", "cardinal", "pope", "patriarch", "king", "queen", "prince",
        "commander", "director", "head", "chairman", "chair", "envoy", "special", "first", "senior", "adviser", "advisor",
        "president-elect", "premier", "lieutenant", "colonel", "major", "captain", "sergeant", "admiral", "marshal",
        "commander-in-chief", "kremlin", "white", "house", "pentagon", "spokesperson", "lawmaker", "mp", "official", "officer",
    };

    /// <summary>Head nouns that name an institution rather than a person ("the Russian Defence Ministry").</summary>
    public static readonly HashSet<string> InstitutionHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "office", "committee", "agency", "council", "department", "mission", "service", "government",
        "administration", "kremlin", "assembly", "parliament", "commission", "court", "bank", "fund", "union", "army",
        "forces", "command", "staff", "directorate", "secretariat", "embassy", "presidency", "cabinet", "treasury",
        "pentagon", "organization", "organisation", "alliance", "group", "party", "foundation", "institute", "board",
    };

    /// <summary>Role nouns that a definite description resolves through ("the spokesperson", "the ministry").</summary>
    public static readonly HashSet<string> RoleHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "president", "minister", "ministry", "agency", "office", "mission",
        "governor", "ambassador", "official", "chief", "envoy", "commander", "leader", "secretary", "chancellor",
        "premier", "department", "committee", "council", "government", "administration", "adviser", "advisor",
        "diplomat", "prosecutor", "general", "mayor", "head", "director", "kremlin", "watchdog", "statement",
    };
}
