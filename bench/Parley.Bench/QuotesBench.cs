using System.Diagnostics;
using Parley.Eval;
using Parley.Extract;
using Parley.Extract.Quotes;
using Parley.Knowledge;

namespace Parley.Bench;

/// <summary>
/// The quote layer on the gold sets: accuracy (QuoteScorer over the gold bodies, each run through the default
/// pipeline up to and including quotes) and throughput. `quotes [seeds|dev|DIR...] [--errors] [--repeat N]`.
/// </summary>
public sealed class QuotesBench : IBench
{
    public string Name => "quotes";
    public string Description => "quote layer: detection P/R/F1, speaker and cue accuracy on gold sets, and speed";

    public int Run(string[] args)
    {
        bool errors = args.Contains("--errors");
        int ti = Array.IndexOf(args, "--text");
        if (ti >= 0 && ti + 1 < args.Length)
        {
            // analyze a text given on the command line (paragraphs separated by "|") and print its quotes
            var d = Parley.Analyzer.FromBody(args[ti + 1].Replace("|", "\n"), "2024-07-16");
            Pipeline.Default(KnowledgeBase.Default).Run(d);
            foreach (var q in d.Quotes)
                Console.WriteLine($"  [{q.Kind}] \"{q.Span.Text}\" — {q.Speaker?.Name} <{q.Speaker?.Span?.Text}> cue={q.Cue?.Text} on={q.SaidOn} | {q.Explain}");
            return 0;
        }
        int repeat = 1;
        int ri = Array.IndexOf(args, "--repeat");
        if (ri >= 0 && ri + 1 < args.Length) repeat = int.Parse(args[ri + 1]);
        int shi = Array.IndexOf(args, "--show");
        var sets = args.Where((a, i) => !a.StartsWith("--") && !(ri >= 0 && i == ri + 1) && !(shi >= 0 && i == shi + 1)).ToList();
        if (sets.Count == 0) sets = ["seeds", "dev"];
        var root = Program.SharedRoot();
        var kb = KnowledgeBase.Default;
        var pipeline = Pipeline.Default(kb);
        var scorer = new QuoteScorer();
        foreach (var set in sets)
        {
            var dir = Directory.Exists(set) ? set : Path.Combine(root, "gold", set);
            var sheet = new ScoreSheet();
            long chars = 0; var sw = new Stopwatch(); var all = new Stopwatch();
            foreach (var gold in GoldFile.LoadDir(dir))
            {
                var path = gold.FindArticle() ?? throw new FileNotFoundException(gold.File);
                var text = File.ReadAllText(path);
                Parley.Documents.Document? doc = null;
                for (int r = 0; r < repeat; r++)
                {
                    doc = GoldBody.Build(gold, text);
                    // the layers before quotes, then the quote layer alone on the clock
                    all.Start();
                    foreach (var step in pipeline.Steps)
                    {
                        if (step.Assigns == "quotes") { sw.Start(); step.Process(doc, default); sw.Stop(); }
                        else step.Process(doc, default);
                    }
                    all.Stop();
                    chars += doc.Text.Length;
                }
                sheet.CurrentDocument = gold.File;
                int si = Array.IndexOf(args, "--show");
                if (si >= 0 && si + 1 < args.Length && gold.File.Contains(args[si + 1]))
                    foreach (var q in doc!.Quotes)
                        Console.WriteLine($"  [{q.Kind}] \"{q.Span.Text}\" — {q.Speaker?.Name} <{q.Speaker?.Span?.Text}> cue={q.Cue?.Text} on={q.SaidOn} | {q.Explain}");
                scorer.Score(gold, doc!, sheet);
            }
            Console.WriteLine($"== quotes on {set} ({dir})");
            foreach (var m in sheet.Metrics.OrderBy(m => m.Name))
                Console.WriteLine(m.IsPrf
                    ? $"  {m.Name,-20} P {m.Precision:0.000}  R {m.Recall:0.000}  F1 {m.F1:0.000}  (tp {m.Tp}, fp {m.Fp}, fn {m.Fn})"
                    : $"  {m.Name,-20} acc {m.Accuracy:0.000}  ({m.Correct}/{m.Total})");
            Console.WriteLine($"  quote layer time {sw.Elapsed.TotalMilliseconds:0} ms for {chars} chars ({chars / Math.Max(1e-9, sw.Elapsed.TotalSeconds) / 1e6:0.00} M chars/s); whole pipeline {all.Elapsed.TotalMilliseconds:0} ms, quotes {sw.Elapsed.TotalMilliseconds / Math.Max(1e-9, all.Elapsed.TotalMilliseconds):P0} of it");
            if (errors)
                foreach (var m in sheet.Metrics.Where(m => m.Name is "detection" or "speaker" or "cue" or "said_on"))
                    foreach (var e in m.Errors) Console.WriteLine($"    [{m.Name}] {e}");
        }
        return 0;
    }
}
