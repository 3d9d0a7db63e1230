using Parley.Documents;
using Parley.Knowledge;

namespace Parley.Extract.Times;

/// <summary>
/// Writes the "times" layer: finds temporal expressions in <see cref="Document.Text"/> (<see cref="TimeGrammar"/>) and
/// normalizes them against the document's reference date (<see cref="ReferenceDate"/>: the published date, else the
/// earliest day of its range, else none, leaving relative values unresolved as XXXX). An offset from a known dated
/// event ("days before the first peace summit", "two days after the Alaska summit") counts from the event's dates in the
/// knowledge base.
/// </summary>
public sealed class TimeAnnotator(KnowledgeBase kb) : IAnnotator
{
    public TimeAnnotator() : this(KnowledgeBase.Default) { }

    public string Name => "times";
    public IReadOnlyList<string> Requires { get; } = [];
    public string Assigns => "times";

    public void Process(Document document, CancellationToken ct)
    {
        document.Times.Clear();
        document.Times.AddRange(Annotate(document, kb));
    }

    /// <summary>The time expressions of a document, resolved against its current published date.</summary>
    public static List<TimeExpression> Annotate(Document document) => Annotate(document, KnowledgeBase.Default);

    /// <inheritdoc cref="Annotate(Document)"/>
    /// <param name="body">the body already cut into a <see cref="TextScan"/>, when the caller has one</param>
    public static List<TimeExpression> Annotate(Document document, KnowledgeBase kb, TextScan? body = null)
    {
        var scan = body ?? new TextScan("body", document.Text);
        var mentions = scan.Mentions;
        var events = EventAnchors(scan, kb);
        var reference = ReferenceDate.From(document.Published);
        var baseline = TimeResolver.Resolve(document, mentions, reference, ReferenceDate.YearOnly(document.Published), events);
        if (reference != null || RangeTooWideForADay(document.Published) is not (var first, var last)) return baseline;
        // The publication is known only to a range (say, "July 2024"). An expression whose value is the same whichever
        // day of the range the article appeared ("last month" → June) is resolved; one that depends on the day
        // ("today", "on Sunday") stays open. Values move monotonically with the reference day, so the two ends decide.
        var early = TimeResolver.Resolve(document, mentions, new ReferenceDate(first, first, $"published {first:yyyy-MM-dd} (range start)"), null, events);
        var late = TimeResolver.Resolve(document, mentions, new ReferenceDate(last, last, $"published {last:yyyy-MM-dd} (range end)"), null, events);
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

    /// <summary>Offsets whose event is a single known dated event: the event words inside the expression ("Days before the
    /// first peace summit") or right after it ("two days after the Alaska summit", "hours before the talks in Istanbul").</summary>
    private static Dictionary<TimeMention, DatedEvent>? EventAnchors(TextScan scan, KnowledgeBase kb)
    {
        if (kb.DatedEvents.Count == 0 || !scan.Mentions.Any(m => m.Kind == TimeKind.Offset && m.Direction != 0)) return null;
        var refs = EventReferenceFinder.For(kb).Find(scan).Where(r => r.Candidates.Count == 1 && !r.Candidates[0].Event.IsStatement).ToList();
        var byFirst = new Dictionary<int, EventReference>();
        foreach (var r in refs) byFirst.TryAdd(r.First, r);
        Dictionary<TimeMention, DatedEvent>? anchors = null;
        foreach (var m in scan.Mentions)
        {
            if (m.Kind != TimeKind.Offset || m.Direction == 0 || m.TokenNext < 1) continue;
            var last = scan.Folded[m.TokenNext - 1];
            bool inside = last is not ("before" or "after");
            EventReference? r = null;
            for (int t = inside ? m.TokenFirst : m.TokenNext, end = inside ? m.TokenNext : m.TokenNext + 4; t < end && r == null; t++)
                if (byFirst.TryGetValue(t, out var hit) && (inside || scan.Sentence[hit.First] == scan.Sentence[m.TokenFirst])) r = hit;
            if (r == null) continue;
            // only words of the event's own phrase between the expression and the type word ("the", "first", "peace")
            if (!inside && Enumerable.Range(m.TokenNext, r.First - m.TokenNext).Any(k => !scan.Tokens[k].IsWord || TimeLexicon.IsPastCue(scan.Folded[k])))
                continue;
            (anchors ??= new())[m] = r.Candidates[0].Event;
        }
        return anchors;
    }

    /// <summary>Both ends of a publication range that is bounded but wider than a day reference allows (at most a quarter).</summary>
    private static (DateOnly, DateOnly)? RangeTooWideForADay(PublishedDate p)
    {
        if (p.Date != null || ReferenceDate.Parse(p.Earliest) is not { } a || ReferenceDate.Parse(p.Latest) is not { } b) return null;
        return b >= a && b.DayNumber - a.DayNumber <= 92 ? (a, b) : null;
    }
}
