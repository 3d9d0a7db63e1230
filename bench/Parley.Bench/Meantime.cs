using System.Text;
using System.Xml.Linq;
using Parley.Documents;
using Parley.Eval;
using Parley.Extract.Times;

namespace Parley.Bench;

/// <summary>
/// MEANTIME (NewsReader, Wikinews) development documents: text rebuilt from the tokens with their offsets, the TIMEX3
/// with functionInDocument="CREATION_TIME" as the published date, and the anchored TIMEX3 as gold.
/// Scoring: relaxed span match (overlap, one-to-one), then value accuracy on the matched pairs. The creation-time TIMEX3
/// (the dateline) is left out on both sides: it is the input date, not a finding. MEANTIME annotates only the first
/// sentences of each article (title, dateline and about four more): predictions after the last annotated sentence are
/// not scored.
/// </summary>
public static class Meantime
{
    public sealed record Timex(int Start, int End, string Type, string Value);
    public sealed record MeantimeDoc(string Name, string Text, string Created, List<Timex> Gold, List<(int Start, int End)> Excluded, int AnnotatedEnd);

    public static List<MeantimeDoc> Load(string dir)
    {
        var docs = new List<MeantimeDoc>();
        foreach (var f in Directory.GetFiles(dir, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            docs.Add(LoadOne(f));
        return docs;
    }

    private static readonly HashSet<string> NoSpaceBefore = [",", ".", ":", ";", "!", "?", ")", "]", "%", "'s", "n't", "'", "'re", "'ve", "'ll", "'d", "'m"];

    public static MeantimeDoc LoadOne(string path)
    {
        var x = XDocument.Load(path);
        var sb = new StringBuilder();
        var offsets = new Dictionary<string, (int, int)>();
        var sentenceOf = new Dictionary<string, int>();
        var sentenceEnd = new Dictionary<int, int>();
        string? prevSentence = null, prevTok = null;
        foreach (var t in x.Descendants("token"))
        {
            var text = t.Value;
            var sent = (string?)t.Attribute("sentence");
            if (prevSentence != null && sent != prevSentence) sb.Append('\n');
            else if (prevTok != null && !NoSpaceBefore.Contains(text) && prevTok is not ("(" or "[" or "$")) sb.Append(' ');
            int start = sb.Length;
            sb.Append(text);
            offsets[(string)t.Attribute("t_id")!] = (start, sb.Length);
            int sn = int.Parse(sent ?? "0");
            sentenceOf[(string)t.Attribute("t_id")!] = sn;
            sentenceEnd[sn] = sb.Length;
            prevSentence = sent;
            prevTok = text;
        }
        var gold = new List<Timex>();
        var excluded = new List<(int, int)>();
        string created = "";
        foreach (var tx in x.Descendants("TIMEX3"))
        {
            var ids = tx.Elements("token_anchor").Select(a => (string)a.Attribute("t_id")!).Where(offsets.ContainsKey).ToList();
            var value = (string?)tx.Attribute("value") ?? "";
            bool creation = (string?)tx.Attribute("functionInDocument") == "CREATION_TIME";
            if (creation && value.Length >= 10) created = value[..10];
            if (ids.Count == 0) continue;
            int s = ids.Min(i => offsets[i].Item1), e = ids.Max(i => offsets[i].Item2);
            if (creation) excluded.Add((s, e));
            else gold.Add(new Timex(s, e, (string?)tx.Attribute("type") ?? "", value));
        }
        // MEANTIME annotates only the first sentences of each article: score only up to the last annotated sentence
        int lastSentence = x.Descendants("token_anchor").Select(a => (string)a.Attribute("t_id")!).Where(sentenceOf.ContainsKey)
            .Select(id => sentenceOf[id]).DefaultIfEmpty(0).Max();
        int annotatedEnd = sentenceEnd.TryGetValue(lastSentence, out var ae) ? ae : sb.Length;
        // the dateline repeats as a NONE timex on the same tokens: it is the creation time too
        gold.RemoveAll(g => excluded.Any(ex => ex.Item1 <= g.Start && g.End <= ex.Item2));
        return new MeantimeDoc(Path.GetFileNameWithoutExtension(path), sb.ToString(), created, gold, excluded, annotatedEnd);
    }

    /// <summary>Scores predicted (span, value) lists per document against the gold TIMEX3.</summary>
    public static void ScoreInto(ScoreSheet sheet, string group, MeantimeDoc d, List<(int Start, int End, string Value, string Text)> predicted)
    {
        sheet.CurrentDocument = d.Name;
        var pred = predicted.Where(p => p.Start < d.AnnotatedEnd && !d.Excluded.Any(ex => p.Start < ex.Item2 && ex.Item1 < p.End)).ToList();
        var occ = d.Gold.Select((g, i) => new GoldOccurrences.Occurrence(g.Start, g.End, i)).ToList();
        var pairs = GoldOccurrences.Pair(occ, pred.Select(p => (p.Start, p.End)).ToList());
        var mg = pairs.Select(p => p.Gold).ToHashSet();
        var mp = pairs.Select(p => p.Pred).ToHashSet();
        var errors = new List<string>();
        for (int g = 0; g < occ.Count; g++) if (!mg.Contains(g)) errors.Add($"missed \"{d.Text[d.Gold[g].Start..d.Gold[g].End]}\" = {d.Gold[g].Value}");
        for (int p = 0; p < pred.Count; p++) if (!mp.Contains(p)) errors.Add($"spurious \"{pred[p].Text}\" = {pred[p].Value}");
        sheet.Prf(group, "detection", pairs.Count, pred.Count - pairs.Count, occ.Count - pairs.Count, errors);
        foreach (var (g, p) in pairs)
            sheet.Check(group, "value", d.Gold[g].Value == pred[p].Value, $"\"{pred[p].Text}\" gold {d.Gold[g].Value} got {pred[p].Value}");
    }

    public static ScoreSheet Score(string dir)
    {
        var sheet = new ScoreSheet();
        foreach (var d in Load(dir))
        {
            var doc = Analyzer.FromBody(d.Text, d.Created.Length == 10 ? d.Created : null, d.Name);
            new TimeAnnotator().Process(doc, default);
            // no creation time: the pipeline infers the publication date from the text, as it does for any article
            new PublishedDateInference().Process(doc, default);
            ScoreInto(sheet, "meantime", d, doc.Times.Select(t => (t.Span.Start, t.Span.End, t.Value, t.Span.Text)).ToList());
        }
        return sheet;
    }
}
