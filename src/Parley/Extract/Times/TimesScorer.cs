using Parley.Documents;
using Parley.Eval;

namespace Parley.Extract.Times;

/// <summary>
/// Scores the "times" layer against gold time_expressions: detection P/R/F1 over gold mentions located in the body
/// (relaxed: overlapping spans, one-to-one; see <see cref="GoldOccurrences"/>), then value accuracy on the matched pairs
/// (exact string equality of the TIMEX value).
/// </summary>
public sealed class TimesScorer : IScorer
{
    public string Name => "times";

    public void Score(GoldFile gold, Document doc, ScoreSheet sheet)
    {
        var texts = gold.TimeExpressions.Select(t => t.Text).ToList();
        var (occ, pairs) = GoldOccurrences.ScoreDetection(sheet, Name, doc.Text, texts, doc.Times.Select(t => (t.Span.Start, t.Span.End)).ToList(),
            p => $"\"{doc.Times[p].Span.Text}\" = {doc.Times[p].Value}");
        foreach (var (g, p) in pairs)
        {
            var gv = gold.TimeExpressions[occ[g].GoldIndex].Value.Trim();
            var pv = doc.Times[p].Value;
            sheet.Check(Name, "value", gv == pv, $"\"{doc.Times[p].Span.Text}\" gold {gv} got {pv} ({doc.Times[p].Explain})");
        }
    }
}
