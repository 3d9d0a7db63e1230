using Parley.Eval;
namespace Parley.Extract.Times;

/// <summary>
/// Locates gold annotations (exact substrings) in a document body and pairs them with predicted spans, for the times
/// and quantities scorers.
/// Convention (relaxed, documented in docs/ACCURACY.md): every whole-word occurrence of a gold text in the body is one
/// gold mention, except occurrences nested inside another gold text's occurrence ("2014" inside "September 2014").
/// A prediction matches a gold mention when their spans overlap; pairs are made one-to-one, largest overlap first.
/// </summary>
public static class GoldOccurrences
{
    public readonly record struct Occurrence(int Start, int End, int GoldIndex);

    public static List<Occurrence> Locate(string body, IReadOnlyList<string> goldTexts)
    {
        var all = new List<Occurrence>();
        for (int g = 0; g < goldTexts.Count; g++)
        {
            var t = goldTexts[g];
            if (string.IsNullOrEmpty(t)) continue;
            int from = 0;
            while (from <= body.Length - t.Length)
            {
                int at = body.IndexOf(t, from, StringComparison.Ordinal);
                if (at < 0) break;
                int end = at + t.Length;
                bool wordStart = at == 0 || !char.IsLetterOrDigit(body[at - 1]) || !char.IsLetterOrDigit(t[0]);
                bool wordEnd = end == body.Length || !char.IsLetterOrDigit(body[end]) || !char.IsLetterOrDigit(t[^1]);
                if (wordStart && wordEnd) all.Add(new Occurrence(at, end, g));
                from = at + 1;
            }
        }
        // drop occurrences strictly inside a longer gold occurrence; keep one of identical spans
        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        // a nested occurrence is dropped when its gold text also occurs on its own elsewhere ("2014" in "September 2014"
        // when "after 2014" is there too); one that only occurs nested was annotated for itself ("34 minerals" inside
        // "22 of the 34 minerals") and stays
        bool IsNested(Occurrence o) => all.Any(k => k != o && k.GoldIndex != o.GoldIndex && k.Start <= o.Start && o.End <= k.End && (k.End - k.Start) > (o.End - o.Start));
        var free = all.Where(o => !IsNested(o)).Select(o => o.GoldIndex).ToHashSet();
        var kept = new List<Occurrence>();
        foreach (var o in all)
        {
            if (kept.Any(k => k.Start == o.Start && k.End == o.End)) continue;
            if (IsNested(o) && free.Contains(o.GoldIndex)) continue;
            kept.Add(o);
        }
        return kept;
    }

    /// <summary>One-to-one pairs (gold index in <paramref name="gold"/>, prediction index) by largest overlap.</summary>
    public static List<(int Gold, int Pred)> Pair(IReadOnlyList<Occurrence> gold, IReadOnlyList<(int Start, int End)> pred)
    {
        var cands = new List<(int Overlap, int G, int P)>();
        for (int g = 0; g < gold.Count; g++)
            for (int p = 0; p < pred.Count; p++)
            {
                int ov = Math.Min(gold[g].End, pred[p].End) - Math.Max(gold[g].Start, pred[p].Start);
                if (ov > 0) cands.Add((ov, g, p));
            }
        // largest overlap first; on a tie, the pair whose lengths agree best
        int Misfit((int Overlap, int G, int P) c) => Math.Abs((gold[c.G].End - gold[c.G].Start) - (pred[c.P].End - pred[c.P].Start));
        cands.Sort((a, b) => a.Overlap != b.Overlap ? b.Overlap.CompareTo(a.Overlap) : Misfit(a).CompareTo(Misfit(b)));
        var usedG = new HashSet<int>();
        var usedP = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, g, p) in cands)
            if (usedG.Add(g))
            {
                if (usedP.Add(p)) pairs.Add((g, p));
                else usedG.Remove(g);
            }
        return pairs;
    }

    /// <summary>
    /// Detection P/R/F1 for a span layer: locates the gold texts in the body, pairs them one-to-one with the predicted
    /// spans, records the counts (gold texts absent from the body are misses) and returns the located occurrences and
    /// the matched pairs for the value checks.
    /// </summary>
    public static (List<Occurrence> Gold, List<(int Gold, int Pred)> Pairs) ScoreDetection(ScoreSheet sheet, string group, string body,
        IReadOnlyList<string> goldTexts, IReadOnlyList<(int Start, int End)> pred, Func<int, string> describePrediction)
    {
        var occ = Locate(body, goldTexts);
        var pairs = Pair(occ, pred);
        var matchedG = pairs.Select(p => p.Gold).ToHashSet();
        var matchedP = pairs.Select(p => p.Pred).ToHashSet();
        var errors = new List<string>();
        for (int g = 0; g < occ.Count; g++)
            if (!matchedG.Contains(g)) errors.Add($"missed \"{goldTexts[occ[g].GoldIndex]}\" @{occ[g].Start}");
        for (int p = 0; p < pred.Count; p++)
            if (!matchedP.Contains(p)) errors.Add($"spurious {describePrediction(p)}");
        // a gold text absent from the body (cleaned away or altered) is a miss, unless it lies inside another located one
        var located = occ.Select(o => o.GoldIndex).ToHashSet();
        int absent = 0;
        for (int g = 0; g < goldTexts.Count; g++)
            if (!located.Contains(g) && !occ.Any(o => body.AsSpan(o.Start, o.End - o.Start).Contains(goldTexts[g].AsSpan(), StringComparison.Ordinal)))
            { absent++; errors.Add($"not in body: \"{goldTexts[g]}\""); }
        sheet.Prf(group, "detection", pairs.Count, pred.Count - pairs.Count, occ.Count - pairs.Count + absent, errors);
        return (occ, pairs);
    }
}
