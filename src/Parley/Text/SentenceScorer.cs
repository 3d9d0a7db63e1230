using Parley.Documents;
using Parley.Eval;

namespace Parley.Text;

/// <summary>
/// Scores the sentence layer against the gold files: the gold first and last sentences of the body (exact substrings)
/// must each be exactly one sentence span of the document. A sentence the cleaner dropped counts as a miss too (the
/// detail says which), so this figure also moves with the cleaner.
/// </summary>
public sealed class SentenceScorer : IScorer
{
    public string Name => "sentences";

    public void Score(GoldFile gold, Document doc, ScoreSheet sheet)
    {
        if (gold.BodyFirst is { } first) Check(sheet, doc, "body_first", first, fromEnd: false);
        if (gold.BodyLast is { } last) Check(sheet, doc, "body_last", last, fromEnd: true);
    }

    private void Check(ScoreSheet sheet, Document doc, string metric, string sentence, bool fromEnd)
    {
        var s = sentence.Trim();
        if (s.Length == 0) return;
        int at = fromEnd ? doc.Text.LastIndexOf(s, StringComparison.Ordinal) : doc.Text.IndexOf(s, StringComparison.Ordinal);
        if (at < 0)
        {
            sheet.Check(Name, metric, false, $"not in the cleaned text: \"{Short(s)}\"");
            return;
        }
        int end = at + s.Length;
        bool exact = false;
        foreach (var sp in doc.Sentences)
            if (sp.Start == at && sp.End == end) { exact = true; break; }
        sheet.Check(Name, metric, exact, exact ? null : $"split as {Describe(doc, at, end)} for \"{Short(s)}\"");
    }

    /// <summary>How the document's sentences cover the gold span: the overlapping sentence spans.</summary>
    private static string Describe(Document doc, int start, int end)
    {
        var parts = new List<string>();
        foreach (var sp in doc.Sentences)
            if (sp.Start < end && start < sp.End) parts.Add($"[{sp.Start - start:+0;-0;0},{sp.End - end:+0;-0;0}]");
        return parts.Count == 0 ? "no sentence" : string.Join(" ", parts) + " (offsets relative to gold start/end)";
    }

    private static string Short(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
