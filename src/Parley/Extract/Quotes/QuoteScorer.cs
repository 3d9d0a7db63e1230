using System.Globalization;
using System.Text;
using Parley.Documents;
using Parley.Eval;

namespace Parley.Extract.Quotes;

/// <summary>
/// Scores the quote layer against a gold file.
/// <list type="bullet">
/// <item><b>detection</b> (and per kind): a predicted quote matches a gold quote of the same kind when their word
/// tokens overlap by at least 80% in both directions (shared tokens ≥ 0.8 × the gold's and ≥ 0.8 × the prediction's).
/// Tokens are lowercase letter/digit runs, so quote marks and punctuation do not count. Where the gold text occurs in
/// the document, overlap is positional (tokens of that occurrence inside the predicted span); otherwise it is the
/// multiset overlap of the two token lists. Pairs are matched one to one, best overlap first.</item>
/// <item><b>speaker</b> (accuracy over matched quotes): the predicted name equals the gold speaker or one of its
/// variants (the gold entity's canonical name and every mention the gold lists for it, a person's surname), or the
/// entity id equals the gold name's slug. A gold speaker that is not a gold entity is a described source ("unnamed
/// State Department spokesperson"): it matches when both descriptions share their head noun (last content word,
/// singular) or half their content words, ignoring articles and "unnamed".</item>
/// <item><b>cue</b> and <b>said_on</b> (accuracy over matched quotes, reported only): the cue matches when one text contains
/// the other or they share their main verb; said_on must be equal (both null counts as equal).</item>
/// </list>
/// </summary>
public sealed class QuoteScorer : IScorer
{
    public string Name => "quotes";
    private const double MinOverlap = 0.8;

    public void Score(GoldFile gold, Document doc, ScoreSheet sheet)
    {
        var golds = gold.Quotes;
        var preds = doc.Quotes;
        var pairs = new List<(int G, int P, double S)>();
        for (int g = 0; g < golds.Count; g++)
            for (int p = 0; p < preds.Count; p++)
            {
                if (!string.Equals(golds[g].Kind, preds[p].Kind, StringComparison.OrdinalIgnoreCase)) continue;
                double s = Overlap(doc.Text, golds[g].Text, preds[p].Span);
                if (s >= MinOverlap) pairs.Add((g, p, s));
            }
        var gUsed = new HashSet<int>(); var pUsed = new HashSet<int>();
        var matches = new List<(int G, int P)>();
        foreach (var (g, p, _) in pairs.OrderByDescending(x => x.S).ThenBy(x => x.G))
        {
            if (gUsed.Contains(g) || pUsed.Contains(p)) continue;
            gUsed.Add(g); pUsed.Add(p); matches.Add((g, p));
        }

        var fnErr = Enumerable.Range(0, golds.Count).Where(g => !gUsed.Contains(g)).Select(g => $"missed {golds[g].Kind} \"{Short(golds[g].Text)}\" ({golds[g].Speaker})").ToList();
        var fpErr = Enumerable.Range(0, preds.Count).Where(p => !pUsed.Contains(p)).Select(p => $"extra {preds[p].Kind} \"{Short(preds[p].Span.Text)}\" ({preds[p].Speaker?.Name}; {preds[p].Explain})").ToList();
        sheet.Prf(Name, "detection", matches.Count, preds.Count - matches.Count, golds.Count - matches.Count, fnErr.Concat(fpErr));
        foreach (var kind in new[] { "direct", "partial", "indirect" })
        {
            int tp = matches.Count(m => golds[m.G].Kind == kind);
            int np = preds.Count(q => q.Kind == kind), ng = golds.Count(q => q.Kind == kind);
            sheet.Prf(Name, $"detection_{kind}", tp, np - tp, ng - tp);
        }
        foreach (var (g, p) in matches)
        {
            var gq = golds[g]; var pq = preds[p];
            sheet.Check(Name, "speaker", SpeakerMatches(gold, gq.Speaker, pq.Speaker),
                $"speaker of \"{Short(gq.Text)}\": gold \"{gq.Speaker}\" got \"{pq.Speaker?.Name ?? "none"}\" ({pq.Explain})");
            sheet.Check(Name, "cue", CueMatches(gq.Cue, pq.Cue?.Text), $"cue of \"{Short(gq.Text)}\": gold \"{gq.Cue}\" got \"{pq.Cue?.Text}\"");
            sheet.Check(Name, "said_on", gq.SaidOn == pq.SaidOn, $"said_on of \"{Short(gq.Text)}\": gold {gq.SaidOn ?? "null"} got {pq.SaidOn ?? "null"}");
        }
    }

    // ------------------------------------------------------------- overlap

    internal static double Overlap(string text, string goldText, Span pred)
    {
        var gTok = Tokens(goldText, 0);
        var pTok = Tokens(pred.Text, pred.Start);
        if (gTok.Count == 0 || pTok.Count == 0) return 0;
        double best = 0;
        int at = goldText.Length > 0 ? text.IndexOf(goldText, StringComparison.Ordinal) : -1;
        while (at >= 0)
        {
            int inside = Tokens(goldText, at).Count(t => t.Start >= pred.Start && t.End <= pred.End);
            best = Math.Max(best, Math.Min((double)inside / gTok.Count, (double)inside / pTok.Count));
            at = text.IndexOf(goldText, at + 1, StringComparison.Ordinal);
        }
        if (best > 0 || text.Contains(goldText, StringComparison.Ordinal)) return best;
        // gold text not found verbatim: multiset overlap of the token strings
        var bag = gTok.GroupBy(t => t.Word).ToDictionary(x => x.Key, x => x.Count());
        int shared = 0;
        foreach (var t in pTok)
            if (bag.TryGetValue(t.Word, out int n) && n > 0) { shared++; bag[t.Word] = n - 1; }
        return Math.Min((double)shared / gTok.Count, (double)shared / pTok.Count);
    }

    internal readonly record struct Tok(int Start, int End, string Word);

    internal static List<Tok> Tokens(string s, int offset)
    {
        var list = new List<Tok>();
        int i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetterOrDigit(s[i])) { i++; continue; }
            int j = i;
            while (j < s.Length && char.IsLetterOrDigit(s[j])) j++;
            list.Add(new Tok(offset + i, offset + j, s[i..j].ToLowerInvariant()));
            i = j;
        }
        return list;
    }

    // ------------------------------------------------------------- speakers

    internal static bool SpeakerMatches(GoldFile gold, string? goldSpeaker, Speaker? ours)
    {
        if (goldSpeaker == null) return ours == null;
        if (ours == null) return false;
        if (ours.Entity != null && ours.Entity == Slug(goldSpeaker)) return true;
        var name = Norm(ours.Name);
        if (name.Length == 0) return false;
        var entity = gold.Entities.FirstOrDefault(e => Norm(e.Canonical) == Norm(goldSpeaker));
        var variants = new HashSet<string> { Norm(goldSpeaker) };
        if (entity != null)
        {
            foreach (var m in entity.Mentions) variants.Add(Norm(m));
            if (entity.Type == "PERSON") variants.Add(Norm(goldSpeaker).Split(' ').Last());
        }
        if (variants.Contains(name)) return true;
        // a described source that ends with a listed variant ("Russia's defence ministry" / "defence ministry")
        if (variants.Any(v => v.Contains(' ') && name.EndsWith(" " + v, StringComparison.Ordinal))) return true;
        // a person named by surname with a spelling variant the gold lists ("Zelenskyy")
        if (entity?.Type == "PERSON" && variants.Contains(name.Split(' ').Last())) return true;
        if (entity != null) return false;
        // a described source: compare loosely
        var g = ContentWords(goldSpeaker); var o = ContentWords(ours.Name);
        if (g.Count == 0 || o.Count == 0) return false;
        if (Singular(g[^1]) == Singular(o[^1])) return true;
        double shared = g.Intersect(o).Count();
        return shared / Math.Max(g.Count, o.Count) >= 0.5;
    }

    private static readonly HashSet<string> Stop = new() { "the", "a", "an", "unnamed", "of", "and", "mr", "mrs", "ms", "two", "some", "several" };

    private static List<string> ContentWords(string s) => Norm(s).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Stop.Contains(w)).Select(Singular).ToList();

    private static string Singular(string w) => w.EndsWith("ies") && w.Length > 4 ? w[..^3] + "y" : w.EndsWith('s') && !w.EndsWith("ss") && w.Length > 3 ? w[..^1] : w;

    internal static string Norm(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’') { /* possessive: drop the mark */ }
            else sb.Append(' ');
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && words[0] is "the" or "a" or "an" or "mr" or "mrs" or "ms") words.RemoveAt(0);
        return string.Join(' ', words);
    }

    internal static string Slug(string s) => string.Join('-', Norm(s).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    // ------------------------------------------------------------- cues

    internal static bool CueMatches(string? gold, string? ours)
    {
        if (gold == null || ours == null) return gold == null && ours == null;
        var g = Norm(gold); var o = Norm(ours);
        if (g.Contains(o) || o.Contains(g)) return true;
        string Main(string x) => x.Split(' ').FirstOrDefault(w => w is not ("has" or "have" or "had" or "is" or "was" or "did")) ?? x;
        return Main(g) == Main(o);
    }

    private static string Short(string s) => s.Length <= 70 ? s : s[..67] + "...";
}
