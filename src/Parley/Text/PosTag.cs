namespace Parley.Text;

/// <summary>
/// The light tag set (a subset of the Universal Dependencies part-of-speech tags), written to <c>Token.Tag</c> as the
/// enum name:
/// <list type="table">
/// <item><term>DET</term><description>articles, demonstratives, quantifying determiners (the, this, every, no)</description></item>
/// <item><term>PRON</term><description>pronouns, including possessive ones (he, his, they, who, there)</description></item>
/// <item><term>ADP</term><description>prepositions (of, in, with, according to)</description></item>
/// <item><term>CCONJ</term><description>coordinating conjunctions (and, or, but)</description></item>
/// <item><term>SCONJ</term><description>subordinating conjunctions and complementizers (that, if, because, whether)</description></item>
/// <item><term>AUX</term><description>forms of be, have and do used as auxiliaries or copula; modals (will, would, can)</description></item>
/// <item><term>VERB</term><description>main verbs</description></item>
/// <item><term>NOUN</term><description>common nouns</description></item>
/// <item><term>PROPN</term><description>proper nouns: names, acronyms, months and days, handles</description></item>
/// <item><term>ADJ</term><description>adjectives, ordinals, demonyms before a noun (Russian forces)</description></item>
/// <item><term>ADV</term><description>adverbs</description></item>
/// <item><term>NUM</term><description>numbers in digits or words</description></item>
/// <item><term>PART</term><description>the possessive 's, not/n't, infinitival to</description></item>
/// <item><term>PUNCT</term><description>punctuation, quote marks, brackets, dashes</description></item>
/// <item><term>SYM</term><description>symbols: currency, %, &amp;, +, =</description></item>
/// <item><term>INTJ</term><description>interjections (yes, oh)</description></item>
/// <item><term>X</term><description>anything else: URLs, e-mail addresses, hashtags</description></item>
/// </list>
/// </summary>
public enum PosTag : byte
{
    X, DET, PRON, ADP, CCONJ, SCONJ, AUX, VERB, NOUN, PROPN, ADJ, ADV, NUM, PART, PUNCT, SYM, INTJ,
}

public static class PosTags
{
    private static readonly string[] Names = Enum.GetNames<PosTag>();

    /// <summary>The tag's name as a shared string (no allocation per token).</summary>
    public static string Name(this PosTag tag) => Names[(int)tag];

    private static readonly Dictionary<string, PosTag> ByName = BuildByName();

    private static Dictionary<string, PosTag> BuildByName()
    {
        var d = new Dictionary<string, PosTag>(StringComparer.Ordinal);
        foreach (var t in Enum.GetValues<PosTag>()) d[t.ToString()] = t;
        return d;
    }

    public static bool TryParse(string s, out PosTag tag) => ByName.TryGetValue(s, out tag);

    /// <summary>The tag of a tagged token (X when untagged or unknown).</summary>
    public static PosTag Of(string tag) => ByName.TryGetValue(tag, out var t) ? t : PosTag.X;

    /// <summary>Nominal heads: nouns, proper nouns, pronouns, numbers.</summary>
    public static bool IsNominal(this PosTag t) => t is PosTag.NOUN or PosTag.PROPN or PosTag.PRON or PosTag.NUM;
}
