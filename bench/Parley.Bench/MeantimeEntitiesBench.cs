using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Parley.Documents;
using Parley.Extract.Entities;
using Parley.Knowledge;

namespace Parley.Bench;

/// <summary>
/// The entities layer on MEANTIME (../shared/eval/meantime-dev, Wikinews, CC BY 4.0): each document's text is rebuilt
/// from its tokens (token offsets kept), annotated with the creation time as the published date, and its named
/// mentions scored by exact span and type against the gold named mentions (syntactic type NAM or PRE.NAM, or an
/// untyped mention whose words are all capitalized) of PER, ORG and LOC entities. Our types map PERSON→PER, ORG→ORG,
/// GPE/LOC→LOC; EVENT/NORP/LAW and the gold's PRO/FIN/MIX are left out on both sides. Descriptions, anaphors and
/// pronouns are not named mentions and are not scored. Also prints a relaxed score (any overlap, same type).
/// </summary>
public sealed class MeantimeEntitiesBench : IBench
{
    public string Name => "meantime-entities";
    public string Description => "entity mention span+type P/R/F1 (PER/ORG/LOC) on ../shared/eval/meantime-dev";

    private static readonly HashSet<string> NamingRules = ["kb", "alias", "demonym", "metonym", "place", "pattern", "surname", "kb-surname", "honorific", "outlet"];

    public int Run(string[] args)
    {
        var dir = args.FirstOrDefault(a => !a.StartsWith("--")) ?? Path.Combine(Program.SharedRoot(), "eval", "meantime-dev");
        var files = Directory.GetFiles(dir, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        // the default pipeline's layers up to and including entities (text layers first)
        var steps = Parley.Extract.Pipeline.Default(KnowledgeBase.Default).Steps;
        var upToEntities = steps.Take(steps.ToList().FindIndex(s => s.Assigns == "entities") + 1).ToList();
        var types = new[] { "PER", "ORG", "LOC" };
        var strict = types.ToDictionary(t => t, _ => new int[3]);   // tp, fp, fn
        var relaxed = types.ToDictionary(t => t, _ => new int[3]);
        bool verbose = args.Contains("--errors");
        foreach (var f in files)
        {
            var (doc, gold, annotatedEnd) = Load(f);
            foreach (var step in upToEntities) step.Process(doc, CancellationToken.None);
            var pred = doc.Entities.SelectMany(e => e.Mentions.Where(m => NamingRules.Contains(m.Rule ?? "")).Select(m => (m.Start, m.End, Type: Map(e.Type))))
                .Where(p => p.Type != null && p.End <= annotatedEnd).Distinct().ToList();
            foreach (var t in types)
            {
                var g = gold.Where(x => x.Type == t).ToList();
                var p = pred.Where(x => x.Type == t).ToList();
                int tp = p.Count(x => g.Any(y => y.Start == x.Start && y.End == x.End));
                strict[t][0] += tp; strict[t][1] += p.Count - tp; strict[t][2] += g.Count - g.Count(y => p.Any(x => y.Start == x.Start && y.End == x.End));
                int rtp = p.Count(x => g.Any(y => y.Start < x.End && x.Start < y.End));
                relaxed[t][0] += rtp; relaxed[t][1] += p.Count - rtp; relaxed[t][2] += g.Count(y => !p.Any(x => y.Start < x.End && x.Start < y.End));
                if (verbose)
                {
                    string Ctx(int a, int b) => doc.Text[Math.Max(0, a - 30)..a].ReplaceLineEndings(" ") + "[" + doc.Text[a..b] + "]" + doc.Text[b..Math.Min(doc.Text.Length, b + 30)].ReplaceLineEndings(" ");
                    foreach (var x in p.Where(x => !g.Any(y => y.Start == x.Start && y.End == x.End))) Console.WriteLine($"  FP {t} {doc.Text[x.Start..x.End]}\t{Ctx(x.Start, x.End)}");
                    foreach (var y in g.Where(y => !p.Any(x => y.Start == x.Start && y.End == x.End))) Console.WriteLine($"  FN {t} {doc.Text[y.Start..y.End]}\t{Ctx(y.Start, y.End)}");
                }
            }
        }
        Console.WriteLine($"MEANTIME dev: {files.Count} documents, {dir}");
        Print("exact span + type", strict, types);
        Print("overlapping span + type", relaxed, types);
        return 0;
    }

    private static void Print(string title, Dictionary<string, int[]> c, string[] types)
    {
        Console.WriteLine($"\n{title}\n  type       P      R     F1   gold");
        int tp = 0, fp = 0, fn = 0;
        foreach (var t in types)
        {
            var (a, b, d) = (c[t][0], c[t][1], c[t][2]);
            tp += a; fp += b; fn += d;
            Console.WriteLine($"  {t,-5} {Prf(a, b, d)}  {a + d,5}");
        }
        Console.WriteLine($"  all   {Prf(tp, fp, fn)}  {tp + fn,5}");
    }

    private static string Prf(int tp, int fp, int fn)
    {
        double p = tp + fp == 0 ? 1 : (double)tp / (tp + fp), r = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return string.Create(CultureInfo.InvariantCulture, $"{p,6:0.000} {r,6:0.000} {f,6:0.000}");
    }

    private static string? Map(string type) => type switch { "PERSON" => "PER", "ORG" => "ORG", "GPE" or "LOC" => "LOC", _ => null };

    /// <summary>Rebuilds the text (a space between tokens except before closing punctuation and after opening
    /// brackets, a line per sentence) and reads the gold named mentions as character spans.</summary>
    internal static (Document Doc, List<(int Start, int End, string Type)> Gold, int AnnotatedEnd) Load(string path)
    {
        var x = XDocument.Load(path);
        var root = x.Root!;
        var sb = new StringBuilder();
        var offsets = new Dictionary<string, (int Start, int End)>();
        var sentenceOf = new Dictionary<string, string>();
        string? lastSentence = null; string prev = "";
        foreach (var t in root.Elements("token"))
        {
            var text = t.Value;
            var sent = (string?)t.Attribute("sentence");
            if (lastSentence != null && sent != lastSentence) sb.Append('\n');
            else if (sb.Length > 0 && !NoSpaceBefore(text) && prev is not ("(" or "[" or "$" or "\u201C")) sb.Append(' ');
            lastSentence = sent; prev = text;
            int start = sb.Length;
            sb.Append(text);
            offsets[(string)t.Attribute("t_id")!] = (start, sb.Length);
            sentenceOf[(string)t.Attribute("t_id")!] = sent ?? "";
        }
        var body = sb.ToString();
        var markables = root.Element("Markables");
        var created = markables?.Elements("TIMEX3").FirstOrDefault(e => (string?)e.Attribute("functionInDocument") == "CREATION_TIME");
        var published = (string?)created?.Attribute("value");
        var doc = Parley.Analyzer.FromBody(body, published is { Length: >= 10 } ? published[..10] : null, Path.GetFileNameWithoutExtension(path));
        // mention id → entity type through REFERS_TO
        var entityType = new Dictionary<string, string>();
        foreach (var e in markables?.Elements("ENTITY") ?? []) entityType[(string)e.Attribute("m_id")!] = (string?)e.Attribute("ent_type") ?? "";
        var mentionType = new Dictionary<string, string>();
        foreach (var r in root.Element("Relations")?.Elements("REFERS_TO") ?? [])
        {
            var target = (string?)r.Element("target")?.Attribute("m_id");
            if (target == null || !entityType.TryGetValue(target, out var type)) continue;
            foreach (var s in r.Elements("source")) mentionType[(string)s.Attribute("m_id")!] = type;
        }
        var gold = new List<(int, int, string)>();
        foreach (var m in markables?.Elements("ENTITY_MENTION") ?? [])
        {
            var id = (string)m.Attribute("m_id")!;
            if (!mentionType.TryGetValue(id, out var type) || type is not ("PER" or "ORG" or "LOC")) continue;
            var anchors = m.Elements("token_anchor").Select(a => offsets[(string)a.Attribute("t_id")!]).ToList();
            if (anchors.Count == 0) continue;
            var syn = (string?)m.Attribute("syntactic_type") ?? "";
            int start = anchors.Min(a => a.Start), end = anchors.Max(a => a.End);
            bool named = syn is "NAM" or "PRE.NAM" || (syn == "" && anchors.All(a => char.IsUpper(body[a.Start]) || !char.IsLetter(body[a.Start])));
            if (named) gold.Add((start, end, type));
        }
        // MEANTIME annotates the title and the first sentences only: predictions are scored up to the end of the last
        // sentence holding any markable
        var anchored = markables?.Descendants("token_anchor").Select(a => (string)a.Attribute("t_id")!).Where(offsets.ContainsKey).ToList() ?? [];
        int annotatedEnd = 0;
        if (anchored.Count > 0)
        {
            var lastAnnotated = anchored.Select(t => int.Parse(sentenceOf[t], CultureInfo.InvariantCulture)).Max().ToString(CultureInfo.InvariantCulture);
            annotatedEnd = offsets.Where(kv => sentenceOf[kv.Key] == lastAnnotated).Max(kv => kv.Value.End);
        }
        return (doc, gold.Distinct().ToList(), annotatedEnd);
    }

    private static bool NoSpaceBefore(string t) =>
        t is "," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "%" or "'s" or "'" or "n't" or "\u201D" or "'re" or "'ve" or "'ll" or "'d" or "'m";
}
