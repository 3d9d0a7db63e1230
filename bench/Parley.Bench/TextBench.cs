using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Parley.Documents;
using Parley.Eval;
using Parley.Extract;
using Parley.Ingest;
using Parley.Text;

namespace Parley.Bench;

/// <summary>
/// Throughput of the text layer (tokens + sentences + tags) over the seeds and the dev corpus, repeated for ~5 s,
/// side by side with a naive regex tokenizer over the same texts in the same run.
/// `dotnet run -c Release --project bench/Parley.Bench -- text [seconds]`
/// </summary>
public sealed class TextBench : IBench
{
    public string Name => "text";
    public string Description => "tokens+sentences+tags throughput vs a naive Regex tokenizer (seeds + dev corpus)";

    private static readonly Regex NaiveTokens = new(@"\w+|[^\w\s]", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public int Run(string[] args)
    {
        double seconds = args.Length > 0 && double.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 5;
        var texts = CorpusTexts();
        long chars = texts.Sum(t => (long)t.Length);
        Console.WriteLine($"corpus: {texts.Count} texts, {chars:N0} chars (seeds + corpus/dev, whole files)");

        var steps = new IAnnotator[] { new TokenAnnotator(), new SentenceAnnotator(), new TagAnnotator() };
        var tokenOnly = new IAnnotator[] { new TokenAnnotator() };
        var tokSent = new IAnnotator[] { new TokenAnnotator(), new SentenceAnnotator() };

        // warm-up: JIT, lexicon load
        for (int i = 0; i < 3; i++) { RunPipeline(texts, steps); RunRegex(texts, NaiveTokens); RunSplit(texts); }

        // Interleaved rounds (one pass of each run per round) so that load from other processes falls on all runs alike.
        var runs = new Func<(long, long, long)>[]
        {
            () => RunPipeline(texts, steps), () => RunPipeline(texts, tokSent), () => RunPipeline(texts, tokenOnly),
            () => RunRegex(texts, NaiveTokens), () => RunSplit(texts),
        };
        var results = MeasureInterleaved(seconds * 2, runs);
        var (full, ts, tok, regex, split) = (results[0], results[1], results[2], results[3], results[4]);
        Console.WriteLine();
        Console.WriteLine($"{"run",-44} {"docs/s",10} {"tokens/s",12} {"MB/s",8} {"vs regex",9}");
        void Row(string name, (double Elapsed, long Docs, long Tokens, long Chars) r)
        {
            double docsPerS = r.Docs / r.Elapsed, tokPerS = r.Tokens / r.Elapsed, mbPerS = r.Chars * 2 / 1e6 / r.Elapsed;
            double regexTokPerS = regex.Tokens / regex.Elapsed;
            Console.WriteLine($"{name,-44} {docsPerS,10:N0} {tokPerS,12:N0} {mbPerS,8:N1} {tokPerS / regexTokPerS,8:N2}x");
        }
        Row("tokens+sentences+tags (Parley)", full);
        Row("tokens+sentences (Parley)", ts);
        Row("tokens only (Parley)", tok);
        Row(@"naive Regex \w+|[^\w\s] matches (baseline)", regex);
        Row(@"Regex.Split \s+ (whitespace only)", split);
        Console.WriteLine();
        Console.WriteLine($"tokens per document (Parley): {full.Tokens / (double)full.Docs:N0}; GC gen0 collections during the run: {GC.CollectionCount(0)}");
        return 0;
    }

    internal static List<string> CorpusTexts()
    {
        var root = Program.SharedRoot();
        var files = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(root, "corpus", "dev"), "*.txt")).Order(StringComparer.Ordinal);
        return files.Select(f => File.ReadAllText(f).Replace("\r\n", "\n")).ToList();
    }

    private static (double Elapsed, long Docs, long Tokens, long Chars)[] MeasureInterleaved(double seconds, Func<(long Docs, long Tokens, long Chars)>[] runs)
    {
        var res = new (double Elapsed, long Docs, long Tokens, long Chars)[runs.Length];
        var total = Stopwatch.StartNew();
        do
        {
            for (int i = 0; i < runs.Length; i++)
            {
                long t0 = Stopwatch.GetTimestamp();
                var (d, t, c) = runs[i]();
                var r = res[i];
                res[i] = (r.Elapsed + Stopwatch.GetElapsedTime(t0).TotalSeconds, r.Docs + d, r.Tokens + t, r.Chars + c);
            }
        } while (total.Elapsed.TotalSeconds < seconds);
        return res;
    }

    private static readonly SourceInfo Source = new("(bench)", null, null, "text");

    private static (long, long, long) RunPipeline(List<string> texts, IAnnotator[] steps)
    {
        long tokens = 0, chars = 0;
        foreach (var t in texts)
        {
            // the layers alone: no content hash, no cleaning
            var doc = new Document { Id = "bench", ContentHash = "", Source = Source, Text = t };
            foreach (var s in steps) s.Process(doc, default);
            tokens += doc.Tokens.Count;
            chars += t.Length;
        }
        return (texts.Count, tokens, chars);
    }

    private static (long, long, long) RunRegex(List<string> texts, Regex rx)
    {
        long tokens = 0, chars = 0;
        foreach (var t in texts)
        {
            // materialize the token strings, as a tokenizer must
            var list = new List<string>();
            for (var m = rx.Match(t); m.Success; m = m.NextMatch()) list.Add(m.Value);
            tokens += list.Count;
            chars += t.Length;
        }
        return (texts.Count, tokens, chars);
    }

    private static (long, long, long) RunSplit(List<string> texts)
    {
        long tokens = 0, chars = 0;
        foreach (var t in texts)
        {
            tokens += Whitespace.Split(t).Length;
            chars += t.Length;
        }
        return (texts.Count, tokens, chars);
    }
}

/// <summary>
/// Accuracy of the sentence splitter: the "sentences" scorer over the seeds and dev gold (bodies built two ways), and
/// sentence boundaries on the MEANTIME dev documents (text rebuilt from their tokens).
/// `dotnet run -c Release --project bench/Parley.Bench -- text-accuracy [-v]`
/// </summary>
public sealed class TextAccuracyBench : IBench
{
    public string Name => "text-accuracy";
    public string Description => "sentence scorer on seeds+dev gold, boundary P/R/F1 on MEANTIME dev";

    public int Run(string[] args)
    {
        bool verbose = args.Contains("-v");
        var root = Program.SharedRoot();
        var golds = GoldFile.LoadDir(Path.Combine(root, "gold", "seeds")).Concat(GoldFile.LoadDir(Path.Combine(root, "gold", "dev"))).ToList();
        var scorer = new SentenceScorer();
        var steps = new IAnnotator[] { new TokenAnnotator(), new SentenceAnnotator(), new TagAnnotator() };

        // (a) Analyzer.FromBody over the whole article file: the splitter alone, furniture lines included as paragraphs
        var sheetA = new ScoreSheet();
        // (b) new Analyzer().Analyze over the text reader's article: reader + current cleaner + pipeline
        var sheetB = new ScoreSheet();
        var analyzer = new Analyzer();
        var reader = new TextFileReader();
        foreach (var g in golds)
        {
            var path = g.FindArticle() ?? throw new FileNotFoundException($"article for {g.GoldPath}");
            var text = File.ReadAllText(path);
            var doc = Analyzer.FromBody(text);
            foreach (var s in steps) s.Process(doc, default);
            sheetA.CurrentDocument = g.File;
            scorer.Score(g, doc, sheetA);

            var raw = reader.Read(path, File.ReadAllBytes(path)).First().Article!;
            var doc2 = analyzer.Analyze(raw);
            sheetB.CurrentDocument = g.File;
            scorer.Score(g, doc2, sheetB);
        }
        Print("gold (seeds+dev), Analyzer.FromBody(article file)", sheetA, verbose);
        Print("gold (seeds+dev), new Analyzer().Analyze(TextFileReader)", sheetB, verbose);

        Meantime(Path.Combine(root, "eval", "meantime-dev"), verbose);
        return 0;
    }

    private static void Print(string title, ScoreSheet sheet, bool verbose)
    {
        Console.WriteLine(title);
        double c = 0, t = 0;
        foreach (var m in sheet.Metrics.OrderBy(m => m.Name))
        {
            Console.WriteLine($"  {m.Name,-12} {m.Correct,3}/{m.Total,-3} = {m.Accuracy:P1}");
            c += m.Correct; t += m.Total;
            if (verbose) foreach (var e in m.Errors) Console.WriteLine("      " + e);
        }
        Console.WriteLine($"  {"all",-12} {c,3}/{t,-3} = {(t == 0 ? 1 : c / t):P1}");
    }

    /// <summary>
    /// MEANTIME documents: title and date lines as their own paragraphs, the body's sentences joined by single spaces in
    /// ONE paragraph (the corpus keeps no paragraph breaks), tokens detokenized by the usual English spacing rules.
    /// Scores sentence ends inside the body: precision, recall, F1, and whole sentences found exactly.
    /// </summary>
    private static void Meantime(string dir, bool verbose)
    {
        if (!Directory.Exists(dir)) { Console.WriteLine("MEANTIME dev not found"); return; }
        var steps = new IAnnotator[] { new TokenAnnotator(), new SentenceAnnotator() };
        long tp = 0, fp = 0, fn = 0, exact = 0, goldSentences = 0, docs = 0, tokGold = 0, tokPred = 0, tokBoth = 0;
        foreach (var file in Directory.GetFiles(dir, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var x = XDocument.Load(file);
            var toks = x.Root!.Elements("token").Select(t => (Sentence: (int)t.Attribute("sentence")!, Text: t.Value)).ToList();
            if (toks.Count == 0) continue;
            docs++;
            var sb = new StringBuilder();
            var goldEnds = new List<(int Start, int End)>();
            var goldTokens = new HashSet<(int, int)>();
            int bodyFrom = 2;     // sentence 0 = title, 1 = date line
            int curSentence = -1, sentStart = 0;
            string prev = "";
            bool openDouble = false;
            foreach (var (sent, raw) in toks)
            {
                var tk = raw switch { "``" => "\u201C", "''" => "\u201D", _ => raw };
                if (sent != curSentence)
                {
                    if (curSentence >= bodyFrom) goldEnds.Add((sentStart, sb.Length));
                    if (sb.Length > 0) sb.Append(sent <= bodyFrom ? '\n' : ' ');
                    curSentence = sent;
                    sentStart = sb.Length;
                    prev = "";
                }
                else if (NeedsSpace(prev, tk, ref openDouble)) sb.Append(' ');
                if (tk == "\"") openDouble = !openDouble;
                goldTokens.Add((sb.Length, sb.Length + tk.Length));
                sb.Append(tk);
                prev = tk;
            }
            if (curSentence >= bodyFrom) goldEnds.Add((sentStart, sb.Length));
            var doc = Analyzer.FromBody(sb.ToString());
            foreach (var s in steps) s.Process(doc, default);
            int bodyStart = goldEnds.Count > 0 ? goldEnds[0].Start : 0;
            var predEnds = doc.Sentences.Where(s => s.Start >= bodyStart).Select(s => s.End).ToHashSet();
            var gold = goldEnds.Select(g => g.End).ToHashSet();
            int last = doc.Text.Length;
            foreach (var e in predEnds) if (e != last) { if (gold.Contains(e)) tp++; else { fp++; if (verbose) Show(doc.Text, e, "extra"); } }
            foreach (var e in gold) if (e != last && !predEnds.Contains(e)) { fn++; if (verbose) Show(doc.Text, e, "missed"); }
            var predTokens = doc.Tokens.Select(t => (t.Start, t.End)).ToHashSet();
            tokGold += goldTokens.Count; tokPred += predTokens.Count; tokBoth += predTokens.Count(goldTokens.Contains);
            var predSpans = doc.Sentences.Select(s => (s.Start, s.End)).ToHashSet();
            foreach (var g in goldEnds) { goldSentences++; if (predSpans.Contains(g)) exact++; }
        }
        double p = tp + fp == 0 ? 1 : tp / (double)(tp + fp), r = tp + fn == 0 ? 1 : tp / (double)(tp + fn);
        Console.WriteLine($"MEANTIME dev ({docs} docs, body sentences in one paragraph)");
        Console.WriteLine($"  boundaries   P {p:P1}  R {r:P1}  F1 {2 * p * r / (p + r):P1}  (tp {tp}, fp {fp}, fn {fn})");
        Console.WriteLine($"  sentences exactly found {exact}/{goldSentences} = {exact / (double)Math.Max(1, goldSentences):P1}");
        double tp2 = tokBoth / (double)tokPred, tr2 = tokBoth / (double)tokGold;
        Console.WriteLine($"  tokens (exact span)  P {tp2:P1}  R {tr2:P1}  F1 {2 * tp2 * tr2 / (tp2 + tr2):P1}  (gold {tokGold}, predicted {tokPred}; conventions differ on hyphens, see docs)");
    }

    private static void Show(string text, int at, string what)
    {
        int a = Math.Max(0, at - 40), b = Math.Min(text.Length, at + 30);
        Console.WriteLine($"      {what}: ...{text[a..at].Replace('\n', ' ')}|{text[at..b].Replace('\n', ' ')}...");
    }

    private static bool NeedsSpace(string prev, string tk, ref bool openDouble)
    {
        if (prev.Length == 0) return false;
        if (prev is "\u201C" or "(" or "[" or "$" or "#" or "£" or "€" or "`" or "\u2018") return false;
        if (prev == "\"" && openDouble) return false;
        if (tk is "," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "%" or "\u201D" or "\u2019" or "'" or "..." ) return false;
        if (tk == "\"" && openDouble) return false;
        if (tk.StartsWith('\'') && tk.Length > 1 && char.IsLetter(tk[1])) return false;   // 's 're 'll
        if (tk.Equals("n't", StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}
