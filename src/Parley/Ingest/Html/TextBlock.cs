namespace Parley.Ingest.Html;

public enum BlockKind { Paragraph, Heading, ListItem, Quote, Preformatted, TableRow, Caption }

/// <summary>
/// One rendered line of a page: a paragraph, heading, list item, quote or table row, with the counts the content scorer
/// reads. <see cref="Element"/> is the index of the nearest block-level element holding the text in the page's
/// element table (<see cref="PageLayout"/>).
/// </summary>
public sealed class TextBlock
{
    public required string Text { get; init; }
    public required BlockKind Kind { get; init; }
    public int HeadingLevel { get; init; }
    public required int Element { get; init; }
    /// <summary>Letters and digits inside links.</summary>
    public int LinkChars { get; init; }
    /// <summary>Letters and digits in the whole block.</summary>
    public int Chars { get; init; }
    /// <summary>Word count; a run of CJK characters counts half a word per character (those scripts write no spaces).</summary>
    public double Words { get; init; }
    /// <summary>Sentence and clause punctuation (. , ; : ! ? and their CJK/Arabic forms).</summary>
    public int Punctuation { get; init; }
    public bool EndsSentence { get; init; }

    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    public override string ToString() => $"{Kind} {Text}";
}
