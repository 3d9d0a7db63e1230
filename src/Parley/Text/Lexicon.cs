using System.Reflection;

namespace Parley.Text;

/// <summary>Which inflected forms of a verb a word form is (a form can be several: "put", "said").</summary>
[Flags]
public enum VerbForms : byte
{
    None = 0, Base = 1, Past = 2, Participle = 4, Present3 = 8, Gerund = 16,
}

/// <summary>How an abbreviation with a final period behaves at a possible sentence end (abbreviations.tsv).</summary>
public enum AbbreviationKind : byte
{
    /// <summary>Not an abbreviation.</summary>
    None,
    /// <summary>Precedes a name ("Gen.", "Mr."): never ends a sentence.</summary>
    Title,
    /// <summary>A month or weekday ("Jan.", "Wed."): never before a number, else only before a clear sentence start.</summary>
    Month,
    /// <summary>Precedes a number ("No. 10").</summary>
    Number,
    /// <summary>May end a sentence ("Inc.", "U.S.", "etc."): only before a clear sentence start.</summary>
    General,
    /// <summary>A single capital letter with a period ("J."): an initial unless the next word clearly starts a sentence.</summary>
    Initial,
}

/// <summary>Person, number, gender and case of a pronoun (closed.tsv), for coreference and speaker resolution.</summary>
public sealed record PronounFeatures(int? Person, string? Number, string? Gender, string? Case, bool Possessive, bool Reflexive, string? PronType)
{
    public bool IsPersonal => PronType != null && PronType.Contains("Prs");
    public bool IsMasculine => Gender == "Masc";
    public bool IsFeminine => Gender == "Fem";
    public bool IsPlural => Number == "Plur";
}

/// <summary>One lower-case word form of the lexicon with what the tagger needs to know about it.</summary>
public sealed class LexEntry
{
    public required string Form { get; init; }
    /// <summary>The tag when context says nothing else.</summary>
    public PosTag Tag { get; internal set; }
    /// <summary>Lemma for the default tag.</summary>
    public string Lemma { get; internal set; } = "";
    internal uint TagMask;
    /// <summary>The lemma when the form is read as a verb (null when it is never a verb).</summary>
    public string? VerbLemma { get; internal set; }
    public VerbForms VerbForms { get; internal set; }
    /// <summary>The base and -s forms of the verb are also common nouns (attack, plan, claim).</summary>
    public bool AlsoNoun { get; internal set; }
    /// <summary>The reporting class (SAY, ASSERT, WARN, ...) when the verb reading is a reporting verb.</summary>
    public string? ReportingClass { get; internal set; }
    public PronounFeatures? Pronoun { get; internal set; }
    /// <summary>UD-style features from closed.tsv ("PronType=Art|Definite=Def"), or null.</summary>
    public string? Features { get; internal set; }

    /// <summary>A word whose tag the tagger settles with its own rule (to, that, have, do, may, like, ...).</summary>
    internal bool ContextWord;

    public bool Can(PosTag t) => (TagMask & (1u << (int)t)) != 0;
    internal void Allow(PosTag t) => TagMask |= 1u << (int)t;
}

/// <summary>
/// The word knowledge of the text layer: closed-class words, common open-class words, verbs with their inflections,
/// reporting verbs and abbreviations, read once from the TSV files in Knowledge/data/lexicon (embedded). Immutable
/// after load, so any number of threads can read it.
/// </summary>
public static class Lexicon
{
    private sealed class Data
    {
        public readonly Dictionary<string, LexEntry> Words = new(StringComparer.Ordinal);
        public WordTable Table = null!;
        public readonly Dictionary<string, (string Class, string? Particle)> Reporting = new(StringComparer.Ordinal);
        public readonly Dictionary<string, AbbreviationKind> AbbrevExact = new(StringComparer.Ordinal);
        public Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> AbbrevExactSpans;
        public readonly Dictionary<string, AbbreviationKind> AbbrevAnyCase = new(StringComparer.Ordinal);
        public Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> AbbrevAnyCaseSpans;
        public int Verbs;
    }

    private static readonly Lazy<Data> _data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static Data D => _data.Value;

    /// <summary>Number of word forms and of verb lemmas loaded (for diagnostics and tests).</summary>
    public static (int Forms, int Verbs, int ReportingVerbs) Size => (D.Words.Count, D.Verbs, D.Reporting.Count);

    private const int MaxWord = 48;

    /// <summary>The entry for a word in any case, or null.</summary>
    public static LexEntry? Lookup(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxWord) return null;
        Span<char> buf = stackalloc char[MaxWord];
        var lower = buf[..word.Length];
        uint h = WordTable.Seed;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c < 128) c = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            else
            {
                c = char.ToLowerInvariant(c);
                if (TextNormalizer.Fold(c) == '\'') c = '\'';   // lexicon keys use the canonical apostrophe
            }
            lower[i] = c;
            h = WordTable.Step(h, c);
        }
        return D.Table.Find(lower, h);
    }

    public static LexEntry? Lookup(string word) => Lookup(word.AsSpan());

    /// <summary>
    /// True when the word is a form of a reporting verb ("said", "warns", "insisting", "told"); <paramref name="lemma"/>
    /// is its dictionary form. Verbs that report only with a particle ("point out") are not matched here: see
    /// <see cref="ReportingPhrase"/>.
    /// </summary>
    public static bool IsReportingVerb(ReadOnlySpan<char> word, out string lemma)
    {
        var e = Lookup(word);
        if (e?.ReportingClass != null) { lemma = e.VerbLemma!; return true; }
        lemma = "";
        return false;
    }

    public static bool IsReportingVerb(string word, out string lemma) => IsReportingVerb(word.AsSpan(), out lemma);

    /// <summary>
    /// A tagged token used as a reporting verb: a form of one, tagged VERB ("the report said" yes, "the report" no).
    /// Untagged tokens are judged by their form alone.
    /// </summary>
    public static bool IsReportingVerb(Parley.Documents.Token token, out string lemma)
    {
        lemma = "";
        if (token.Tag.Length > 0 && token.Tag != "VERB") return false;
        return IsReportingVerb(token.Norm.AsSpan(), out lemma);
    }

    /// <summary>The reporting class (SAY, ASSERT, ANNOUNCE, STRESS, EXPLAIN, ASK, URGE, REPLY, PROMISE, WARN, ADMIT, DENY, ACCUSE, PREDICT, BELIEVE, WRITE) of a verb form, or null.</summary>
    public static string? ReportingClass(ReadOnlySpan<char> word) => Lookup(word)?.ReportingClass;

    /// <summary>True when verb lemma + particle form a reporting phrase ("point out", "go on"), with its class.</summary>
    public static bool ReportingPhrase(string verbLemma, string particle, out string cls)
    {
        if (D.Reporting.TryGetValue(verbLemma, out var r) && r.Particle != null && string.Equals(r.Particle, particle, StringComparison.OrdinalIgnoreCase))
        { cls = r.Class; return true; }
        cls = "";
        return false;
    }

    /// <summary>The dictionary form of a word: listed verb forms and irregular plurals from the lexicon, spelling rules otherwise (lower-case).</summary>
    public static string Lemma(string word)
    {
        var e = Lookup(word);
        if (e != null) return e.VerbLemma ?? e.Lemma;
        var lower = word.ToLowerInvariant();
        if (lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("ed", StringComparison.Ordinal)) return Morphology.VerbLemma(lower);
        if (lower.EndsWith('s')) return Morphology.Singular(lower);
        return lower;
    }

    /// <summary>The dictionary form of a word read with the given tag (a proper noun keeps its spelling).</summary>
    public static string Lemma(string word, PosTag tag)
    {
        if (tag is PosTag.PROPN or PosTag.PUNCT or PosTag.SYM or PosTag.X) return word;
        if (tag == PosTag.NUM && word.Length > 0 && char.IsDigit(word[0])) return word;
        var e = Lookup(word);
        if (e != null)
        {
            if ((tag is PosTag.VERB or PosTag.AUX) && e.VerbLemma != null) return e.VerbLemma;
            if (tag == PosTag.AUX || e.Tag == tag || e.VerbLemma == null) return e.Lemma;
            if (tag == PosTag.NOUN && e.Tag == PosTag.VERB)
                return e.VerbForms.HasFlag(VerbForms.Present3) && e.AlsoNoun ? e.VerbLemma : e.Form;   // "talks" → talk, "briefing" → briefing
            return e.Lemma;
        }
        var lower = word.ToLowerInvariant();
        return tag switch
        {
            PosTag.VERB => Morphology.VerbLemma(lower),
            PosTag.NOUN => Morphology.Singular(lower),
            _ => lower,
        };
    }

    /// <summary>Person, number, gender and case of a pronoun ("she" → 3rd, singular, feminine, nominative), or null.</summary>
    public static PronounFeatures? Pronoun(ReadOnlySpan<char> word) => Lookup(word)?.Pronoun;
    public static PronounFeatures? Pronoun(string word) => Pronoun(word.AsSpan());

    /// <summary>
    /// The kind of an abbreviation written with a final period; <paramref name="withoutPeriod"/> is the token without
    /// it ("Gen", "U.S", "a.m"). Capitalized entries match exactly, lower-case entries in any case.
    /// </summary>
    public static AbbreviationKind Abbreviation(ReadOnlySpan<char> withoutPeriod)
    {
        if (withoutPeriod.Length == 0 || withoutPeriod.Length > MaxWord) return AbbreviationKind.None;
        var d = D;
        if (d.AbbrevExactSpans.TryGetValue(withoutPeriod, out var k)) return k;
        Span<char> buf = stackalloc char[MaxWord];
        int n = withoutPeriod.ToLowerInvariant(buf);
        return d.AbbrevAnyCaseSpans.TryGetValue(buf[..n], out k) ? k : AbbreviationKind.None;
    }

    /// <summary>
    /// A capitalized word that, after a possible sentence end, shows a new sentence begins: a capitalized closed-class
    /// word or sentence adverb ("The", "He", "But", "However", "In"). Names are not: "U.S. President ..." stays one sentence.
    /// </summary>
    public static bool IsClearSentenceStart(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0])) return false;
        for (int i = 1; i < word.Length; i++) if (char.IsUpper(word[i])) return false;    // "US", "IT": acronyms
        if (word.Length == 1) return word[0] == 'I' || word[0] == 'A';
        var e = Lookup(word);
        if (e == null) return false;
        return e.Tag switch
        {
            PosTag.DET or PosTag.PRON or PosTag.CCONJ or PosTag.SCONJ or PosTag.ADP or PosTag.ADV or PosTag.INTJ => true,
            _ => false,
        };
    }

    /// <summary>
    /// Open-addressing table over the lower-cased forms with a multiplicative hash computed while lower-casing, so a
    /// lookup is one pass over the word and usually one comparison (the lexicon is fixed after load, and its keys are
    /// ours, so a non-randomized hash is safe).
    /// </summary>
    private sealed class WordTable
    {
        public const uint Seed = 2166136261;
        private readonly string[] _keys;
        private readonly LexEntry[] _values;
        private readonly uint[] _hashes;
        private readonly int _mask;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static uint Step(uint h, char c) => (h ^ c) * 16777619;

        public WordTable(Dictionary<string, LexEntry> words)
        {
            int size = 1;
            while (size < words.Count * 3) size <<= 1;
            _keys = new string[size]; _values = new LexEntry[size]; _hashes = new uint[size];
            _mask = size - 1;
            foreach (var (k, v) in words)
            {
                uint h = Seed;
                foreach (var c in k) h = Step(h, c);
                int i = (int)(Mix(h) & (uint)_mask);
                while (_keys[i] != null) i = (i + 1) & _mask;
                _keys[i] = k; _values[i] = v; _hashes[i] = h;
            }
        }

        private static uint Mix(uint h) => (h ^ (h >> 15)) * 0x2C1B3C6D;

        public LexEntry? Find(ReadOnlySpan<char> lower, uint h)
        {
            int i = (int)(Mix(h) & (uint)_mask);
            while (true)
            {
                var k = _keys[i];
                if (k == null) return null;
                if (_hashes[i] == h && lower.SequenceEqual(k)) return _values[i];
                i = (i + 1) & _mask;
            }
        }
    }

    // ---------------------------------------------------------------- loading

    private static Data Load()
    {
        var d = new Data();
        foreach (var row in Rows("closed.tsv")) AddWord(d, row, closed: true);
        foreach (var row in Rows("words.tsv")) AddWord(d, row, closed: false);
        foreach (var row in Rows("reporting.tsv"))
        {
            if (row.Length < 2) throw Bad("reporting.tsv", row);
            var particle = row.Length > 2 && row[2] != "-" ? row[2] : null;
            d.Reporting[row[0]] = (row[1], particle);
        }
        var verbLemmas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Rows("verbs.tsv"))
        {
            if (row.Length < 4) throw Bad("verbs.tsv", row);
            AddVerb(d, row[0], row[1], row[2], row[3]);
            verbLemmas.Add(row[0]);
        }
        foreach (var (lemma, _) in d.Reporting)      // a reporting verb missing from verbs.tsv is taken as regular
            if (verbLemmas.Add(lemma)) AddVerb(d, lemma, "-", "-", "-");
        d.Verbs = verbLemmas.Count;
        foreach (var row in Rows("abbreviations.tsv"))
        {
            if (row.Length < 2) throw Bad("abbreviations.tsv", row);
            var kind = row[1] switch
            {
                "title" => AbbreviationKind.Title, "month" => AbbreviationKind.Month, "number" => AbbreviationKind.Number,
                "general" => AbbreviationKind.General, _ => throw Bad("abbreviations.tsv", row),
            };
            bool lower = row[0] == row[0].ToLowerInvariant();
            (lower ? d.AbbrevAnyCase : d.AbbrevExact)[row[0]] = kind;
        }
        foreach (var w in (string[])["to", "that", "this", "these", "those", "more", "most", "less", "least", "may", "have", "has", "had",
                     "having", "do", "does", "did", "like"])
            if (d.Words.TryGetValue(w, out var cw)) cw.ContextWord = true;
        d.Table = new WordTable(d.Words);
        d.AbbrevExactSpans = d.AbbrevExact.GetAlternateLookup<ReadOnlySpan<char>>();
        d.AbbrevAnyCaseSpans = d.AbbrevAnyCase.GetAlternateLookup<ReadOnlySpan<char>>();
        return d;
    }

    private static void AddWord(Data d, string[] row, bool closed)
    {
        var file = closed ? "closed.tsv" : "words.tsv";
        if (row.Length < 3 || !PosTags.TryParse(row[1], out var tag)) throw Bad(file, row);
        var form = row[0];
        var lemma = row[2] == "-" ? form : row[2];
        if (!d.Words.TryGetValue(form, out var e))
        {
            e = new LexEntry { Form = form, Tag = tag, Lemma = lemma };
            d.Words[form] = e;
            if (closed && row.Length > 3 && row[3] != "-")
            {
                e.Features = row[3];
                if (tag == PosTag.PRON) e.Pronoun = ParsePronoun(row[3]);
            }
        }
        e.Allow(tag);
    }

    private static void AddVerb(Data d, string lemma, string past, string participle, string flags)
    {
        bool dbl = flags.Contains("dbl"), noun = flags.Split(',').Contains("n");
        string? cls = d.Reporting.TryGetValue(lemma, out var r) && r.Particle == null ? r.Class : null;
        var pasts = past == "-" ? [Morphology.Past(lemma, dbl)] : past.Split('|');
        var parts = participle == "-" ? (past == "-" ? pasts : past.Split('|')) : participle.Split('|');
        void Form(string form, VerbForms vf)
        {
            if (!d.Words.TryGetValue(form, out var e))
            {
                e = new LexEntry { Form = form, Tag = PosTag.VERB, Lemma = lemma };
                d.Words[form] = e;
            }
            e.Allow(PosTag.VERB);
            if (e.VerbLemma == null) e.VerbLemma = lemma;
            else if (e.VerbLemma != lemma) return;     // a form of two verbs ("lay", "found"): the first listed keeps it
            e.VerbForms |= vf;
            if (noun && vf is VerbForms.Base or VerbForms.Present3) { e.AlsoNoun = true; e.Allow(PosTag.NOUN); }
            if (cls != null) e.ReportingClass = cls;
        }
        Form(lemma, VerbForms.Base);
        foreach (var p in pasts) Form(p, VerbForms.Past);
        foreach (var p in parts) Form(p, VerbForms.Participle);
        Form(lemma switch { "be" => "is", "have" => "has", "do" => "does", _ => Morphology.Present3(lemma) }, VerbForms.Present3);
        Form(lemma == "be" ? "being" : Morphology.Gerund(lemma, dbl), VerbForms.Gerund);
    }

    private static PronounFeatures ParsePronoun(string feats)
    {
        int? person = null; string? number = null, gender = null, @case = null, type = null; bool poss = false, refl = false;
        foreach (var kv in feats.Split('|'))
        {
            var i = kv.IndexOf('=');
            if (i < 0) continue;
            var (k, v) = (kv[..i], kv[(i + 1)..]);
            switch (k)
            {
                case "Person": person = int.Parse(v, System.Globalization.CultureInfo.InvariantCulture); break;
                case "Number": number = v; break;
                case "Gender": gender = v; break;
                case "Case": @case = v; break;
                case "Poss": poss = v == "Yes"; break;
                case "Reflex": refl = v == "Yes"; break;
                case "PronType": type = v; break;
            }
        }
        return new PronounFeatures(person, number, gender, @case, poss, refl, type);
    }

    private static Exception Bad(string file, string[] row) => new InvalidDataException($"lexicon/{file}: bad row \"{string.Join('\t', row)}\"");

    private static IEnumerable<string[]> Rows(string file)
    {
        var asm = typeof(Lexicon).Assembly;
        var name = asm.GetManifestResourceNames().FirstOrDefault(n =>
            n.StartsWith("Parley.Knowledge.data.lexicon", StringComparison.Ordinal) && n.EndsWith(file, StringComparison.Ordinal))
            ?? throw new FileNotFoundException($"embedded lexicon file '{file}' not found");
        using var s = asm.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(s);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }
}
