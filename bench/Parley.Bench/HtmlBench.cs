using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Ingest;
using Parley.Ingest.Html;

namespace Parley.Bench;

/// <summary>
/// Main-text extraction on the Zyte article-extraction development pages (../shared/eval/zyte-dev), scored the way the
/// set's README says: lower-cased \w+ tokens, 4-token shingles, multiset overlap per page, P and R averaged over pages,
/// F1 = 2PR/(P+R). Side by side, Mozilla Readability (bench/readability, installed with npm on first run) on the same
/// pages. Options: --no-readability, --no-cleaner, --dump DIR (writes each page's extracted text), --page ID [--blocks]
/// (one page's diagnosis), --pages (per-page P/R), --cleaner-report (article lines the cleaner removed, by rule).
/// </summary>
public sealed partial class HtmlBench : IBench
{
    public string Name => "html";
    public string Description => "HTML main text vs zyte-dev ground truth (shingle F1), Parley and Mozilla Readability side by side";

    public int Run(string[] args)
    {
        var dir = Path.Combine(Program.SharedRoot(), "eval", "zyte-dev");
        var truth = LoadTruth(Path.Combine(dir, "ground-truth.json"));
        string? dump = Arg(args, "--dump"), only = Arg(args, "--page");
        var ids = truth.Keys.Where(k => only == null || k.StartsWith(only, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var pages = ids.Select(id => (id, bytes: File.ReadAllBytes(Path.Combine(dir, "html", id + ".html.gz")))).ToList();

        // Parley: the whole reader path (gunzip, charset, parse, metadata, extraction), timed after one warm-up pass.
        var reader = new HtmlReader();
        foreach (var (id, bytes) in pages.Take(5)) reader.Read(id + ".html.gz", bytes).ToList();
        // Best of three passes: the machine is shared, the best pass is the least disturbed one.
        var extracted = new Dictionary<string, string>();
        double best = double.MaxValue;
        for (int pass = 0; pass < 3; pass++)
        {
            var sw = Stopwatch.StartNew();
            foreach (var (id, bytes) in pages)
            {
                var item = reader.Read(id + ".html.gz", bytes).First();
                extracted[id] = item.Article?.Text ?? "";
            }
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        double parleyPps = pages.Count / best;

        var rows = new List<(string Tool, double P, double R, double F1, double Pps)>();
        var parley = Score(truth, extracted, out var perPage);
        rows.Add(("Parley HtmlReader", parley.P, parley.R, parley.F1, parleyPps));

        if (!args.Contains("--no-cleaner"))
        {
            var analyzer = new Parley.Analyzer();
            var cleaned = new Dictionary<string, string>();
            foreach (var (id, bytes) in pages)
            {
                var art = reader.Read(id + ".html.gz", bytes).First().Article;
                cleaned[id] = art == null ? "" : analyzer.Ingest(art).Text;
            }
            var c = Score(truth, cleaned, out _);
            rows.Add(("Parley HtmlReader + Cleaner", c.P, c.R, c.F1, double.NaN));
            if (args.Contains("--cleaner-report")) CleanerReport(truth, pages, reader, analyzer);
        }

        if (dump != null)
        {
            Directory.CreateDirectory(dump);
            foreach (var (id, text) in extracted) File.WriteAllText(Path.Combine(dump, id[..12] + ".txt"), text);
        }

        if (!args.Contains("--no-readability"))
        {
            var r = RunReadability(dir, ids);
            if (r != null)
            {
                var (texts, pps) = r.Value;
                var s = Score(truth, texts, out _);
                rows.Add(($"Mozilla Readability 0.6.0 (jsdom 26.1.0, Node {NodeVersion()})", s.P, s.R, s.F1, pps));
            }
        }

        Console.WriteLine($"zyte-dev: {pages.Count} pages");
        Console.WriteLine($"{"tool",-52} {"P",6} {"R",6} {"F1",6} {"pages/s",8}");
        foreach (var row in rows)
            Console.WriteLine($"{row.Tool,-52} {row.P,6:0.000} {row.R,6:0.000} {row.F1,6:0.000} {(double.IsNaN(row.Pps) ? "" : row.Pps.ToString("0.0")),8}");
        if (only != null && pages.Count == 1) Explain(pages[0].id, pages[0].bytes, args.Contains("--blocks"));
        if (args.Contains("--metadata"))
            foreach (var (id, bytes) in pages)
            {
                var a = reader.Read(id + ".html.gz", bytes).First().Article;
                Console.WriteLine($"{id[..8]} | {a?.Title} | {a?.Outlet} | {a?.Byline} | {a?.Published} | {a?.PublishedEvidence} | {a?.Subtitle}");
            }
        if (args.Contains("--pages"))
            foreach (var (id, p, rr) in perPage.OrderBy(x => 2 * x.P * x.R / Math.Max(1e-9, x.P + x.R)))
                Console.WriteLine($"  {id[..12]} P={p:0.000} R={rr:0.000}");
        return 0;
    }

    /// <summary>One page's diagnosis: reader result, chosen container, and with --blocks every block with its weights.</summary>
    private static void Explain(string id, byte[] bytes, bool blocks)
    {
        var item = new HtmlReader().Read(id + ".html.gz", bytes).First();
        Console.WriteLine(item.Failure?.ToString() ?? $"title: {item.Article!.Title}\nbyline: {item.Article.Byline}\noutlet: {item.Article.Outlet}\npublished: {item.Article.Published} ({item.Article.PublishedEvidence})\ncharset: {item.Article.Charset}");
        var html = CharsetDetector.Decode(Gzip.Decompress(bytes, InputDecoder.MaxBytes, out _)!, null, out _)!.Text;
        var (_, layout, main) = HtmlReader.Analyze(html);
        Console.WriteLine(main.Explain);
        if (!blocks) return;
        var kept = new HashSet<TextBlock>(main.Blocks);
        foreach (var b in layout.Blocks)
        {
            var (c, n) = MainTextExtractor.Weigh(b);
            var el = layout.Elements[b.Element];
            var t = b.Text.Length > 90 ? b.Text[..90] : b.Text;
            Console.WriteLine($"{(kept.Contains(b) ? "+" : " ")} c={c,5:0.#} n={n,4:0.#} ld={b.LinkDensity:0.00} {el.Tag}#{b.Element}<{el.Parent} {el.Furniture} | {t}");
        }
    }

    /// <summary>Lines the cleaner removed that the ground truth has as article text, counted by the cleaner's rule.</summary>
    private static void CleanerReport(Dictionary<string, string> truth, List<(string id, byte[] bytes)> pages, HtmlReader reader, Parley.Analyzer analyzer)
    {
        var byRule = new Dictionary<string, List<string>>();
        foreach (var (id, bytes) in pages)
        {
            var art = reader.Read(id + ".html.gz", bytes).First().Article;
            if (art == null) continue;
            var gold = Shingles(truth[id]);
            foreach (var r in analyzer.Ingest(art).Removed)
            {
                var sh = Shingles(r.Text);
                if (sh.Count == 0) continue;
                double inGold = sh.Sum(kv => Math.Min(kv.Value, gold.GetValueOrDefault(kv.Key))) / (double)sh.Values.Sum();
                if (inGold < 0.5) continue;
                var key = $"{r.Reason}/{r.Rule}";
                if (!byRule.TryGetValue(key, out var list)) byRule[key] = list = [];
                list.Add($"{id[..8]}: {(r.Text.Length > 110 ? r.Text[..110] + "…" : r.Text)}");
            }
        }
        Console.WriteLine("article lines the cleaner removed, by rule:");
        foreach (var (rule, lines) in byRule.OrderByDescending(x => x.Value.Count))
        {
            Console.WriteLine($"  {lines.Count,4}  {rule}");
            foreach (var l in lines.Take(6)) Console.WriteLine($"          {l}");
        }
    }

    private static string? Arg(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static Dictionary<string, string> LoadTruth(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var d = new Dictionary<string, string>();
        foreach (var p in doc.RootElement.EnumerateObject())
            d[p.Name] = p.Value.GetProperty("articleBody").GetString() ?? "";
        return d;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordRx();

    /// <summary>The multiset of 4-token shingles of a text (a text shorter than 4 tokens is one shingle).</summary>
    public static Dictionary<string, int> Shingles(string text)
    {
        var tokens = WordRx().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0) return bag;
        int n = Math.Min(4, tokens.Count);
        for (int i = 0; i + n <= tokens.Count; i++)
        {
            var key = string.Join(' ', tokens.Skip(i).Take(n));
            bag[key] = bag.GetValueOrDefault(key) + 1;
        }
        return bag;
    }

    /// <summary>Per page P = TP/predicted, R = TP/gold (an empty side counts 0, both empty counts 1); averaged; F1 of the averages.</summary>
    public static (double P, double R, double F1) Score(Dictionary<string, string> truth, Dictionary<string, string> predicted,
        out List<(string Id, double P, double R)> perPage)
    {
        perPage = [];
        foreach (var (id, gold) in truth)
        {
            if (!predicted.TryGetValue(id, out var pred)) continue;
            var g = Shingles(gold); var p = Shingles(pred);
            int tp = 0;
            foreach (var (k, n) in p) tp += Math.Min(n, g.GetValueOrDefault(k));
            int np = p.Values.Sum(), ng = g.Values.Sum();
            double prec = np == 0 ? (ng == 0 ? 1 : 0) : (double)tp / np;
            double rec = ng == 0 ? (np == 0 ? 1 : 0) : (double)tp / ng;
            perPage.Add((id, prec, rec));
        }
        double P = perPage.Count == 0 ? 0 : perPage.Average(x => x.P), R = perPage.Count == 0 ? 0 : perPage.Average(x => x.R);
        return (P, R, P + R == 0 ? 0 : 2 * P * R / (P + R));
    }

    private static string ReadabilityDir()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Parley.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? ".", "bench", "readability");
    }

    private static string NodeVersion() => RunProcess("node", "--version", ".", out var o) == 0 ? o.Trim() : "?";

    /// <summary>Runs bench/readability/run.js over the pages (npm-installing it first when needed). Null when node is missing.</summary>
    private static (Dictionary<string, string> Texts, double Pps)? RunReadability(string dir, List<string> ids)
    {
        var rd = ReadabilityDir();
        if (!Directory.Exists(Path.Combine(rd, "node_modules", "@mozilla", "readability")))
        {
            Console.Error.WriteLine("installing Mozilla Readability with npm into bench/readability/node_modules ...");
            if (RunProcess("npm", "install --no-audit --no-fund --loglevel=error", rd, out var err) != 0)
            {
                Console.Error.WriteLine("npm install failed; skipping Readability: " + err);
                return null;
            }
        }
        var list = Path.GetTempFileName();
        var output = Path.GetTempFileName();
        File.WriteAllLines(list, ids.Select(id => Path.Combine(dir, "html", id + ".html.gz")));
        if (RunProcess("node", $"run.js \"{list}\" \"{output}\"", rd, out var log) != 0)
        {
            Console.Error.WriteLine("readability run failed: " + log);
            return null;
        }
        using var doc = JsonDocument.Parse(File.ReadAllBytes(output));
        var texts = new Dictionary<string, string>();
        foreach (var p in doc.RootElement.GetProperty("pages").EnumerateObject())
            texts[Path.GetFileName(p.Name).Replace(".html.gz", "")] = p.Value.GetString() ?? "";
        double seconds = doc.RootElement.GetProperty("seconds").GetDouble();
        File.Delete(list); File.Delete(output);
        return (texts, ids.Count / seconds);
    }

    internal static int RunProcess(string file, string args, string cwd, out string output)
    {
        var psi = new ProcessStartInfo(file, args)
        {
            WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        try
        {
            using var p = Process.Start(psi)!;
            var so = p.StandardOutput.ReadToEndAsync();
            var se = p.StandardError.ReadToEnd();
            p.WaitForExit();
            output = so.Result + se;
            return p.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e) { output = e.Message; return -1; }
    }
}
