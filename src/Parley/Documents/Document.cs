namespace Parley.Documents;

/// <summary>
/// One article flowing through the pipeline. The ingest stage fills the metadata, <see cref="Text"/> (the cleaned
/// body, paragraphs separated by '\n'), <see cref="Headings"/> and <see cref="Removed"/>; each annotator then fills one
/// layer. Layers not built yet stay empty, never invented.
/// </summary>
public sealed class Document
{
    public required string Id { get; set; }
    public required SourceInfo Source { get; init; }
    /// <summary>sha256 (hex) of the normalized input: the store's identity for "unchanged" re-runs.</summary>
    public required string ContentHash { get; init; }

    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Outlet { get; set; }
    public string? OutletEvidence { get; set; }
    public string? Byline { get; set; }
    public string? WireCredit { get; set; }
    public string? Dateline { get; set; }
    public PublishedDate Published { get; set; } = PublishedDate.Unknown;
    public string Language { get; set; } = "en";

    public string Text { get; set; } = "";
    public List<Heading> Headings { get; } = new();
    public List<RemovedLine> Removed { get; } = new();

    public List<SentenceSpan> Sentences { get; } = new();
    public List<Token> Tokens { get; } = new();
    public List<Entity> Entities { get; } = new();
    public List<Quote> Quotes { get; } = new();
    public List<TimeExpression> Times { get; } = new();
    public List<Quantity> Quantities { get; } = new();
    public List<PoliticalEvent> Events { get; } = new();
    public List<Position> Positions { get; } = new();

    /// <summary>Paragraph spans of <see cref="Text"/> (lines separated by '\n').</summary>
    public IEnumerable<(int Start, int End)> Paragraphs()
    {
        int start = 0;
        for (int i = 0; i <= Text.Length; i++)
        {
            if (i == Text.Length || Text[i] == '\n')
            {
                if (i > start) yield return (start, i);
                start = i + 1;
            }
        }
    }

    public bool IsHeading(int start, int end) => Headings.Any(h => h.Span.Start == start && h.Span.End == end);

    public Span SpanOf(int start, int end) => Span.Of(Text, start, end);

    public int WordCount() => Parley.Text.TextNorm.WordCount(Text);
}
