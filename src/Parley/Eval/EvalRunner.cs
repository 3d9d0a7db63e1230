using Parley.Documents;
using Parley.Ingest;

namespace Parley.Eval;

public sealed record EvalDocument(string GoldPath, string? ArticlePath, Document? Document, string? Error);

public sealed class EvalResult
{
    public required ScoreSheet Sheet { get; init; }
    public List<EvalDocument> Documents { get; } = new();
}

/// <summary>
/// `parley eval GOLD_DIR`: analyzes the article each gold file describes (found beside it or in the matching corpus
/// folder) and lets every layer's scorer compare the result with the gold.
/// </summary>
public sealed class EvalRunner(Analyzer analyzer)
{
    public EvalResult Run(string goldDir, IEnumerable<IScorer>? scorers = null, IEnumerable<string>? articleDirs = null, CancellationToken ct = default)
    {
        var list = (scorers ?? Scorers.All()).ToList();
        var result = new EvalResult { Sheet = new ScoreSheet() };
        using var expander = new InputExpander(options: new IngestOptions { AllowFetch = false });
        foreach (var gold in GoldFile.LoadDir(goldDir))
        {
            ct.ThrowIfCancellationRequested();
            var article = gold.FindArticle(articleDirs);
            if (article == null) { result.Documents.Add(new EvalDocument(gold.GoldPath, null, null, $"article {gold.File} not found")); continue; }
            var item = expander.Expand([article]).First();
            if (item.Article == null) { result.Documents.Add(new EvalDocument(gold.GoldPath, article, null, item.Failure!.Reason)); continue; }
            var doc = analyzer.Analyze(item.Article, ct);
            result.Documents.Add(new EvalDocument(gold.GoldPath, article, doc, null));
            result.Sheet.CurrentDocument = gold.File;
            foreach (var s in list) s.Score(gold, doc, result.Sheet);
        }
        return result;
    }
}
