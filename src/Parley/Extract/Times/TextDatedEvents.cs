using Parley.Extract.Entities;
using Parley.Knowledge;

namespace Parley.Extract.Times;

/// <summary>
/// Events the article dates itself: a sentence with a full or month-day date ("talks held at the Ciragan Palace in
/// Istanbul on November 5") and another sentence that refers to the same happening with a relative time ("the exchange
/// agreed in Istanbul last week"). The two are taken for one event when they share an event type word and a name (a
/// place or an actor written with a capital); the relative time then places publication just as a known event would
/// (<see cref="EventDating"/>). A date written without a year takes each year the other clues still allow (at most
/// two). The constraint only narrows (the weakest strength): a wrong pairing cannot override a firmer clue.
/// </summary>
public static class TextDatedEvents
{
    private const int MaxYears = 2;

    public static void Add(TextScan body, EventReferenceFinder finder, DaySet sofar, IReadOnlySet<TimeMention> taken,
        KnowledgeBase kb, List<DateConstraint> constraints)
    {
        var dated = body.Mentions.Where(m => m.Kind == TimeKind.Calendar && m.Month != null && m.Day != null && m.Lean <= 0
                                             && m.Unit == null && m.Holiday == null && !body.InQuote[m.TokenFirst]).ToList();
        if (dated.Count == 0) return;
        var kinds = finder.KindsBySentence(body);
        var names = new Dictionary<int, HashSet<string>>();
        HashSet<string> NamesOf(int sentence)
        {
            if (names.TryGetValue(sentence, out var set)) return set;
            set = new HashSet<string>(StringComparer.Ordinal);
            var (first, last) = body.SentenceRange(sentence);
            for (int k = first + 1; k <= last; k++)
            {
                var t = body.Tokens[k];
                if (!t.IsCapitalized || t.Text.Length < 3 || body.InQuote[k] || body.InMention(k)) continue;
                if (Vocabulary.TitleWords.Contains(t.Lower) || Vocabulary.IsFunctionWord(t.Lower)) continue;
                set.Add(t.Text);
            }
            return names[sentence] = set;
        }

        var years = YearsOf(sofar);
        var used = new HashSet<TimeMention>();
        foreach (var d in dated)
        {
            int ds = body.Sentence[d.TokenFirst];
            if (!kinds.TryGetValue(ds, out var dKinds)) continue;
            var dNames = NamesOf(ds);
            if (dNames.Count == 0) continue;
            var dayYears = d.Year is int y ? [y] : years;
            if (dayYears.Count == 0) continue;
            foreach (var r in body.Mentions)
            {
                if (used.Contains(r) || taken.Contains(r) || !IsRelation(r) || body.InQuote[r.TokenFirst]) continue;
                int rs = body.Sentence[r.TokenFirst];
                if (rs == ds || !kinds.TryGetValue(rs, out var rKinds) || !rKinds.Overlaps(dKinds)) continue;
                var shared = NamesOf(rs).Intersect(dNames).FirstOrDefault();
                if (shared == null) continue;
                var kind = rKinds.Intersect(dKinds).First();
                var allowed = DaySet.Empty;
                string how = "";
                foreach (var year in dayYears)
                {
                    int day = Math.Min(d.Day2 ?? d.Day!.Value, DateTime.DaysInMonth(year, d.Month!.Value));
                    var start = new DateOnly(year, d.Month!.Value, Math.Min(d.Day!.Value, day));
                    var e = new DatedEvent { Id = "text", Name = kind, Start = start, End = new DateOnly(year, d.Month!.Value, day) };
                    var reference = new EventReference
                    {
                        Scan = body, First = r.TokenFirst, Last = r.TokenNext - 1, Candidates = [(e, 0)], Rule = "text-dated", Time = r,
                        Tense = EventTense.Past,
                    };
                    if (EventDating.Allowed(reference, e, kb, out how) is { IsEmpty: false } days) allowed = allowed.Union(days);
                }
                if (allowed.IsEmpty) continue;
                used.Add(r);
                constraints.Add(new DateConstraint(allowed, 1,
                    $"body \"{body.Text[r.Start..r.End]}\" and \"{body.Text[d.Start..d.End]}\" date the same {kind} (both with \"{shared}\"), {how}"));
                break;
            }
        }
    }

    /// <summary>The years a date written without one may take: those the other clues leave, when they leave few.</summary>
    private static List<int> YearsOf(DaySet sofar)
    {
        if (sofar.IsEmpty || sofar.OpenBelow || sofar.OpenAbove) return [];
        int a = sofar.Min!.Value.Year, b = sofar.Max!.Value.Year;
        return b - a + 1 > MaxYears ? [] : Enumerable.Range(a, b - a + 1).ToList();
    }

    private static bool IsRelation(TimeMention m) => m.Kind switch
    {
        TimeKind.RelativeUnit or TimeKind.Weekday or TimeKind.RelativeDay or TimeKind.Ago => true,
        _ => false,
    };
}
