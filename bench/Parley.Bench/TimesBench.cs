using System.Diagnostics;
using Parley.Documents;
using Parley.Eval;
using Parley.Extract;
using Parley.Extract.Times;

namespace Parley.Bench;

/// <summary>
/// Time expressions, quantities and publication dates: accuracy on the gold files (seeds, dev), on MEANTIME, and side
/// by side with chrono-node. Usage:
///   times gold [--body gold|cleaner] [--reference inferred|gold] [--errors]
///   times meantime [--errors]
///   times chrono            (installs chrono-node with npm into bench/chrono on first run)
/// </summary>
public sealed class TimesBench : IBench
{
    public string Name => "times";
    public string Description => "time expressions, quantities, publication dates: gold, MEANTIME, chrono-node side by side";

    public int Run(string[] args)
    {
        string mode = args.Length > 0 ? args[0] : "gold";
        bool errors = args.Contains("--errors");
        var body = Opt(args, "--body") == "cleaner" ? BodyFrom.Cleaner : BodyFrom.GoldLines;
        bool goldRef = Opt(args, "--reference") == "gold";
        return mode switch
        {
            "gold" => Gold(body, goldRef, errors),
            "meantime" => MeantimeRun(errors),
            "chrono" => ChronoSideBySide.Run(Program.SharedRoot(), errors),
            _ => 2,
        };
    }

    private static string? Opt(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static List<IAnnotator> Steps() => [new TimeAnnotator(), new PublishedDateInference(), new Extract.Quantities.QuantityAnnotator()];

    private static int Gold(BodyFrom body, bool goldRef, bool errors)
    {
        var shared = Program.SharedRoot();
        var scorers = Scorers.All().Where(s => s.Name is "times" or "quantities" or "published").ToList();
        var sets = new List<(string Name, string Dir)> { ("gold/seeds", Path.Combine(shared, "gold", "seeds")), ("gold/dev", Path.Combine(shared, "gold", "dev")) };
        if (RepoRoot() is { } repo && Directory.Exists(Path.Combine(repo, "samples", "gold"))) sets.Add(("samples/gold", Path.Combine(repo, "samples", "gold")));
        foreach (var (set, dir) in sets)
        {
            var sheet = new ScoreSheet();
            var sw = Stopwatch.StartNew();
            foreach (var g in GoldFile.LoadDir(dir))
            {
                var doc = GoldDocuments.Build(g, body, goldRef, articleDirs: [Path.Combine(Path.GetDirectoryName(dir)!, "corpus")]);
                if (doc == null) { Console.Error.WriteLine($"article not found for {g.File}"); continue; }
                foreach (var s in Steps()) s.Process(doc, default);
                sheet.CurrentDocument = g.File;
                foreach (var sc in scorers) sc.Score(g, doc, sheet);
            }
            Console.WriteLine($"## {set}  (body: {body}, reference: {(goldRef ? "gold range given" : "printed or inferred")}; {sw.ElapsedMilliseconds} ms)");
            Print(sheet, errors);
        }
        return 0;
    }

    public static string? RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Parley.sln"))) dir = dir.Parent;
        return dir?.FullName;
    }

    public static void Print(ScoreSheet sheet, bool errors)
    {
        foreach (var m in sheet.Metrics)
        {
            if (m.IsPrf) Console.WriteLine($"  {m.Group,-11} {m.Name,-22} P {m.Precision:0.000}  R {m.Recall:0.000}  F1 {m.F1:0.000}  (tp {m.Tp}, fp {m.Fp}, fn {m.Fn})");
            else Console.WriteLine($"  {m.Group,-11} {m.Name,-22} {m.Accuracy:0.000}  ({m.Correct}/{m.Total})");
            if (errors) foreach (var e in m.Errors) Console.WriteLine($"      - {e}");
        }
    }

    private static int MeantimeRun(bool errors)
    {
        var dir = Path.Combine(Program.SharedRoot(), "eval", "meantime-dev");
        var sw = Stopwatch.StartNew();
        var sheet = Meantime.Score(dir);
        Console.WriteLine($"## MEANTIME dev ({sw.ElapsedMilliseconds} ms)");
        Print(sheet, errors);
        return 0;
    }
}
