using Parley.Documents;
using Parley.Text;

namespace Parley.Extract;

/// <summary>Layer "tokens": the normalized-view tokenizer (Text/Tokenizer.cs) over the body.</summary>
public sealed class TokenAnnotator : IAnnotator
{
    public string Name => "tokens";
    public IReadOnlyList<string> Requires => [];
    public string Assigns => "tokens";

    public void Process(Document document, CancellationToken ct)
    {
        document.Tokens.Clear();
        var text = document.Text;
        if (document.Tokens.Capacity < text.Length / 5) document.Tokens.Capacity = text.Length / 5;
        Tokenizer.Tokenize(text, document.NormalizedText(), document.Tokens);
    }
}

/// <summary>Layer "sentences": paragraphs, headings and terminal punctuation (Text/SentenceSplitter.cs); sets Token.Sentence.</summary>
public sealed class SentenceAnnotator : IAnnotator
{
    public string Name => "sentences";
    public IReadOnlyList<string> Requires => ["tokens"];
    public string Assigns => "sentences";

    public void Process(Document document, CancellationToken ct)
    {
        document.Sentences.Clear();
        document.Sentences.AddRange(SentenceSplitter.Split(document.Text, document.NormalizedText(), document.Tokens, document.Headings));
    }
}

/// <summary>Layer "tags": part-of-speech tags and lemmas on the tokens (Text/Tagger.cs).</summary>
public sealed class TagAnnotator : IAnnotator
{
    public string Name => "tags";
    public IReadOnlyList<string> Requires => ["tokens", "sentences"];
    public string Assigns => "tags";

    public void Process(Document document, CancellationToken ct) => Tagger.Tag(document.NormalizedText(), document.Tokens);
}
