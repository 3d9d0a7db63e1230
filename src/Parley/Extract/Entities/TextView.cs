using Parley.Documents;
using Parley.Knowledge;

namespace Parley.Extract.Entities;

/// <summary>
/// The document as the entity rules read it: its words (<see cref="KbText.Scan"/>), and per word whether it starts a
/// sentence, which paragraph and sentence it is in, and its capitalization.
/// </summary>
internal sealed class TextView
{
    public string Text { get; }
    /// <summary>The publisher the metadata step found for the document, if any.</summary>
    public string? Outlet { get; }
    public List<Word> Words { get; }
    public bool[] SentenceInitial { get; }
    public int[] Sentence { get; }
    public int[] Paragraph { get; }
    /// <summary>The tagger's part of speech for each word starting a token ("" when the text layer did not run).</summary>
    public string[] Tag { get; }

    public TextView(Document doc)
    {
        Text = doc.Text;
        Outlet = doc.Outlet;
        Words = KbText.Scan(Text);
        int n = Words.Count;
        SentenceInitial = new bool[n];
        Sentence = new int[n];
        Paragraph = new int[n];
        // part-of-speech tags of the text layer when it ran (empty otherwise), by word
        Tag = new string[n];
        if (doc.Tokens.Count > 0)
        {
            int t = 0;
            for (int i = 0; i < n; i++)
            {
                while (t < doc.Tokens.Count && doc.Tokens[t].Start < Words[i].Start) t++;
                Tag[i] = t < doc.Tokens.Count && doc.Tokens[t].Start == Words[i].Start ? doc.Tokens[t].Tag : "";
            }
        }
        else Array.Fill(Tag, "");
        var sentenceStarts = new HashSet<int>();
        foreach (var s in doc.Sentences) sentenceStarts.Add(s.Start);
        int para = 0, sent = 0, pos = 0;
        bool expectStart = true;
        for (int i = 0; i < n; i++)
        {
            var w = Words[i];
            for (int k = pos; k < w.Start; k++) if (Text[k] == '\n') { para++; expectStart = true; }
            pos = w.End;
            bool punct = w.Length == 1 && !char.IsLetterOrDigit(Text[w.Start]);
            if (sentenceStarts.Count > 0 && sentenceStarts.Contains(w.Start)) expectStart = true;
            if (expectStart && !punct) { SentenceInitial[i] = true; expectStart = false; if (i > 0) sent++; }
            Paragraph[i] = para;
            Sentence[i] = sent;
            // without a sentence layer: ., ! and ? end a sentence when the next word is capitalized
            if (sentenceStarts.Count == 0 && punct && Text[w.Start] is '.' or '!' or '?' or ':' && i + 1 < n && IsCapitalized(i + 1))
                expectStart = true;
            // an opening quote keeps a pending sentence start for the word after it
        }
    }

    public int Count => Words.Count;
    public string Key(int i) => Words[i].Key;
    public ReadOnlySpan<char> Surface(int i) => Text.AsSpan(Words[i].Start, Words[i].Length);
    public string SurfaceText(int from, int to) => Text[Words[from].Start..Words[to - 1].End];

    public bool IsCapitalized(int i)
    {
        var w = Words[i];
        char c = Text[w.Start];
        return char.IsUpper(c);
    }

    public bool IsAllCaps(int i)
    {
        bool any = false;
        foreach (var c in Surface(i)) if (char.IsLetter(c)) { any = true; if (!char.IsUpper(c)) return false; }
        return any;
    }

    public bool IsWord(int i) => char.IsLetterOrDigit(Text[Words[i].Start]);
    public bool IsLower(int i) => char.IsLower(Text[Words[i].Start]);

    /// <summary>True when no line break lies between word a and word b (names do not run across lines).</summary>
    public bool SameLine(int a, int b) => Paragraph[a] == Paragraph[b];

    /// <summary>A paragraph written all in capitals (a headline or a dateline) where capitals carry no signal.</summary>
    private bool[]? _capsLine;

    public bool InCapsLine(int i)
    {
        if (_capsLine == null)
        {
            _capsLine = new bool[Count];
            for (int a = 0; a < Count;)
            {
                int b = a;
                while (b + 1 < Count && SameLine(b, b + 1)) b++;   // adjacent words: no text between them to rescan
                bool caps = ComputeCapsLine(a, b);
                for (int k = a; k <= b; k++) _capsLine[k] = caps;
                a = b + 1;
            }
        }
        return _capsLine[i];
    }

    private bool ComputeCapsLine(int lo, int hi)
    {
        int letters = 0, upper = 0;
        for (int k = lo; k <= hi; k++) foreach (var c in Surface(k)) if (char.IsLetter(c)) { letters++; if (char.IsUpper(c)) upper++; }
        return letters > 8 && upper * 10 >= letters * 9;
    }
}
