using Parley.Documents;
using Parley.Eval;

namespace Parley.Extract.Times;

/// <summary>
/// Scores the publication date against the gold range [earliest, latest].
/// published_in_range (strict): the document has both ends of a range (a printed date counts as a one-day range) and
/// gold earliest ≤ predicted earliest and predicted latest ≤ gold latest — the prediction says nothing the gold rules out.
/// published_overlap (loose): the predicted range, open-ended when one end is unknown, intersects the gold range.
/// A document with no date (method "unknown") fails both.
/// </summary>
public sealed class PublishedScorer : IScorer
{
    public string Name => "published";

    public void Score(GoldFile gold, Document doc, ScoreSheet sheet)
    {
        if (gold.Published is not { Earliest: { } ge } gp) return;
        var gEarly = ReferenceDate.Parse(ge);
        var gLate = ReferenceDate.Parse(gp.Latest ?? ge);
        var p = doc.Published;
        var pe = ReferenceDate.Parse(p.Date ?? p.Earliest);
        var pl = ReferenceDate.Parse(p.Date ?? p.Latest);
        string shown = $"gold {ge}..{gp.Latest} got {p.Earliest ?? "?"}..{p.Latest ?? "?"} ({p.Method})";
        bool inRange = pe is { } a && pl is { } b && a >= gEarly && b <= gLate;
        bool overlap = p.Method != "unknown" && (pe ?? DateOnly.MinValue) <= gLate && (pl ?? DateOnly.MaxValue) >= gEarly && (pe != null || pl != null);
        sheet.Check(Name, "published_in_range", inRange, shown);
        sheet.Check(Name, "published_overlap", overlap, shown);
    }
}
