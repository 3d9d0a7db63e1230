using System.Text.Json;

namespace Parley.Ingest;

/// <summary>Reads one input (already loaded as bytes) into articles or failures.</summary>
public interface IInputReader
{
    /// <summary>The format name (text, html, jsonl, feed).</summary>
    string Format { get; }
    /// <summary>True when this reader takes a file with this name (lower-cased) or, for stdin and unknown names, this content.</summary>
    bool Accepts(string lowerName, ReadOnlySpan<byte> head);
    IEnumerable<IngestItem> Read(string path, byte[] bytes);
}

/// <summary>Plain-text scrapes: the first non-empty line is the title (the cleaner decides), then the body.</summary>
public sealed class TextFileReader : IInputReader
{
    public string Format => "text";
    public bool Accepts(string lowerName, ReadOnlySpan<byte> head) => lowerName.EndsWith(".txt") || lowerName.EndsWith(".text");

    public IEnumerable<IngestItem> Read(string path, byte[] bytes)
    {
        var text = InputDecoder.Decode(bytes, out var reason);
        if (text == null) { yield return new IngestItem(null, new IngestFailure(path, reason!)); yield break; }
        yield return new IngestItem(new RawArticle { Path = path, Format = Format, Text = text }, null);
    }
}

/// <summary>JSON Lines: one object per line with <c>text</c> and optional id, title, url, outlet, published.</summary>
public sealed class JsonlReader : IInputReader
{
    public string Format => "jsonl";
    public bool Accepts(string lowerName, ReadOnlySpan<byte> head) => lowerName.EndsWith(".jsonl") || lowerName.EndsWith(".ndjson");

    public IEnumerable<IngestItem> Read(string path, byte[] bytes)
    {
        var all = InputDecoder.Decode(bytes, out var reason);
        if (all == null) { yield return new IngestItem(null, new IngestFailure(path, reason!)); yield break; }
        var lines = all.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            yield return ParseLine(path, i + 1, line);
        }
    }

    private static IngestItem ParseLine(string path, int lineNo, string line)
    {
        IngestFailure Fail(string why) => new(path, why, lineNo);
        JsonDocument doc;
        try { doc = JsonDocument.Parse(line); }
        catch (JsonException e) { return new IngestItem(null, Fail($"not valid JSON ({e.Message.Split('.')[0]})")); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new IngestItem(null, Fail("line is not a JSON object"));
            string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var text = Str("text");
            if (text == null) return new IngestItem(null, Fail("object has no string field \"text\""));
            text = text.Replace("\r\n", "\n").Replace('\r', '\n');
            if (string.IsNullOrWhiteSpace(text)) return new IngestItem(null, Fail("\"text\" is empty"));
            string? id = Str("id");
            if (id == null && root.TryGetProperty("id", out var idv) && idv.ValueKind == JsonValueKind.Number) id = idv.GetRawText();
            var published = Str("published");
            string? date = null;
            if (published != null)
            {
                date = Parley.Text.DateParsing.ToIsoDate(published);
                if (date == null) return new IngestItem(null, Fail($"\"published\" is not a date: {Truncate(published)}"));
            }
            return new IngestItem(new RawArticle
            {
                Path = path, Line = lineNo, Format = "jsonl", Text = text, Id = id,
                Title = Str("title"), Url = Str("url"), Outlet = Str("outlet"), Subtitle = Str("subtitle"), Byline = Str("byline"),
                Published = date, PublishedMethod = "given", PublishedEvidence = date != null ? "JSONL field \"published\"" : null,
            }, null);
        }
    }

    private static string Truncate(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
