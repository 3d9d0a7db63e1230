using Parley.Documents;
using Parley.Text;

namespace Parley.Extract.Quantities;

/// <summary>
/// The "about" of a numeric claim: what the amount is said of, read from the tagged sentence's noun and verb groups
/// (<see cref="Chunker"/>). Forward from the counted noun: the rest of its noun group, then the verb group that follows
/// with its object ("countries attended the summit", "children have been deported"), or a prepositional phrase ("of its
/// neighbour's territory", "for weapons"). When nothing follows (an amount at the end of a clause, "pledged 40 billion
/// euros (...)"), the subject and verb before it ("NATO allies pledged"). At most <see cref="MaxWords"/> words, never
/// ending on a function word.
/// </summary>
internal sealed class ClaimPhrase(Document doc)
{
    public const int MaxWords = 12;
    /// <summary>A sentence's chunks indexed by first and by end token, so every lookup is constant time (a
    /// sentence of junk can hold thousands of amounts).</summary>
    private sealed class SentenceChunks(List<Chunk> list)
    {
        public readonly List<Chunk> List = list;
        public readonly Dictionary<int, Chunk> ByStart = list.GroupBy(c => c.Start).ToDictionary(g => g.Key, g => g.First());
        public readonly Dictionary<int, Chunk> NounByEnd = list.Where(c => c.Kind == ChunkKind.Noun).GroupBy(c => c.End).ToDictionary(g => g.Key, g => g.Last());
        public readonly Dictionary<int, Chunk> VerbByEnd = list.Where(c => c.Kind == ChunkKind.Verb).GroupBy(c => c.End).ToDictionary(g => g.Key, g => g.Last());

        public Chunk At(int start) => ByStart.TryGetValue(start, out var c) ? c : default;

        /// <summary>The noun chunk holding token i (chunks do not overlap: the last one starting at or before it).</summary>
        public Chunk NounHolding(int i)
        {
            int found = Sorted.LastAtOrBefore(List, i, c => c.Start);
            return found >= 0 && List[found].Kind == ChunkKind.Noun && i < List[found].End ? List[found] : default;
        }
    }

    private readonly Dictionary<int, SentenceChunks> _chunks = new();
    private (int Start, int End)[]? _times;
    private readonly Dictionary<int, int> _sentenceEnds = new();

    private SentenceChunks ChunksOf(int sentence)
    {
        if (!_chunks.TryGetValue(sentence, out var sc)) _chunks[sentence] = sc = new SentenceChunks(Chunker.Chunks(doc, sentence));
        return sc;
    }

    /// <summary>Index of the first token that starts at or after <paramref name="offset"/>.</summary>
    private int TokenAtOrAfter(int offset) => Sorted.FirstAtOrAfter(doc.Tokens, offset, t => t.Start);

    private PosTag Tag(int i) => PosTags.Of(doc.Tokens[i].Tag);

    /// <param name="amountStart">first character of the amount ("92", "$", "more than")</param>
    /// <param name="amountEnd">end of the quantity's span</param>
    /// <param name="nounStart">where the counted noun starts (equal to amountEnd when the unit is inside the amount)</param>
    public string? About(int amountStart, int amountEnd, int nounStart)
    {
        var tokens = doc.Tokens;
        if (tokens.Count == 0 || tokens[0].Tag.Length == 0) return null;
        int first = TokenAtOrAfter(amountStart);
        if (first >= tokens.Count) return null;
        int sentence = tokens[first].Sentence;
        var chunks = ChunksOf(sentence);
        if (!_sentenceEnds.TryGetValue(sentence, out int sentenceEnd)) _sentenceEnds[sentence] = sentenceEnd = Chunker.TokenRange(doc, sentence).End;
        int after = TokenAtOrAfter(amountEnd);
        int from = Math.Min(TokenAtOrAfter(nounStart), after);
        // the noun group the amount sits in ("a $61 billion aid package") runs on past the amount
        var own = chunks.NounHolding(first);
        int k = own.Length > 0 && own.End > after ? own.End : after;
        int end = k;
        // "90 countries and international organizations": the coordinated noun group counts along
        if (k < sentenceEnd && Tag(k) == PosTag.CCONJ && doc.Tokens[k].Lemma == "and"
            && chunks.At(k + 1) is { Length: > 0, Kind: ChunkKind.Noun } also)
            end = k = also.End;
        while (k < sentenceEnd && Tag(k) == PosTag.ADV) k++;
        var next = chunks.At(k);
        if (next.Length > 0 && next.Kind == ChunkKind.Verb)
        {
            end = next.End;
            end = Object(chunks, end, sentenceEnd);
        }
        else if (next.Length > 0 && next.Kind == ChunkKind.Noun && next.Length <= 3
                 && chunks.At(next.End) is { Length: > 0, Kind: ChunkKind.Verb } rel)
        {
            // a reduced relative clause: "four regions it had annexed"
            end = Object(chunks, rel.End, sentenceEnd);
        }
        else if (k < sentenceEnd && Tag(k) == PosTag.ADP && chunks.At(k + 1) is { Length: > 0, Kind: ChunkKind.Noun } pp)
        {
            end = PrepositionalTail(chunks, pp.End, sentenceEnd);
            // "of cargo shipped from Ukrainian ports": a participle after the object carries the claim on
            if (end < sentenceEnd && chunks.At(end) is { Length: > 0, Kind: ChunkKind.Verb } part)
                end = Object(chunks, part.End, sentenceEnd);
        }
        if (end > from && Words(from, end) >= 2) return Text(from, end);
        string? noun = end > from ? Text(from, end) : null;
        // nothing said of it after the amount: the subject and verb before it
        int v = first - 1;
        while (v >= 0 && tokens[v].Sentence == sentence && Tag(v) is PosTag.ADV or PosTag.DET) v--;
        var verb = chunks.VerbByEnd.GetValueOrDefault(v + 1);
        if (verb.Length > 0)
        {
            var subject = chunks.NounByEnd.GetValueOrDefault(verb.Start);
            int s = subject.Length > 0 && !IsTime(subject) ? subject.Start : verb.Start;
            // "We have agreed four steps." gives "We have agreed … steps"; money has no noun: "NATO allies pledged"
            var said = Text(s, verb.End);
            return noun == null ? said : said == null ? noun : $"{said} … {noun}";
        }
        return noun;
    }

    /// <summary>The object after a verb group: a noun group, optionally with one prepositional phrase.</summary>
    private int Object(SentenceChunks chunks, int end, int sentenceEnd)
    {
        if (end < sentenceEnd && chunks.At(end) is { Length: > 0, Kind: ChunkKind.Noun } obj && !IsTime(obj)) end = obj.End;
        else if (end < sentenceEnd && Tag(end) == PosTag.ADP && chunks.At(end + 1) is { Length: > 0, Kind: ChunkKind.Noun } pobj && !IsTime(pobj)) end = pobj.End;
        else return end;
        return PrepositionalTail(chunks, end, sentenceEnd);
    }

    /// <summary>After a noun group: up to two prepositional phrases ("as part of the Russian Federation").</summary>
    private int PrepositionalTail(SentenceChunks chunks, int end, int sentenceEnd)
    {
        for (int n = 0; n < 2 && end < sentenceEnd && Tag(end) == PosTag.ADP
             && doc.Tokens[end].Lemma is "of" or "in" or "to" or "for" or "from" or "on" or "as" or "at" or "with"
             && chunks.At(end + 1) is { Length: > 0, Kind: ChunkKind.Noun } pp && !IsTime(pp); n++)
            end = pp.End;
        return end;
    }

    /// <summary>A noun group that is a time expression ("on Friday", "last month"): the times layer has it.</summary>
    private bool IsTime(Chunk c)
    {
        int a = doc.Tokens[c.Start].Start, b = doc.Tokens[c.End - 1].End;
        _times ??= doc.Times.Select(t => (t.Span.Start, t.Span.End)).OrderBy(t => t.Start).ToArray();
        // the last time expression starting before b; expressions do not nest, so it is the only candidate
        int found = Sorted.FirstAtOrAfter(_times, b, t => t.Start) - 1;
        return found >= 0 && a < _times[found].End;
    }

    private int Words(int from, int end)
    {
        int n = 0;
        for (int i = from; i < end; i++) if (Tag(i) is not (PosTag.PUNCT or PosTag.SYM)) n++;
        return n;
    }

    /// <summary>The text of tokens [from, end), cut to <see cref="MaxWords"/> words and off a trailing function word.</summary>
    private string? Text(int from, int end)
    {
        var tokens = doc.Tokens;
        int words = 0, last = from - 1;
        for (int i = from; i < end; i++)
        {
            if (Tag(i) is not (PosTag.PUNCT or PosTag.SYM) && ++words > MaxWords) break;
            last = i;
        }
        while (last >= from && (Tag(last) is PosTag.ADP or PosTag.DET or PosTag.CCONJ or PosTag.SCONJ or PosTag.PART or PosTag.PUNCT or PosTag.AUX
                                || tokens[last].Lemma is "that" or "which" or "who"))
            last--;
        if (last < from) return null;
        return doc.Text[tokens[from].Start..tokens[last].End];
    }
}
