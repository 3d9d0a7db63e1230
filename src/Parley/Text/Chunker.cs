using Parley.Documents;

namespace Parley.Text;

public enum ChunkKind : byte { Noun, Verb }

/// <summary>
/// A noun group ("Kremlin spokesman Dmitry Peskov", "the 32-member alliance", "$ 43.5 billion") or a verb group
/// ("has not yet decided", "will attend", "to meet"). Indexes are into <see cref="Document.Tokens"/>; End is exclusive;
/// Head is the last nominal of a noun group, the main verb (or last auxiliary) of a verb group.
/// </summary>
public readonly record struct Chunk(ChunkKind Kind, int Start, int End, int Head)
{
    /// <summary>Verb groups: a negator (not, n't, never) inside.</summary>
    public bool Negated { get; init; }
    /// <summary>Verb groups: the lemma of the first modal (will, would, can, could, may, might, must, should, shall), or null.</summary>
    public string? Modal { get; init; }
    /// <summary>Verb groups: a form of "be" before a past participle head ("was invited").</summary>
    public bool Passive { get; init; }
    public int Length => End - Start;
}

/// <summary>
/// Finds base noun groups and verb groups in a tagged sentence by their tag patterns (no nesting: "the head of the
/// agency" is two noun groups). The quote layer uses noun groups to find speakers; the event layer verb groups for
/// the action, its negation and modality.
/// </summary>
public static class Chunker
{
    /// <summary>Token index range [First, End) of a sentence (tokens must carry their Sentence index).</summary>
    public static (int First, int End) TokenRange(Document doc, int sentence)
    {
        var tokens = doc.Tokens;
        if (sentence < 0 || sentence >= doc.Sentences.Count) return (0, 0);
        int lo = Sorted.FirstAtOrAfter(tokens, doc.Sentences[sentence].Start, t => t.Start);
        int end = lo;
        while (end < tokens.Count && tokens[end].Sentence == sentence) end++;
        return (lo, end);
    }

    /// <summary>Noun and verb groups of one sentence, in text order.</summary>
    public static List<Chunk> Chunks(Document doc, int sentence)
    {
        var (first, end) = TokenRange(doc, sentence);
        return Chunks(doc.Tokens, first, end);
    }

    public static List<Chunk> NounGroups(Document doc, int sentence) => Chunks(doc, sentence).FindAll(c => c.Kind == ChunkKind.Noun);
    public static List<Chunk> VerbGroups(Document doc, int sentence) => Chunks(doc, sentence).FindAll(c => c.Kind == ChunkKind.Verb);

    /// <summary>Noun and verb groups of the tagged tokens [first, end).</summary>
    public static List<Chunk> Chunks(IReadOnlyList<Token> tokens, int first, int end)
    {
        var result = new List<Chunk>();
        int n = end - first;
        if (n <= 0) return result;
        var tags = new PosTag[n];
        for (int k = 0; k < n; k++) tags[k] = PosTags.Of(tokens[first + k].Tag);

        int i = 0;
        while (i < n)
        {
            var t = tags[i];
            if (StartsNounGroup(tokens, first, tags, i))
            {
                int j = NounGroupEnd(tokens, first, tags, i, out int head);
                if (head >= 0) { result.Add(new Chunk(ChunkKind.Noun, first + i, first + j, first + head)); i = j; continue; }
                if (j > i) { i = j; continue; }    // modifiers without a head: none of them starts a verb group
            }
            if (t is PosTag.AUX or PosTag.VERB || (t == PosTag.PART && IsInfinitiveTo(tokens[first + i]) && i + 1 < n && tags[i + 1] is PosTag.VERB or PosTag.ADV))
            {
                int j = VerbGroupEnd(tokens, first, tags, i, out var chunk);
                if (j > i) { result.Add(chunk); i = j; continue; }
            }
            i++;
        }
        return result;
    }

    private static bool IsInfinitiveTo(Token t) => t.Lemma == "to";

    private static bool IsPossessive(Token t) => t.Tag == "PART" && t.Lemma is "'s" or "'";

    private static bool StartsNounGroup(IReadOnlyList<Token> tokens, int first, PosTag[] tags, int i) => tags[i] switch
    {
        PosTag.DET or PosTag.ADJ or PosTag.NUM or PosTag.NOUN or PosTag.PROPN or PosTag.PRON => true,
        PosTag.SYM => i + 1 < tags.Length && tags[i + 1] == PosTag.NUM,                   // $ 43.5
        PosTag.ADV => i + 1 < tags.Length && tags[i + 1] is PosTag.ADJ or PosTag.NUM,     // nearly 40 countries, very close ties
        _ => false,
    };

    private static int NounGroupEnd(IReadOnlyList<Token> tokens, int first, PosTag[] tags, int i, out int head)
    {
        int n = tags.Length;
        head = -1;
        // a personal pronoun that is not a possessive determiner stands alone
        if (tags[i] == PosTag.PRON && !(Lexicon.Pronoun(tokens[first + i].Text) is { Possessive: true } && !IsStandalonePossessive(tokens[first + i].Text)))
        {
            head = i;
            return i + 1;
        }
        int j = i;
        int lastNominal = -1;
        while (j < n)
        {
            var t = tags[j];
            var tok = tokens[first + j];
            bool ok = t switch
            {
                PosTag.DET => j == i || (j > i && IsPossessive(tokens[first + j - 1])) || tags[j - 1] is PosTag.ADV,
                PosTag.PRON => j == i && Lexicon.Pronoun(tok.Text) is { Possessive: true },
                PosTag.ADJ or PosTag.NOUN or PosTag.PROPN or PosTag.NUM => true,
                PosTag.ADV => j + 1 < n && tags[j + 1] is PosTag.ADJ or PosTag.NUM,
                PosTag.SYM => (j + 1 < n && tags[j + 1] == PosTag.NUM) || (j > i && tags[j - 1] == PosTag.NUM && tok.Text is "%"),
                PosTag.PART => IsPossessive(tok) && j > i && tags[j - 1] is PosTag.NOUN or PosTag.PROPN && j + 1 < n && tags[j + 1] is PosTag.NOUN or PosTag.PROPN or PosTag.ADJ or PosTag.NUM,
                _ => false,
            };
            if (!ok) break;
            if (t is PosTag.NOUN or PosTag.PROPN or PosTag.NUM || (t == PosTag.SYM && tok.Text == "%")) lastNominal = j;
            j++;
        }
        if (lastNominal < 0)
        {
            // a demonstrative or quantifier used alone ("this was", "all of them")
            if (tags[i] is PosTag.DET or PosTag.PRON && j == i + 1) { head = i; return i + 1; }   // "told her that"
            return tags[i] is PosTag.DET or PosTag.PRON ? i : j;
        }
        head = tags[lastNominal] == PosTag.SYM ? lastNominal - 1 : lastNominal;
        return lastNominal + 1;
    }

    private static bool IsStandalonePossessive(string w) => w.ToLowerInvariant() is "mine" or "yours" or "hers" or "ours" or "theirs";

    private static int VerbGroupEnd(IReadOnlyList<Token> tokens, int first, PosTag[] tags, int i, out Chunk chunk)
    {
        int n = tags.Length, j = i, head = -1;
        bool negated = false, passive = false, sawBe = false;
        string? modal = null;
        int lastAux = -1;
        while (j < n && j < i + 12)          // a verb group is short; the cap keeps chunking linear on any input
        {
            var t = tags[j];
            var tok = tokens[first + j];
            if (t == PosTag.AUX)
            {
                if (head >= 0) break;
                lastAux = j;
                var e = Lexicon.Lookup(tok.Norm);
                if (modal == null && e?.Features?.Contains("VerbType=Mod") == true) modal = e.Lemma;
                sawBe = tok.Lemma == "be";
                j++;
                continue;
            }
            if (t == PosTag.PART && tok.Lemma is "not" or "to") { if (tok.Lemma == "not") negated = true; if (head >= 0) break; j++; continue; }
            if (t == PosTag.ADV)
            {
                if (tok.Lemma == "never") negated = true;
                if (head >= 0) break;
                j++;
                continue;
            }
            // a subject inside a question ("did he say"): stop at it
            if (t == PosTag.VERB)
            {
                if (head >= 0) break;
                head = j;
                var e = Lexicon.Lookup(tok.Norm);
                passive = sawBe && (e == null ? tok.Norm.EndsWith("ed") : e.VerbForms.HasFlag(VerbForms.Participle));
                j++;
                continue;
            }
            break;
        }
        if (head < 0) head = lastAux;
        if (head < 0) { chunk = default; return i; }
        int endIdx = head + 1;
        chunk = new Chunk(ChunkKind.Verb, first + i, first + endIdx, first + head) { Negated = negated, Modal = modal, Passive = passive };
        return endIdx;
    }
}
