using Parley.Documents;

namespace Parley.Eval;

/// <summary>Scores title, subtitle, outlet, byline, wire credit, dateline and printed date.</summary>
public sealed class MetadataScorer : IScorer
{
    public string Name => "metadata";
    public void Score(GoldFile gold, Document doc, ScoreSheet sheet)
    {
        void Field(string name, string? g, string? p) =>
            sheet.Check(Name, name, Norm(g) == Norm(p), $"gold {Show(g)} got {Show(p)}");
        Field("title", gold.Title, doc.Title);
        Field("subtitle", gold.Subtitle, doc.Subtitle);
        Field("outlet", gold.Outlet, doc.Outlet);
        Field("byline", gold.Byline, doc.Byline);
        Field("wire_credit", gold.WireCredit, doc.WireCredit);
        Field("dateline", gold.Dateline, doc.Dateline);
        // A printed date must be read exactly; where none is printed, Parley must not claim one was.
        var printed = doc.Published.Method is "printed" or "metadata" ? doc.Published.Date : null;
        if (gold.Published != null) Field("published_printed", gold.Published.Date, printed);
    }

    internal static string? Norm(string? s) => s == null ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    internal static string Show(string? s) => s == null ? "null" : $"\"{s}\"";
}

/// <summary>Scores the body: furniture and off-topic lines gone, first and last sentences kept, headings marked.</summary>
public sealed class CleaningScorer : IScorer
{
    public string Name => "cleaning";
    public void Score(GoldFile gold, Document doc, ScoreSheet sheet)
    {
        var body = doc.Text;
        foreach (var b in gold.Boilerplate.Distinct())
            sheet.Check(Name, "boilerplate_absent", !ContainsLine(body, b), $"furniture kept: \"{b}\"");
        foreach (var o in gold.Offtopic.Distinct())
            sheet.Check(Name, "offtopic_absent", !ContainsLine(body, o), $"off-topic kept: \"{o}\"");
        if (gold.BodyFirst != null) sheet.Check(Name, "body_first_present", body.Contains(gold.BodyFirst), $"missing first: \"{gold.BodyFirst}\"");
        if (gold.BodyLast != null) sheet.Check(Name, "body_last_present", body.Contains(gold.BodyLast), $"missing last: \"{gold.BodyLast}\"");
        foreach (var h in gold.Headings)
            sheet.Check(Name, "headings_marked", doc.Headings.Any(x => x.Span.Text == h.Trim()), $"heading not marked: \"{h}\"");
        var goldHeadings = new HashSet<string>(gold.Headings.Select(h => h.Trim()));
        foreach (var h in doc.Headings)
            sheet.Check(Name, "headings_precision", goldHeadings.Contains(h.Span.Text), $"not a gold heading: \"{h.Span.Text}\"");
    }

    /// <summary>True when the body has a line equal to <paramref name="line"/> (furniture is a whole line, not a phrase inside prose).</summary>
    internal static bool ContainsLine(string body, string line)
    {
        var t = line.Trim();
        if (t.Length == 0) return false;
        foreach (var l in body.Split('\n'))
            if (l.Trim() == t) return true;
        // a long furniture line merged into a paragraph still counts as present
        return t.Length > 40 && body.Contains(t);
    }
}
