using Parley.Documents;
using Parley.Knowledge;

namespace Parley.Ingest;

public enum LineRole { Title, Subtitle, Meta, Body, Heading, Boilerplate, Offtopic, Duplicate, Blank }

public sealed class CleanLine
{
    public required int Index { get; init; }
    public required string Text { get; init; }
    public LineRole Role { get; set; } = LineRole.Body;
    public string? Rule { get; set; }
}

public sealed class CleanResult
{
    public required List<CleanLine> Lines { get; init; }
}

/// <summary>Separates the article body from page furniture and unrelated items.</summary>
public sealed class Cleaner(KnowledgeBase kb)
{
    public CleanResult Clean(RawArticle raw)
    {
        var lines = raw.Text.Split('\n').Select((t, i) => new CleanLine { Index = i, Text = t.Trim() }).ToList();
        bool titled = raw.TitleGiven;
        foreach (var l in lines)
        {
            if (l.Text.Length == 0) { l.Role = LineRole.Blank; continue; }
            if (!titled) { l.Role = LineRole.Title; titled = true; }
        }
        return new CleanResult { Lines = lines };
    }
}
