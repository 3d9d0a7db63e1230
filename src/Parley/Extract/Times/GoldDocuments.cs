using Parley.Documents;
using Parley.Eval;
using Parley.Ingest;

namespace Parley.Extract.Times;

/// <summary>How an evaluation builds the body and the reference date of a gold article.</summary>
public enum BodyFrom
{
    /// <summary>The library's own ingest (cleaner + metadata): the end-to-end figure.</summary>
    Cleaner,
    /// <summary>The article's lines from the gold body_first to body_last, without the gold furniture lines: isolates the
    /// time and quantity layers from cleaning errors. The printed date (gold "date") is the only date given.</summary>
    GoldLines,
}

/// <summary>Builds documents for gold articles, for the times/quantities/published scorers, tests and benches.</summary>
public static class GoldDocuments
{
    /// <summary>
    /// The document for <paramref name="gold"/>, ingested as <paramref name="from"/> says, with no annotator run.
    /// With <paramref name="giveGoldReference"/> the gold publication range is given (method "given") so the time
    /// resolver is measured apart from publication-date inference.
    /// </summary>
    public static Document? Build(GoldFile gold, BodyFrom from, bool giveGoldReference = false, Analyzer? analyzer = null, IEnumerable<string>? articleDirs = null)
    {
        var path = gold.FindArticle(articleDirs);
        if (path == null) return null;
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        Document doc;
        if (from == BodyFrom.Cleaner)
        {
            analyzer ??= new Analyzer();
            var raw = new RawArticle { Path = path, Format = "text", Text = text };
            doc = analyzer.Ingest(raw);
        }
        else
        {
            doc = Analyzer.FromBody(GoldBody(gold, text), id: Path.GetFileNameWithoutExtension(path));
            foreach (var line in gold.Boilerplate.Concat(gold.Offtopic)) doc.Removed.Add(new RemovedLine(line, "boilerplate", "gold"));
            if (gold.Published?.Date is { } printed)
                doc.Published = new PublishedDate(printed, printed, printed, "printed", "gold printed date");
        }
        if (giveGoldReference && gold.Published is { Earliest: { } e } gp)
            doc.Published = new PublishedDate(gp.Date, e, gp.Latest ?? e, "given", "gold publication range");
        return doc;
    }

    /// <summary>The body as the gold file bounds it: body_first's line to body_last's line, furniture lines dropped.</summary>
    public static string GoldBody(GoldFile gold, string text)
    {
        var lines = text.Split('\n');
        int first = 0, last = lines.Length - 1;
        if (gold.BodyFirst != null) { int i = Array.FindIndex(lines, l => l.Contains(gold.BodyFirst, StringComparison.Ordinal)); if (i >= 0) first = i; }
        if (gold.BodyLast != null) { int i = Array.FindLastIndex(lines, l => l.Contains(gold.BodyLast, StringComparison.Ordinal)); if (i >= first) last = i; }
        var drop = new HashSet<string>(gold.Boilerplate.Concat(gold.Offtopic).Select(s => s.Trim()), StringComparer.Ordinal);
        var kept = new List<string>();
        for (int i = first; i <= last; i++)
        {
            var l = lines[i].Trim();
            if (l.Length == 0 || drop.Contains(l)) continue;
            kept.Add(l);
        }
        return string.Join('\n', kept);
    }
}
