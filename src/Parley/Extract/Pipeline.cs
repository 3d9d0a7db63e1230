using Parley.Documents;
using Parley.Knowledge;

namespace Parley.Extract;

/// <summary>Runs annotators in order, checking that each one's required layers were assigned before it.</summary>
public sealed class Pipeline
{
    private readonly List<IAnnotator> _steps;

    public Pipeline(IEnumerable<IAnnotator> steps)
    {
        _steps = steps.ToList();
        var assigned = new HashSet<string>();
        foreach (var s in _steps)
        {
            foreach (var r in s.Requires)
                if (!assigned.Contains(r))
                    throw new InvalidOperationException($"annotator '{s.Name}' requires layer '{r}' which no earlier step assigns");
            assigned.Add(s.Assigns);
        }
    }

    public IReadOnlyList<IAnnotator> Steps => _steps;

    /// <summary>The standard pipeline over a knowledge base.</summary>
    public static Pipeline Default(KnowledgeBase kb) => new(DefaultSteps(kb));

    internal static IEnumerable<IAnnotator> DefaultSteps(KnowledgeBase kb)
    {
        // Layers are appended here as they are built, in the order of ARCHITECTURE.md.
        yield return new TokenAnnotator();
        yield return new SentenceAnnotator();
        yield return new TagAnnotator();
        yield return new Entities.EntityAnnotator(kb);
        yield return new Times.TimeAnnotator(kb);
        yield return new Times.PublishedDateInference(kb);
        // quotes after times: said_on reads the normalized dates and the inferred publication date
        yield return new Quotes.QuoteAnnotator(kb);
        // deictic words inside a quote count from the day it was said
        yield return new Times.QuoteTimeAnchoring();
        yield return new Quantities.QuantityAnnotator();
    }

    public void Run(Document document, CancellationToken ct = default)
    {
        foreach (var s in _steps)
        {
            ct.ThrowIfCancellationRequested();
            s.Process(document, ct);
        }
    }
}
