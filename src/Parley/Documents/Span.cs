namespace Parley.Documents;

/// <summary>A stretch of a document's <see cref="Document.Text"/>: UTF-16 offsets, end exclusive.</summary>
public readonly record struct Span(int Start, int End, string Text)
{
    public int Length => End - Start;

    public static Span Of(string text, int start, int end)
    {
        if (start < 0 || end < start || end > text.Length)
            throw new ArgumentOutOfRangeException(nameof(start), $"span {start}..{end} outside text of length {text.Length}");
        return new Span(start, end, text[start..end]);
    }

    public bool Contains(Span other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(Span other) => other.Start < End && Start < other.End;
    public override string ToString() => $"[{Start},{End}) \"{Text}\"";
}
