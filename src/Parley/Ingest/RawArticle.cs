namespace Parley.Ingest;

/// <summary>
/// What a reader hands the cleaner: the article as lines of text (already decoded), plus whatever metadata the
/// container stated (JSONL fields, HTML meta tags, feed item fields). Lines marked as headings by the container
/// (HTML h2/h3) are listed in <see cref="HeadingLines"/>.
/// </summary>
public sealed class RawArticle
{
    public required string Path { get; init; }
    public int? Line { get; init; }
    public string? Url { get; init; }
    public required string Format { get; init; }          // text|html|jsonl|feed
    public required string Text { get; init; }            // decoded input text, '\n' line ends
    /// <summary>The container's own id (JSONL id), used as the document id when present.</summary>
    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    public string? Outlet { get; init; }
    public string? Byline { get; init; }
    /// <summary>A stated publication date (YYYY-MM-DD), with <see cref="PublishedMethod"/> saying where it came from.</summary>
    public string? Published { get; init; }
    public string PublishedMethod { get; init; } = "metadata";
    public string? PublishedEvidence { get; init; }
    /// <summary>True when the container already separated title from body (JSONL with title, HTML): the first line is body.</summary>
    public bool TitleGiven => Title != null;
    public HashSet<int> HeadingLines { get; init; } = new();
    /// <summary>For web inputs: the charset the bytes were decoded with and how it was decided (declared, sniffed, overridden).</summary>
    public string? Charset { get; init; }
}

/// <summary>An input that could not be read: the path and a one-line reason.</summary>
public sealed record IngestFailure(string Path, string Reason, int? Line = null)
{
    public override string ToString() => Line is int l ? $"{Path}:{l}: {Reason}" : $"{Path}: {Reason}";
}

/// <summary>Either an article or a failure, in input order.</summary>
public sealed record IngestItem(RawArticle? Article, IngestFailure? Failure);
