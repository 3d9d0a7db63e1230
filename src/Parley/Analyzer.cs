using System.Security.Cryptography;
using System.Text;
using Parley.Documents;
using Parley.Extract;
using Parley.Ingest;
using Parley.Knowledge;

namespace Parley;

public sealed record AnalyzerOptions
{
    /// <summary>The reference date (YYYY-MM-DD) for documents that state none (--published).</summary>
    public string? Published { get; init; }
}

/// <summary>
/// The library's front door: a raw article in, a fully annotated <see cref="Document"/> out.
/// Ingest (cleaner, metadata) then the annotator pipeline. Thread-safe: one instance can serve many workers.
/// </summary>
public sealed class Analyzer
{
    public KnowledgeBase Knowledge { get; }
    public Pipeline Pipeline { get; }
    public AnalyzerOptions Options { get; }
    private readonly Cleaner _cleaner;
    private readonly MetadataExtractor _metadata;

    public Analyzer(KnowledgeBase? kb = null, AnalyzerOptions? options = null, Pipeline? pipeline = null)
    {
        Knowledge = kb ?? KnowledgeBase.Default;
        Options = options ?? new AnalyzerOptions();
        Pipeline = pipeline ?? Pipeline.Default(Knowledge);
        _cleaner = new Cleaner(Knowledge);
        _metadata = new MetadataExtractor(Knowledge);
    }

    public Document Analyze(RawArticle raw, CancellationToken ct = default)
    {
        var doc = Ingest(raw);
        Pipeline.Run(doc, ct);
        return doc;
    }

    /// <summary>Reader output to a clean document with metadata, before any annotator.</summary>
    public Document Ingest(RawArticle raw)
    {
        var hash = ContentHashOf(raw.Text);
        var doc = new Document
        {
            Id = raw.Id ?? hash[..16],
            ContentHash = hash,
            Source = new SourceInfo(raw.Path, raw.Line, raw.Url, raw.Format),
        };
        var cleaned = _cleaner.Clean(raw);
        _metadata.Apply(raw, cleaned, doc);
        if (doc.Published.Method == "unknown" && Options.Published != null)
            doc.Published = new PublishedDate(Options.Published, Options.Published, Options.Published, "given", "--published");
        return doc;
    }

    /// <summary>A document whose body is exactly <paramref name="body"/> (no cleaning): for annotator tests and tools.</summary>
    public static Document FromBody(string body, string? published = null, string id = "test")
    {
        var doc = new Document
        {
            Id = id, ContentHash = ContentHashOf(body), Source = new SourceInfo("(text)", null, null, "text"),
            Text = body.Replace("\r\n", "\n"),
        };
        if (published != null) doc.Published = new PublishedDate(published, published, published, "given", "test");
        return doc;
    }

    /// <summary>sha256 hex of the input with line ends normalized and surrounding whitespace trimmed.</summary>
    public static string ContentHashOf(string text)
    {
        var norm = text.Replace("\r\n", "\n").Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(norm)));
    }
}
