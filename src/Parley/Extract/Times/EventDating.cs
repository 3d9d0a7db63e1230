using System.Globalization;
using Parley.Knowledge;

namespace Parley.Extract.Times;

/// <summary>
/// What a reference to a dated event says about the publication day. The time expression in its clause decides when
/// there is one: "last week" → the ISO week after the event's; "last month"/"last year" → the next month/year;
/// "earlier this month/year" → the same unit, after the event; "later this year" → the same unit, before it; "on
/// Wednesday" → the event day that is a Wednesday, published within six days after it (before it, when pointed forward);
/// "yesterday"/"today"/"tomorrow" → a day off the event; "two weeks ago" → that far after it; "four days after" → at least
/// that long after it (exactly, when the sentence's main clause is in the present). Without one: "latest"/"last" →
/// after it and before the next event of its series; "next"/"upcoming" or a future clause → before it; "after" → after
/// it; a past or present clause → on or after its first day.
/// </summary>
public static class EventDating
{
    /// <summary>The days the reference allows if it means <paramref name="e"/>; Empty when it cannot mean it (a
    /// weekday the event never fell on); null when the reference says nothing about the time of writing.</summary>
    public static DaySet? Allowed(EventReference r, DatedEvent e, KnowledgeBase kb, out string how)
    {
        how = "";
        if (r.Tense == EventTense.Hypothetical) return null;
        var s = e.Start; var end = e.End;
        if (r.Time is { } m)
        {
            string w = $"\"{r.TimeWords}\"";
            switch (m.Kind)
            {
                case TimeKind.RelativeUnit when m.Unit == "W":
                {
                    var (ws, we) = (Monday(s), Monday(end).AddDays(6));
                    how = $"{w}: published in the week {(m.Shift < 0 ? "after" : m.Shift > 0 ? "before" : "of")} the event's";
                    return m.Shift switch
                    {
                        < 0 => DaySet.Range(ws.AddDays(7), we.AddDays(7)),
                        > 0 => DaySet.Range(ws.AddDays(-7), we.AddDays(-7)),
                        _ => Clip(DaySet.Range(ws, we), r, s, end),
                    };
                }
                case TimeKind.RelativeUnit when m.Unit == "M":
                    how = $"{w}: published in the month {(m.Shift < 0 ? "after" : m.Shift > 0 ? "before" : "of")} the event's";
                    return Clip(DaySet.Range(MonthStart(s).AddMonths(m.Shift < 0 ? 1 : m.Shift > 0 ? -1 : 0),
                        MonthStart(end).AddMonths(m.Shift < 0 ? 2 : m.Shift > 0 ? 0 : 1).AddDays(-1)), m.Shift == 0 ? r : null, s, end);
                case TimeKind.RelativeUnit when m.Unit == "Y":
                    how = $"{w}: published in the year {(m.Shift < 0 ? "after" : m.Shift > 0 ? "before" : "of")} the event's";
                    return Clip(DaySet.Range(new DateOnly(s.Year - m.Shift, 1, 1), new DateOnly(end.Year - m.Shift, 12, 31)), m.Shift == 0 ? r : null, s, end);
                case TimeKind.PartOfUnit when m.Unit is "W" or "M" or "Y":
                {
                    var (us, ue) = m.Unit switch
                    {
                        "W" => (Monday(s), Monday(end).AddDays(6)),
                        "M" => (MonthStart(s), MonthStart(end).AddMonths(1).AddDays(-1)),
                        _ => (new DateOnly(s.Year, 1, 1), new DateOnly(end.Year, 12, 31)),
                    };
                    bool later = m.Edge is "later" or "late" || m.Lean > 0;
                    how = $"{w}: published in the same {UnitName(m.Unit)}, {(later ? "before" : "after")} the event";
                    return later ? DaySet.Range(us, s) : DaySet.Range(end, ue);
                }
                case TimeKind.Weekday when m.Weekday is { } dow:
                {
                    var days = new List<(DateOnly, DateOnly)>();
                    for (var d = s; d <= end; d = d.AddDays(1))
                    {
                        if (d.DayOfWeek != dow) continue;
                        if (m.Shift < 0) days.Add((d.AddDays(1), d.AddDays(13)));
                        else if (m.Shift > 0 || m.Lean > 0 || r.Tense == EventTense.Future) days.Add((d.AddDays(m.Shift > 0 ? -13 : -6), d));
                        else days.Add((d, d.AddDays(6)));
                    }
                    how = $"{w}: the event's {dow} is {(days.Count > 0 ? "within the six days before publication" : "impossible")}";
                    if (m.Shift > 0 || m.Lean > 0) how = $"{w}: the event's {dow} is still ahead";
                    return DaySet.Of(days);
                }
                case TimeKind.RelativeDay:
                {
                    int shift = m.Shift;
                    how = $"{w}: published {(shift < 0 ? -shift + " day(s) after" : shift > 0 ? shift + " day(s) before" : "on the day of")} the event";
                    return DaySet.Range(s.AddDays(-shift), end.AddDays(-shift));
                }
                case TimeKind.Ago when m.Amount is double n && UnitDays(m.Unit) is (int per, int tol):
                {
                    // "two weeks ago" → about that long after the event; "in two weeks' time" → that long before it
                    int back = (int)Math.Round(n * per) * (m.Direction > 0 ? -1 : 1);
                    how = $"{w}: published about that long {(m.Direction > 0 ? "before" : "after")} the event";
                    return DaySet.Range(s.AddDays(back - tol), end.AddDays(back + tol));
                }
                case TimeKind.Offset when m.Direction > 0 && m.Amount is double n && UnitDays(m.Unit) is (int per, int tol) && m.TokenNext <= r.Last + 1:
                {
                    int after = (int)Math.Round(n * per);
                    if (r.PresentMainClause)
                    {
                        how = $"{w} with the main clause in the present: published that long after the event";
                        return DaySet.Range(end.AddDays(after - tol), end.AddDays(after + tol));
                    }
                    how = $"{w}: published at least that long after the event";
                    return DaySet.From(end.AddDays(after - tol));
                }
                case TimeKind.Calendar when m.YearShift is int ys && (m.Month == null || (s.Month <= m.Month && m.Month <= end.Month)):
                    how = $"{w}: the event's year is {(-ys)} year(s) before publication";
                    return DaySet.Range(new DateOnly(s.Year - ys, 1, 1), new DateOnly(end.Year - ys, 12, 31));
            }
        }
        if (r.Latest && r.Tense != EventTense.Future)
        {
            var next = e.Series == null ? null : kb.DatedEvents.FirstOrDefault(x => x.Series == e.Series && x.Start > end);
            how = next == null ? "\"latest\": published after the event" : $"\"latest\": published after the event and before the next of its series ({next.Start:yyyy-MM-dd})";
            return next == null ? DaySet.From(end) : DaySet.Range(end, next.Start.AddDays(-1));
        }
        if (r.Before || r.Tense == EventTense.Future)
        {
            how = "a future reference: published before the event";
            return DaySet.Until(s);
        }
        if (r.After)
        {
            how = "\"after\" the event: published after it";
            return DaySet.From(end);
        }
        if (r.Tense is EventTense.Past or EventTense.Present)
        {
            how = $"mentioned in the {(r.Tense == EventTense.Past ? "past" : "present")} tense: published on or after it began";
            return DaySet.From(s);
        }
        return null;
    }

    /// <summary>"this week's summit": past tense keeps the days after the event, future the days before it.</summary>
    private static DaySet Clip(DaySet unit, EventReference? r, DateOnly s, DateOnly end) =>
        r == null ? unit : r.Tense == EventTense.Future ? unit.Intersect(DaySet.Until(s)) : r.Tense == EventTense.Past ? unit.Intersect(DaySet.From(s)) : unit;

    private static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
    private static DateOnly MonthStart(DateOnly d) => new(d.Year, d.Month, 1);
    private static string UnitName(string? u) => u switch { "W" => "week", "M" => "month", _ => "year" };

    /// <summary>Days per unit and the slack an amount of that unit carries ("two weeks ago" is 11 to 17 days).</summary>
    private static (int Per, int Tol)? UnitDays(string? unit) => unit switch
    {
        "D" => (1, 0), "W" => (7, 3), "M" => (30, 15), "Y" => (365, 182), _ => null,
    };

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Show(DatedEvent e) => e.Days == 1 ? $"{e.Name} ({Iso(e.Start)})" : $"{e.Name} ({Iso(e.Start)}..{Iso(e.End)})";
}
