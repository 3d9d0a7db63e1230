using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Eval;
using Parley.Knowledge;

namespace Parley.Cli;

public static class EvalCommand
{
    public static Command Build(CliIO io)
    {
        var dir = new Argument<string>("GOLD_DIR") { Description = "Folder of *.gold.json files (../shared/gold/SCHEMA.md)" };
        var json = new Option<bool>("--json") { Description = "Print the metrics as JSON" };
        var errors = new Option<bool>("--errors") { Description = "List every miss under the table" };
        var only = new Option<string[]>("--only") { Description = "Score only these groups (metadata, cleaning, entities, quotes, times, ...)" };
        var kb = new Option<string[]>("--kb") { Description = "Extra knowledge file(s)" };
        var cmd = new Command("eval", "Score Parley against gold annotation files") { dir, json, errors, only, kb };
        cmd.SetAction(p => Run(io, p.GetValue(dir)!, p.GetValue(json), p.GetValue(errors), p.GetValue(only) ?? [], p.GetValue(kb) ?? []));
        return cmd;
    }

    private static int Run(CliIO io, string dir, bool json, bool errors, string[] only, string[] kbFiles)
    {
        if (!Directory.Exists(dir)) throw new UsageException($"{dir}: no such folder");
        var analyzer = new Analyzer(kbFiles.Length == 0 ? KnowledgeBase.Default : KnowledgeBase.Load(kbFiles));
        // "--only times,quantities" and "--only times --only quantities" both work; an unknown group is a usage error
        var groups = only.SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var known = Scorers.All().Select(s => s.Name).ToList();
        var unknown = groups.Where(g => !known.Contains(g)).ToList();
        if (unknown.Count > 0)
            throw new UsageException($"--only: unknown group(s) {string.Join(", ", unknown)}; the groups are {string.Join(", ", known.Distinct())}");
        var scorers = Scorers.All().Where(s => groups.Count == 0 || groups.Contains(s.Name)).ToList();
        var result = new EvalRunner(analyzer).Run(dir, scorers);
        foreach (var d in result.Documents.Where(d => d.Error != null)) io.Err.WriteLine($"parley: {d.GoldPath}: {d.Error}");
        if (result.Documents.Count == 0) { io.Err.WriteLine($"parley: {dir}: no *.gold.json files"); return 1; }
        if (json) WriteJson(io.Out, dir, result);
        else WriteTable(io.Out, dir, result, errors);
        return result.Documents.Any(d => d.Error != null) ? 1 : 0;
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    private static void WriteTable(TextWriter w, string dir, EvalResult result, bool errors)
    {
        w.WriteLine($"Gold: {dir} ({result.Documents.Count(d => d.Document != null)} documents)");
        w.WriteLine($"{"group",-11} {"metric",-26} {"P",6} {"R",6} {"F1",6} {"acc",6} {"n",6}");
        foreach (var m in result.Sheet.Metrics.OrderBy(m => GroupOrder(m.Group)).ThenBy(m => m.Name, StringComparer.Ordinal))
        {
            if (m.IsPrf) w.WriteLine($"{m.Group,-11} {m.Name,-26} {F(m.Precision),6} {F(m.Recall),6} {F(m.F1),6} {"",6} {m.Support,6:0}");
            else w.WriteLine($"{m.Group,-11} {m.Name,-26} {"",6} {"",6} {"",6} {F(m.Accuracy),6} {m.Total,6:0}");
        }
        if (!errors) return;
        foreach (var m in result.Sheet.Metrics.Where(m => m.Errors.Count > 0))
        {
            w.WriteLine();
            w.WriteLine($"{m.Group}/{m.Name}:");
            foreach (var e in m.Errors) w.WriteLine("  " + e);
        }
    }

    private static int GroupOrder(string g)
    {
        var order = Scorers.All().Select(s => s.Name).Distinct().ToList();
        int i = order.IndexOf(g);
        return i < 0 ? int.MaxValue : i;
    }

    private static void WriteJson(TextWriter w, string dir, EvalResult result)
    {
        var obj = new
        {
            gold = dir,
            documents = result.Documents.Count(d => d.Document != null),
            metrics = result.Sheet.Metrics.Select(m => m.IsPrf
                ? (object)new { group = m.Group, metric = m.Name, precision = m.Precision, recall = m.Recall, f1 = m.F1, tp = m.Tp, fp = m.Fp, fn = m.Fn }
                : new { group = m.Group, metric = m.Name, accuracy = m.Accuracy, correct = m.Correct, total = m.Total }),
        };
        w.WriteLine(JsonSerializer.Serialize(obj, new JsonSerializerOptions { WriteIndented = true }));
    }
}
