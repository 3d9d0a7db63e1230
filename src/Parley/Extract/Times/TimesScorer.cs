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
        var occ = GoldOccurrences.Locate(doc.Text, texts);
        var pred = doc.Times.Select(t => (t.Span.Start, t.Span.End)).ToList();
        var pairs = GoldOccurrences.Pair(occ, pred);
        var matchedG = pairs.Select(p => p.Gold).ToHashSet();
        var matchedP = pairs.Select(p => p.Pred).ToHashSet();
        var errors = new List<string>();
        for (int g = 0; g < occ.Count; g++)
            if (!matchedG.Contains(g)) errors.Add($"missed \"{texts[occ[g].GoldIndex]}\" @{occ[g].Start}");
        for (int p = 0; p < pred.Count; p++)
            if (!matchedP.Contains(p)) errors.Add($"spurious \"{doc.Times[p].Span.Text}\" = {doc.Times[p].Value}");
        // gold texts absent from the body (cleaned away or altered) are misses too
        var located = occ.Select(o => o.GoldIndex).ToHashSet();
        int absent = 0;
        for (int g = 0; g < texts.Count; g++)
            if (!located.Contains(g) && !occ.Any(o => doc.Text.AsSpan(o.Start, o.End - o.Start).Contains(texts[g].AsSpan(), StringComparison.Ordinal)))
            { absent++; errors.Add($"not in body: \"{texts[g]}\""); }
        sheet.Prf(Name, "detection", pairs.Count, pred.Count - pairs.Count, occ.Count - pairs.Count + absent, errors);
        foreach (var (g, p) in pairs)
        {
            var gv = gold.TimeExpressions[occ[g].GoldIndex].Value.Trim();
            var pv = doc.Times[p].Value;
            sheet.Check(Name, "value", gv == pv, $"\"{doc.Times[p].Span.Text}\" gold {gv} got {pv} ({doc.Times[p].Explain})");
        }
    }
}
