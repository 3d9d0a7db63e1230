using Parley.Documents;
using Parley.Ingest;
using Parley.Storage;

namespace Parley;

/// <summary>The outcome of one input (a file, a JSONL line, a feed item) in a batch.</summary>
public sealed record BatchItem(string Path, int? Line, Document? Document, SaveResult? Saved, string? Error)
{
    public bool Failed => Error != null;
    public string Label => Line is int l ? $"{Path}:{l}" : Path;
}

/// <summary>
/// `parley analyze`: reads the inputs, analyzes them (in parallel with <c>jobs</c> &gt; 1, results kept in input order),
/// stores each document in its own transaction, and reports every input's outcome. A failure (unreadable input, an
/// annotator error, a storage error) is recorded for that input and the batch goes on.
/// </summary>
public sealed class Batch(Analyzer analyzer, IStore? store, InputExpander? expander = null)
{
    private readonly InputExpander _expander = expander ?? new InputExpander();

    public IEnumerable<BatchItem> Run(IEnumerable<string> paths, int jobs = 1, CancellationToken ct = default)
    {
        const int chunk = 64;
        var buffer = new List<IngestItem>(chunk);
        foreach (var item in _expander.Expand(paths))
        {
            buffer.Add(item);
            if (buffer.Count < chunk) continue;
            foreach (var r in Process(buffer, jobs, ct)) yield return r;
            buffer.Clear();
        }
        foreach (var r in Process(buffer, jobs, ct)) yield return r;
    }

    private IEnumerable<BatchItem> Process(List<IngestItem> items, int jobs, CancellationToken ct)
    {
        var analyzed = new (Document? Doc, string? Error)[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = ct }, i =>
        {
            var a = items[i].Article;
            if (a == null) { analyzed[i] = (null, items[i].Failure!.Reason); return; }
            try { analyzed[i] = (analyzer.Analyze(a, ct), null); }
            catch (Exception e) when (e is not OperationCanceledException) { analyzed[i] = (null, $"analysis failed: {e.GetType().Name}: {e.Message}"); }
        });
        for (int i = 0; i < items.Count; i++)
        {
            var (path, line) = items[i].Article is { } a ? (a.Path, a.Line) : (items[i].Failure!.Path, items[i].Failure!.Line);
            var (doc, error) = analyzed[i];
            SaveResult? saved = null;
            if (doc != null && store != null)
            {
                try { saved = store.Save(doc); }
                catch (Exception e) when (e is not OperationCanceledException) { error = $"storing failed: {e.Message}"; doc = null; }
            }
            yield return new BatchItem(path, line, doc, saved, error);
        }
    }
}
