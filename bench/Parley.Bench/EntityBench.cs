using System.Diagnostics;
using System.Globalization;
using Parley.Documents;
using Parley.Extract;
using Parley.Ingest;
using Parley.Knowledge;

namespace Parley.Bench;

/// <summary>
/// Throughput of the entities layer: the seed and dev articles are ingested once, then the layers before entities
/// (the text layers of the default pipeline) run alone and again followed by the entity annotator, in the same
/// process, side by side. Reports documents/s and words/s for both and the entity layer's own share.
/// `entities [ROUNDS]` (default 60 rounds over the articles).
/// </summary>
public sealed class EntityBench : IBench
{
    public string Name => "entities";
    public string Description => "entities layer throughput (docs/s, words/s) next to the text layers alone";

    public int Run(string[] args)
    {
        // enough rounds for the JIT's optimized tier to take over (the first rounds run unoptimized code)
        int rounds = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 60;   // `entities [ROUNDS] [--phases]`
        var shared = Program.SharedRoot();
        var kb = KnowledgeBase.Default;
        var analyzer = new Parley.Analyzer(kb);
        var paths = new[] { Path.Combine(shared, "seeds"), Path.Combine(shared, "corpus", "dev") };
        var raws = new InputExpander().Expand(paths).Where(i => i.Article != null).Select(i => i.Article!).ToList();
        var bodies = raws.Select(a => analyzer.Ingest(a)).Select(d => (d.Text, d.Published)).ToList();
        var steps = Pipeline.Default(kb).Steps;
        var before = steps.TakeWhile(s => s.Assigns != "entities").ToList();
        var entity = steps.First(s => s.Assigns == "entities");
        long words = bodies.Sum(b => (long)Parley.Analyzer.FromBody(b.Text).WordCount());

        double Time(IReadOnlyList<IAnnotator> run)
        {
            // warm-up round, then timed rounds
            for (int pass = 0; pass < 2; pass++)
            {
                var sw = Stopwatch.StartNew();
                int n = pass == 0 ? 1 : rounds;
                for (int k = 0; k < n; k++)
                    foreach (var (text, published) in bodies)
                    {
                        var doc = Parley.Analyzer.FromBody(text);
                        doc.Published = published;
                        foreach (var s in run) s.Process(doc, CancellationToken.None);
                    }
                if (pass == 1) return sw.Elapsed.TotalSeconds;
            }
            return 0;
        }

        double tText = Time(before);
        double tAll = Time([.. before, entity]);
        int docs = bodies.Count * rounds;
        string F(double x) => x.ToString("#,0", CultureInfo.InvariantCulture);
        Console.WriteLine($"{bodies.Count} articles (seeds + dev), {F(words)} words, {rounds} rounds; text layers: {(before.Count == 0 ? "none yet" : string.Join(", ", before.Select(s => s.Name)))}");
        Console.WriteLine($"  text layers alone      {F(docs / Math.Max(tText, 1e-9)),10} docs/s {F(words * rounds / Math.Max(tText, 1e-9)),12} words/s");
        Console.WriteLine($"  text layers + entities {F(docs / tAll),10} docs/s {F(words * rounds / tAll),12} words/s");
        double tEnt = Math.Max(tAll - tText, 1e-9);
        Console.WriteLine($"  entities layer alone   {F(docs / tEnt),10} docs/s {F(words * rounds / tEnt),12} words/s  ({100 * tEnt / tAll:0}% of the run)");
        if (args.Contains("--phases"))
        {
            // one more timed run with the entity annotator's phase timer on: where its time goes
            var ticks = new Dictionary<string, long>();
            Parley.Extract.Entities.EntityAnnotator.PhaseTicks = ticks;
            Time([.. before, entity]);
            Parley.Extract.Entities.EntityAnnotator.PhaseTicks = null;
            long total = ticks.Values.Sum();
            Console.WriteLine("  entity phases (share of the entity layer's time):");
            foreach (var (name, t) in ticks.OrderByDescending(p => p.Value))
                Console.WriteLine($"    {name,-28} {100.0 * t / total,5:0.0}%  {1000.0 * t / Stopwatch.Frequency / docs,7:0.000} ms/doc");
        }
        return 0;
    }
}
