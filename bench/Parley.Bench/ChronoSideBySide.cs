using System.Diagnostics;
using System.Text.Json;
using Parley.Documents;
using Parley.Eval;
using Parley.Extract.Times;

namespace Parley.Bench;

/// <summary>
/// Parley's time annotator and chrono-node (bench/chrono, npm-installed by the harness on first run) on the same inputs: the gold
/// articles of seeds and dev (cleaned bodies, the gold publication date given as the reference to both) and the MEANTIME
/// development documents (creation time as the reference). Both are scored by the same scorers; speed is the parse time
/// of all inputs, repeated, measured inside each process (start-up excluded).
/// </summary>
public static class ChronoSideBySide
{
    private sealed record Input(string Id, string Text, string Ref);

    public static int Run(string shared, bool errors, int repetitions = 20)
    {
        var repo = TimesBench.RepoRoot() ?? throw new InvalidOperationException("repository root not found");
        var chronoDir = Path.Combine(repo, "bench", "chrono");
        if (!Directory.Exists(Path.Combine(chronoDir, "node_modules", "chrono-node")))
        {
            // the harness installs its peer itself (version pinned in bench/chrono/package.json; node_modules is ignored)
            Console.Error.WriteLine($"installing chrono-node with npm into {Path.Combine(chronoDir, "node_modules")} ...");
            int code;
            string err;
            try { code = HtmlBench.RunProcess("npm", "install --no-audit --no-fund --loglevel=error", chronoDir, out err); }
            catch (System.ComponentModel.Win32Exception e) { code = -1; err = e.Message; }
            if (code != 0 || !Directory.Exists(Path.Combine(chronoDir, "node_modules", "chrono-node")))
            {
                Console.Error.WriteLine($"npm install failed in {chronoDir} (needs node and npm): {err}");
                return 1;
            }
        }

        // inputs
        var goldDocs = new List<(string Set, GoldFile Gold, Document Doc)>();
        foreach (var set in new[] { "seeds", "dev" })
            foreach (var g in GoldFile.LoadDir(Path.Combine(shared, "gold", set)))
                if (GoldDocuments.Build(g, BodyFrom.Cleaner, giveGoldReference: true) is { } d) goldDocs.Add((set, g, d));
        var meantime = Meantime.Load(Path.Combine(shared, "eval", "meantime-dev"));
        var inputs = goldDocs.Select(x => new Input(x.Set + "/" + x.Gold.File, x.Doc.Text, x.Doc.Published.Earliest!))
            .Concat(meantime.Select(m => new Input("meantime/" + m.Name, m.Text, m.Created))).ToList();

        // chrono-node
        var tmp = Path.Combine(repo, "bench", "results", "tmp");
        Directory.CreateDirectory(tmp);
        var inFile = Path.Combine(tmp, "chrono-in.json");
        var outFile = Path.Combine(tmp, "chrono-out.json");
        File.WriteAllText(inFile, JsonSerializer.Serialize(inputs.Select(i => new { id = i.Id, text = i.Text, @ref = i.Ref })));
        var psi = new ProcessStartInfo("node", [Path.Combine(chronoDir, "run.js"), inFile, outFile, repetitions.ToString()])
        { RedirectStandardError = true, UseShellExecute = false };
        psi.Environment["TZ"] = "UTC";
        using (var p = Process.Start(psi)!)
        {
            var err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0) { Console.Error.WriteLine(err); return 1; }
        }
        using var json = JsonDocument.Parse(File.ReadAllText(outFile));
        double chronoMs = json.RootElement.GetProperty("ms").GetDouble();
        var chrono = new Dictionary<string, List<(int Start, int End, string Value, string Text)>>();
        foreach (var d in json.RootElement.GetProperty("docs").EnumerateArray())
            chrono[d.GetProperty("id").GetString()!] = d.GetProperty("found").EnumerateArray()
                .Select(f => (f.GetProperty("start").GetInt32(), f.GetProperty("end").GetInt32(), f.GetProperty("value").GetString()!, f.GetProperty("text").GetString()!)).ToList();

        // Parley on the same inputs (timed the same way: warm-up, then all inputs x repetitions)
        var parleyDocs = inputs.Select(i => Analyzer.FromBody(i.Text, i.Ref, i.Id)).ToList();
        foreach (var d in parleyDocs) new TimeAnnotator().Process(d, default);
        var sw = Stopwatch.StartNew();
        for (int r = 0; r < repetitions; r++)
            foreach (var d in parleyDocs) new TimeAnnotator().Process(d, default);
        double parleyMs = sw.Elapsed.TotalMilliseconds;

        // score both with the same scorers
        var sheets = new Dictionary<string, ScoreSheet> { ["parley"] = new(), ["chrono-node"] = new() };
        var scorer = new TimesScorer();
        for (int k = 0; k < goldDocs.Count; k++)
        {
            var (set, g, _) = goldDocs[k];
            var id = set + "/" + g.File;
            var ours = parleyDocs[k];
            var theirs = Analyzer.FromBody(ours.Text, ours.Published.Date, id);
            theirs.Times.AddRange(chrono[id].Select(c => new TimeExpression(theirs.SpanOf(c.Start, c.End), "DATE", c.Value, null, "chrono-node")));
            foreach (var (name, doc) in new[] { ("parley", ours), ("chrono-node", theirs) })
            {
                var sheet = sheets[name];
                sheet.CurrentDocument = id;
                var tmpSheet = new ScoreSheet { CurrentDocument = id };
                scorer.Score(g, doc, tmpSheet);
                foreach (var m in tmpSheet.Metrics) Merge(sheet, set + " " + m.Name, m);
            }
        }
        for (int k = 0; k < meantime.Count; k++)
        {
            var m = meantime[k];
            var ours = parleyDocs[goldDocs.Count + k];
            var oursSheet = new ScoreSheet();
            Meantime.ScoreInto(oursSheet, "meantime", m, ours.Times.Select(t => (t.Span.Start, t.Span.End, t.Value, t.Span.Text)).ToList());
            foreach (var mm in oursSheet.Metrics) Merge(sheets["parley"], "meantime " + mm.Name, mm);
            var theirsSheet = new ScoreSheet();
            Meantime.ScoreInto(theirsSheet, "meantime", m, chrono["meantime/" + m.Name]);
            foreach (var mm in theirsSheet.Metrics) Merge(sheets["chrono-node"], "meantime " + mm.Name, mm);
        }

        long chars = inputs.Sum(i => (long)i.Text.Length);
        Console.WriteLine($"## Time expressions: Parley vs chrono-node ({inputs.Count} documents, {chars:N0} characters, x{repetitions})");
        Console.WriteLine();
        Console.WriteLine("| measure | Parley | chrono-node |");
        Console.WriteLine("|---|---|---|");
        foreach (var key in sheets["parley"].Metrics.Select(m => m.Group).Distinct())
        {
            var a = sheets["parley"].Metrics.First(m => m.Group == key);
            var b = sheets["chrono-node"].Metrics.FirstOrDefault(m => m.Group == key);
            string Show(Metric? m) => m == null ? "-" : m.IsPrf ? $"P {m.Precision:0.000} R {m.Recall:0.000} F1 {m.F1:0.000}" : $"{m.Accuracy:0.000} ({m.Correct}/{m.Total})";
            Console.WriteLine($"| {key} | {Show(a)} | {Show(b)} |");
        }
        Console.WriteLine($"| parse time, all inputs x{repetitions} | {parleyMs:0} ms | {chronoMs:0} ms |");
        Console.WriteLine($"| throughput | {chars * repetitions / (parleyMs / 1000) / 1e6:0.00} M chars/s | {chars * repetitions / (chronoMs / 1000) / 1e6:0.00} M chars/s |");
        if (errors)
            foreach (var (name, sheet) in sheets)
                foreach (var m in sheet.Metrics)
                    foreach (var e in m.Errors) Console.WriteLine($"  [{name}] {m.Group}: {e}");
        return 0;
    }

    /// <summary>Adds one metric's counts into a sheet under a new group name (one row per set and measure).</summary>
    private static void Merge(ScoreSheet sheet, string group, Metric m)
    {
        var t = sheet.Get(group, "", m.IsPrf);
        t.Tp += m.Tp; t.Fp += m.Fp; t.Fn += m.Fn; t.Correct += m.Correct; t.Total += m.Total;
        t.Errors.AddRange(m.Errors);
    }
}
