using Parley.Documents;

namespace Parley.Eval;

/// <summary>
/// A layer's own scorer (as in spaCy, each component owns its score): compares one analyzed document with its gold
/// file and adds counts to the sheet. Scorers live next to the layer they score and are listed in <see cref="Scorers.All"/>.
/// </summary>
public interface IScorer
{
    /// <summary>Group name shown in the table (metadata, cleaning, entities, quotes, times, quantities, ...).</summary>
    string Name { get; }
    void Score(GoldFile gold, Document doc, ScoreSheet sheet);
}

/// <summary>Counts for one metric: either precision/recall (tp, fp, fn) or an accuracy (correct of total).</summary>
public sealed class Metric
{
    public required string Group { get; init; }
    public required string Name { get; init; }
    public bool IsPrf { get; init; }
    public double Tp, Fp, Fn;           // PRF
    public double Correct, Total;       // accuracy
    public List<string> Errors { get; } = new();

    public double Precision => Tp + Fp == 0 ? 1 : Tp / (Tp + Fp);
    public double Recall => Tp + Fn == 0 ? 1 : Tp / (Tp + Fn);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double Accuracy => Total == 0 ? 1 : Correct / Total;
    public double Support => IsPrf ? Tp + Fn : Total;
}

/// <summary>Metrics for one evaluation run (summed over documents: micro-averages).</summary>
public sealed class ScoreSheet
{
    private readonly Dictionary<(string, string), Metric> _metrics = new();
    public IEnumerable<Metric> Metrics => _metrics.Values;
    public string CurrentDocument { get; set; } = "";

    public Metric Get(string group, string name, bool prf)
    {
        if (!_metrics.TryGetValue((group, name), out var m))
            _metrics[(group, name)] = m = new Metric { Group = group, Name = name, IsPrf = prf };
        return m;
    }

    /// <summary>Adds one accuracy observation; a miss records the document and detail.</summary>
    public void Check(string group, string name, bool ok, string? detail = null)
    {
        var m = Get(group, name, prf: false);
        m.Total++;
        if (ok) m.Correct++;
        else m.Errors.Add($"{CurrentDocument}: {detail}");
    }

    public void Prf(string group, string name, double tp, double fp, double fn, IEnumerable<string>? errors = null)
    {
        var m = Get(group, name, prf: true);
        m.Tp += tp; m.Fp += fp; m.Fn += fn;
        if (errors != null) m.Errors.AddRange(errors.Select(e => $"{CurrentDocument}: {e}"));
    }
}

/// <summary>The registry of scorers: every IScorer in the library, in pipeline order of their group names.</summary>
public static class Scorers
{
    private static readonly string[] Order =
        ["metadata", "cleaning", "published", "sentences", "entities", "quotes", "times", "quantities", "events", "positions"];

    public static List<IScorer> All() =>
        typeof(IScorer).Assembly.GetTypes()
            .Where(t => typeof(IScorer).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface && t.GetConstructor(Type.EmptyTypes) != null)
            .Select(t => (IScorer)Activator.CreateInstance(t)!)
            .OrderBy(s => Array.IndexOf(Order, s.Name) is var i && i < 0 ? int.MaxValue : i).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
}
