using Parley.Documents;

namespace Parley.Extract.Times;

/// <summary>
/// Writes the "times" layer: finds temporal expressions in <see cref="Document.Text"/> (<see cref="TimeGrammar"/>) and
/// normalizes them against the document's reference date (<see cref="ReferenceDate"/>: the published date, else the
/// earliest day of its range, else none, leaving relative values unresolved as XXXX).
/// </summary>
public sealed class TimeAnnotator : IAnnotator
{
    public string Name => "times";
    public IReadOnlyList<string> Requires { get; } = [];
    public string Assigns => "times";

    public void Process(Document document, CancellationToken ct)
    {
        document.Times.Clear();
        document.Times.AddRange(Annotate(document));
    }

    /// <summary>The time expressions of a document, resolved against its current published date.</summary>
    public static List<TimeExpression> Annotate(Document document)
    {
        var mentions = TimeGrammar.Find(document.Text);
        var reference = ReferenceDate.From(document.Published);
        var baseline = TimeResolver.Resolve(document, mentions, reference, ReferenceDate.YearOnly(document.Published));
        if (reference != null || RangeTooWideForADay(document.Published) is not (var first, var last)) return baseline;
        // The publication is known only to a range (say, "July 2024"). An expression whose value is the same whichever
        // day of the range the article appeared ("last month" → June) is resolved; one that depends on the day
        // ("today", "on Sunday") stays open. Values move monotonically with the reference day, so the two ends decide.
        var early = TimeResolver.Resolve(document, mentions, new ReferenceDate(first, first, $"published {first:yyyy-MM-dd} (range start)"));
        var late = TimeResolver.Resolve(document, mentions, new ReferenceDate(last, last, $"published {last:yyyy-MM-dd} (range end)"));
        var result = new List<TimeExpression>(baseline.Count);
        for (int i = 0; i < baseline.Count; i++)
        {
            var a = early[i];
            bool invariant = a.Value == late[i].Value && !a.Value.Contains('X') && baseline[i].Value != a.Value
                             && (baseline[i].Value.Contains('X') || baseline[i].Value.EndsWith("_REF", StringComparison.Ordinal));
            result.Add(invariant
                ? a with { Explain = $"{a.Explain.Split("; anchor=")[0]}; anchor=every day of the published range {first:yyyy-MM-dd}..{last:yyyy-MM-dd} gives the same value" }
                : baseline[i]);
        }
        return result;
    }

    /// <summary>Both ends of a publication range that is bounded but wider than a day reference allows (at most a quarter).</summary>
    private static (DateOnly, DateOnly)? RangeTooWideForADay(PublishedDate p)
    {
        if (p.Date != null || ReferenceDate.Parse(p.Earliest) is not { } a || ReferenceDate.Parse(p.Latest) is not { } b) return null;
        return b >= a && b.DayNumber - a.DayNumber <= 92 ? (a, b) : null;
    }
}
