using System.Text;
using Parley.Documents;
using Parley.Knowledge;

namespace Parley.Ingest;

/// <summary>Fills a document's metadata and body from the cleaner's labelled lines.</summary>
public sealed class MetadataExtractor(KnowledgeBase kb)
{
    public void Apply(RawArticle raw, CleanResult clean, Document doc)
    {
        var sb = new StringBuilder();
        foreach (var l in clean.Lines)
        {
            switch (l.Role)
            {
                case LineRole.Title: doc.Title ??= l.Text; break;
                case LineRole.Subtitle: doc.Subtitle ??= l.Text; break;
                case LineRole.Body or LineRole.Heading:
                    if (sb.Length > 0) sb.Append('\n');
                    int start = sb.Length;
                    sb.Append(l.Text);
                    if (l.Role == LineRole.Heading) doc.Headings.Add(new Heading(new Span(start, sb.Length, l.Text)));
                    break;
                case LineRole.Boilerplate or LineRole.Offtopic or LineRole.Duplicate or LineRole.Meta:
                    doc.Removed.Add(new RemovedLine(l.Text, l.Role switch { LineRole.Offtopic => "offtopic", LineRole.Duplicate => "duplicate", _ => "boilerplate" }, l.Rule));
                    break;
            }
        }
        doc.Text = sb.ToString();
        if (raw.Title != null) doc.Title = raw.Title;
        doc.Outlet ??= raw.Outlet;
        if (raw.Published != null)
            doc.Published = new PublishedDate(raw.Published, raw.Published, raw.Published, raw.PublishedMethod, raw.PublishedEvidence);
    }
}
