using Parley.Documents;

namespace Parley.Eval;

/// <summary>
/// The body a gold file describes, built from the article without the cleaner: the lines from body_first to body_last,
/// minus the gold's boilerplate and off-topic lines, with the gold headings marked and the gold publication date.
/// Lets one layer be measured on its own, independent of how well the cleaner did.
/// </summary>
public static class GoldBody
{
    public static Document Build(GoldFile gold, string articleText, string? id = null)
    {
        var text = articleText.Replace("\r\n", "\n");
        int start = gold.BodyFirst != null ? text.IndexOf(gold.BodyFirst, StringComparison.Ordinal) : -1;
        if (start < 0) start = 0;
        else while (start > 0 && text[start - 1] != '\n') start--;
        // section headings right above the first sentence (a live blog's first entry) belong to the body
        for (int guard = 0; guard < 4 && start > 0; guard++)
        {
            int prevEnd = start - 1;
            while (prevEnd > 0 && text[prevEnd - 1] == '\n') prevEnd--;
            int prevStart = prevEnd;
            while (prevStart > 0 && text[prevStart - 1] != '\n') prevStart--;
            var line = text[prevStart..prevEnd].Trim();
            if (line.Length == 0 || !gold.Headings.Any(h => h.Trim() == line)) break;
            start = prevStart;
        }
        int end = gold.BodyLast != null ? text.IndexOf(gold.BodyLast, start, StringComparison.Ordinal) : -1;
        end = end < 0 ? text.Length : end + gold.BodyLast!.Length;
        while (end < text.Length && text[end] != '\n') end++;
        var drop = new HashSet<string>(gold.Boilerplate.Concat(gold.Offtopic).Select(l => l.Trim()));
        var lines = text[start..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !drop.Contains(l)).ToList();
        var body = string.Join('\n', lines);
        var doc = Analyzer.FromBody(body, gold.Published?.Date, id ?? Path.GetFileNameWithoutExtension(gold.File));
        doc.Title = gold.Title;
        if (gold.Published?.Date == null && gold.Published?.Earliest != null)
            doc.Published = new PublishedDate(null, gold.Published.Earliest, gold.Published.Latest, "given", "gold range");
        int pos = 0;
        foreach (var line in lines)
        {
            if (gold.Headings.Any(h => h.Trim() == line)) doc.Headings.Add(new Heading(doc.SpanOf(pos, pos + line.Length)));
            pos += line.Length + 1;
        }
        return doc;
    }
}
