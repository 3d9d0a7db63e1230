using System.Text.Json;
using Parley.Documents;
using Parley.Eval;
using Parley.Extract.Times;

namespace Parley.Extract.Quantities;

/// <summary>
/// Scores the "quantities" layer against gold numbers: detection P/R/F1 (relaxed overlap, one-to-one, as for times:
/// see <see cref="GoldOccurrences"/>), then on matched pairs value (equal within 0.1%), unit (case-insensitive) and
/// approx accuracy.
/// </summary>
public sealed class QuantitiesScorer : IScorer
{
    public string Name => "quantities";

    public void Score(GoldFile gold, Document doc, ScoreSheet sheet)
    {
        var texts = gold.Numbers.Select(n => n.Text).ToList();
        var (occ, pairs) = GoldOccurrences.ScoreDetection(sheet, Name, doc.Text, texts, doc.Quantities.Select(q => (q.Span.Start, q.Span.End)).ToList(),
            p => $"\"{doc.Quantities[p].Span.Text}\" ({doc.Quantities[p].Explain})");
        foreach (var (g, p) in pairs)
        {
            var gn = gold.Numbers[occ[g].GoldIndex];
            var q = doc.Quantities[p];
            double gv = gn.Value.ValueKind == JsonValueKind.Number ? gn.Value.GetDouble() : double.NaN;
            bool valueOk = Math.Abs(gv - q.Value) <= Math.Abs(gv) * 1e-3 + 1e-9;
            sheet.Check(Name, "value", valueOk, $"\"{q.Span.Text}\" gold {gv} got {q.Value}");
            sheet.Check(Name, "unit", string.Equals(gn.Unit, q.Unit, StringComparison.OrdinalIgnoreCase), $"\"{q.Span.Text}\" gold {gn.Unit} got {q.Unit}");
            sheet.Check(Name, "value_and_unit", valueOk && string.Equals(gn.Unit, q.Unit, StringComparison.OrdinalIgnoreCase), $"\"{q.Span.Text}\"");
            sheet.Check(Name, "approx", gn.Approx == null || gn.Approx == q.Approx, $"\"{q.Span.Text}\" gold {gn.Approx} got {q.Approx}");
        }
    }
}
