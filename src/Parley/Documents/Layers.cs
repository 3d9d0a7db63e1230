namespace Parley.Documents;

// The typed layers of a document. Each record is written by exactly one annotator (see Extract/).
// Field names follow ../shared/docs/CONTRACT.md; the JSON writer maps them to snake_case.

public sealed record SourceInfo(string Path, int? Line, string? Url, string Format);

public sealed record PublishedDate(string? Date, string? Earliest, string? Latest, string Method, string? Evidence)
{
    public static PublishedDate Unknown { get; } = new(null, null, null, "unknown", null);
}

public sealed record RemovedLine(string Text, string Reason, string? Rule = null);

public sealed record Heading(Span Span);

public readonly record struct SentenceSpan(int Start, int End);

/// <summary>A token of the body; Tag is the light part-of-speech class from the tagger (empty before tagging).</summary>
public sealed record Token(int Start, int End, string Text, int Sentence)
{
    /// <summary>Index of the sentence holding the token; set by the sentence splitter (-1 before it runs).</summary>
    public int Sentence { get; set; } = Sentence;
    /// <summary>The token with quotes, dashes and spaces folded to canonical forms (Text/TextNormalizer.cs).</summary>
    public string Norm { get; set; } = Text;
    private string? _lemma;
    /// <summary>Dictionary form from the tagger; the lower-cased text until then (computed on first read, not per token).</summary>
    public string Lemma { get => _lemma ??= Text.ToLowerInvariant(); set => _lemma = value; }
    public string Tag { get; set; } = "";
}

public sealed record Mention(int Start, int End, string Text, string? Rule = null);

public sealed class Entity
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required string Type { get; set; }            // PERSON|ORG|GPE|LOC|EVENT|NORP|LAW
    public string? Country { get; set; }
    public List<string> Roles { get; } = new();
    public string? ActorCode { get; set; }
    public bool InKnowledgeBase { get; set; }
    public List<Mention> Mentions { get; } = new();
}

public sealed record Speaker(string? Entity, string Name, Span? Span);

public sealed record Quote(Span Span, string Kind, Speaker? Speaker, Span? Cue, string? SaidOn, string Explain);

public sealed record TimeExpression(Span Span, string Type, string Value, string[]? Range, string Explain);

public sealed record Quantity(Span Span, double Value, string? Unit, string Approx, string? About, string Explain)
{
    /// <summary>For money with a stated conversion ("40 billion euros (approximately $43.5 billion)"): the paired amount.</summary>
    public int? PairedWith { get; init; }
}

public sealed record EventActor(string? Entity, string Name, string? ActorCode);

public sealed record PoliticalEvent(Span Span, EventActor? Source, EventActor? Target, string Cameo, string CameoLabel,
    string? Plover, string? PloverMode, double? Goldstein, int? QuadClass, bool Negated, string Modality,
    string? Date, string[]? DateRange, string? Location, string Explain);

public sealed record Position(Span Span, string Actor, string Issue, string Kind, string Summary, string Explain);
