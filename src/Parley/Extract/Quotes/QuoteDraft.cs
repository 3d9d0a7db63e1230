using Parley.Documents;

namespace Parley.Extract.Quotes;

/// <summary>A quote being built: offsets into the text, kind, speaker, cue and the rule that found it.</summary>
internal sealed class QuoteDraft
{
    public required int Start { get; set; }
    public required int End { get; set; }
    public required string Kind { get; init; }
    public SpeakerRef? Speaker { get; set; }
    public int CueStart { get; set; } = -1;
    public int CueEnd { get; set; } = -1;
    public string? SaidOn { get; set; }
    public required string Explain { get; set; }
    public int Paragraph { get; init; }
    public int Sentence { get; init; }
    /// <summary>Words of the sentence that state the circumstances of the saying (for said_on), as a word range.</summary>
    public (int From, int To) Attribution { get; set; }
    public bool InHeading { get; init; }
    /// <summary>A direct quote whose closing mark is in a later paragraph (it takes that paragraph's attribution).</summary>
    public bool RunsOn { get; init; }

    public Quote ToQuote(Document doc)
    {
        Speaker? sp = Speaker == null ? null
            : new Speaker(Speaker.EntityId, Speaker.Name, Speaker.MentionEnd > Speaker.MentionStart ? doc.SpanOf(Speaker.MentionStart, Speaker.MentionEnd) : null);
        Span? cue = CueStart >= 0 && CueEnd > CueStart ? doc.SpanOf(CueStart, CueEnd) : null;
        var how = Speaker == null ? "speaker unknown" : $"speaker: {Speaker.How}";
        return new Quote(doc.SpanOf(Start, End), Kind, sp, cue, SaidOn, $"{Explain}; {how}");
    }
}
