using Parley.Text;
using Parley.Documents;

namespace Parley.Extract.Times;

/// <summary>
/// Re-resolves the deictic time expressions inside quoted words against the day the words were said
/// (../shared/gold/SCHEMA.md: "Expressions inside a quote are resolved against when the quote was said, when the text
/// says so"). "We will answer tomorrow," the spokesman said on Friday → the Saturday after that Friday, whatever day the
/// article appeared. Only direct and partial quotes (the speaker's own words) are re-anchored: an indirect quote is the
/// reporter's paraphrase, already written from the time of writing. Runs after the quote layer, which dates each quote
/// from its attribution (<see cref="Quotes.SaidOnResolver"/>).
/// </summary>
public sealed class QuoteTimeAnchoring : IAnnotator
{
    public string Name => "quote-times";
    public IReadOnlyList<string> Requires { get; } = ["times", "quotes"];
    public string Assigns => "times";

    public void Process(Document document, CancellationToken ct)
    {
        if (document.Times.Count == 0 || document.Quotes.Count == 0) return;
        var reference = ReferenceDate.From(document.Published);
        // a weekday attribution ("said on Saturday") resolved against the start of an uncertain range may be a week out:
        // re-anchor only when the reference is a single day, or when there is none (the attribution then named a date)
        if (reference != null && reference.Latest != reference.Day) return;
        // the quotes said on a known day other than the reference day, by that day
        var byDay = new Dictionary<DateOnly, List<Quote>>();
        foreach (var q in document.Quotes)
        {
            if (q.Kind is not ("direct" or "partial") || ReferenceDate.Parse(q.SaidOn) is not { } said) continue;
            if (reference != null && said == reference.Day) continue;
            if (!byDay.TryGetValue(said, out var list)) byDay[said] = list = new();
            list.Add(q);
        }
        if (byDay.Count == 0) return;

        List<TimeMention>? mentions = null;
        foreach (var (said, quotes) in byDay)
        {
            // quotes of one day do not overlap much: sorted by start, a time expression is inside one of the few that
            // start at or before it (binary search, then a short walk back)
            var sorted = quotes.OrderBy(q => q.Span.Start).ToArray();
            var inside = new List<int>();
            for (int i = 0; i < document.Times.Count; i++)
            {
                var t = document.Times[i];
                int at = Sorted.LastAtOrBefore(sorted, t.Span.Start, q => q.Span.Start);
                for (int k = at; k >= 0 && k > at - 4; k--)
                    if (t.Span.End <= sorted[k].Span.End) { inside.Add(i); break; }
            }
            if (inside.Count == 0) continue;
            mentions ??= TimeGrammar.Find(document.Text);
            var source = $"said on {said:yyyy-MM-dd} (the quote's attribution)";
            var again = TimeResolver.Resolve(document, mentions, new ReferenceDate(said, said, source));
            var byStart = new Dictionary<(int, int), (TimeExpression Value, TimeMention Mention)>();
            for (int k = 0; k < again.Count; k++) byStart[(again[k].Span.Start, again[k].Span.End)] = (again[k], mentions[k]);
            foreach (var i in inside)
            {
                var t = document.Times[i];
                if (!byStart.TryGetValue((t.Span.Start, t.Span.End), out var r) || !IsDeictic(r.Mention)) continue;
                if (r.Value.Value == t.Value || r.Value.Value.Contains('X')) continue;
                document.Times[i] = r.Value with { Explain = $"{r.Value.Explain}; inside a quote said on {said:yyyy-MM-dd}, resolved against that day" };
            }
        }
    }

    /// <summary>Expressions whose value moves with the speaker's day: today/tomorrow, weekdays, last/next units, parts of
    /// the current unit, "ago", and dates written without a year.</summary>
    private static bool IsDeictic(TimeMention m) => m.Kind switch
    {
        TimeKind.RelativeDay or TimeKind.Weekday or TimeKind.RelativeUnit or TimeKind.PartOfUnit or TimeKind.Ago => true,
        TimeKind.Calendar => m.Year == null && m.Month != null,
        _ => false,
    };
}
