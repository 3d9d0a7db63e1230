using System.Globalization;
using Parley.Documents;
using Parley.Knowledge;

namespace Parley.Extract.Times;

/// <summary>
/// Turns <see cref="TimeMention"/>s into TIMEX3-style values (the conventions of ../shared/gold/SCHEMA.md): dates
/// YYYY-MM-DD, months YYYY-MM, years YYYY, ISO weeks YYYY-Www, ranges a..b, durations P3D / PT1H / PXW, sets written as
/// their period, PRESENT_REF / PAST_REF / FUTURE_REF. Two passes: expressions that need only the reference date first,
/// then those that point at another expression of the text (offsets, "the same day", clock times).
/// Every value's explain names the rule and the anchor it was resolved against.
/// </summary>
public static class TimeResolver
{
    private sealed class Resolved
    {
        public required TimeMention M;
        public string Type = "DATE";
        public string? Value;
        public string[]? Range;
        public string Explain = "";
        /// <summary>The single day it denotes, when it denotes one (anchor for later "the same day", "three days later").</summary>
        public DateOnly? Day;
    }

    /// <param name="yearOnly">The publication year when no day reference is known but the year is (a copyright line):
    /// expressions that need only the year ("this year", "in May", "July last year") still resolve.</param>
    /// <param name="events">offsets that count from a known dated event rather than from a date of the text</param>
    public static List<TimeExpression> Resolve(Document doc, List<TimeMention> mentions, ReferenceDate? reference, int? yearOnly = null,
        IReadOnlyDictionary<TimeMention, DatedEvent>? events = null)
    {
        var res = mentions.Select(m => new Resolved { M = m }).ToList();
        foreach (var r in res)
            if (r.M.Kind is not (TimeKind.Offset or TimeKind.Anaphor or TimeKind.ClockTime))
            {
                ResolveDirect(r, reference);
                if (reference == null && yearOnly is int y) ResolveByYear(r, y);
            }
        // one forward pass keeps the latest dated expressions, so anchoring stays linear in the number of expressions
        var firstDayOfSentence = new Dictionary<int, Resolved>();
        foreach (var r in res)
            if (r.Day != null) firstDayOfSentence.TryAdd(r.M.Sentence, r);
        var state = new AnchorState();
        for (int k = 0; k < res.Count; k++)
        {
            var r = res[k];
            if (r.M.Kind is TimeKind.Offset or TimeKind.Anaphor or TimeKind.ClockTime)
            {
                var sameSentence = state.LastDay != null && state.LastDay.M.Sentence == r.M.Sentence ? state.LastDay
                    : firstDayOfSentence.TryGetValue(r.M.Sentence, out var f) && f.M.Start > r.M.Start ? f : null;
                if (events == null || !events.TryGetValue(r.M, out var ev) || !ResolveFromEvent(r, ev))
                    ResolveAnchored(r, state.LastDay, state.LastAny, sameSentence, reference);
            }
            if (r.Day != null) state.LastDay = r;
            if (r.Value != null && r.M.Kind is TimeKind.Calendar or TimeKind.Weekday or TimeKind.RelativeDay
                    or TimeKind.RelativeUnit or TimeKind.Ago or TimeKind.Offset && !r.Value.StartsWith('X'))
                state.LastAny = r;
        }
        return res.Select(r => new TimeExpression(doc.SpanOf(r.M.Start, r.M.End), r.Type, r.Value ?? "XXXX-XX-XX", r.Range, r.Explain)).ToList();
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string IsoMonth(int y, int m) => $"{y:0000}-{m:00}";
    private static string IsoWeek(DateOnly d) => $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)):0000}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):00}";
    private static int IsoDay(DayOfWeek w) => w == DayOfWeek.Sunday ? 7 : (int)w;

    private static void Set(Resolved r, string value, string explain, DateOnly? day = null, string type = "DATE")
    {
        r.Value = value; r.Explain = explain; r.Day = day; r.Type = type;
        int dots = value.IndexOf("..", StringComparison.Ordinal);
        if (dots > 0) r.Range = [value[..dots], value[(dots + 2)..]];
    }

    // ------------------------------------------------------------------ pass 1

    private static void ResolveDirect(Resolved r, ReferenceDate? reference)
    {
        var m = r.M;
        string anchor = reference?.Source ?? "no reference date";
        switch (m.Kind)
        {
            case TimeKind.Calendar: Calendar(r, reference); break;
            case TimeKind.Weekday: Weekday(r, reference); break;
            case TimeKind.RelativeDay:
                if (reference is { } rd)
                {
                    var d = rd.Day.AddDays(m.Shift);
                    Set(r, Iso(d), $"rule={m.Rule}: reference day {Sign(m.Shift)} day(s); anchor={anchor}", d);
                }
                else Set(r, "XXXX-XX-XX", $"rule={m.Rule}: relative day, unresolved (no reference date)");
                break;
            case TimeKind.RelativeUnit: RelativeUnit(r, reference); break;
            case TimeKind.PartOfUnit: PartOfUnit(r, reference); break;
            case TimeKind.Duration:
                Set(r, Period(m.Unit!, m.Amount), $"rule={m.Rule}: duration of {Amount(m.Amount)} {m.Unit}; anchor=none needed", type: "DURATION");
                break;
            case TimeKind.Set:
                // "every few months" keeps its unspecified amount (PXM); "every month" is one
                Set(r, Period(m.Unit!, m.Rule == "every-amount-units" ? m.Amount : m.Amount ?? 1), $"rule={m.Rule}: recurrence written as its period; anchor=none needed", type: "SET");
                break;
            case TimeKind.Reference:
                Set(r, m.Fixed!, $"rule={m.Rule}: {m.Fixed}; anchor=none needed");
                break;
            case TimeKind.Ago: Ago(r, reference); break;
        }
    }

    /// <summary>With only the publication year known: years relative to it, and months without a year (taken as that year).</summary>
    private static void ResolveByYear(Resolved r, int year)
    {
        var m = r.M;
        string a = $"publication year {year} (range too wide for a day)";
        if (m.Kind == TimeKind.RelativeUnit && m.Unit == "Y")
            Set(r, $"{year + m.Shift:0000}", $"rule={m.Rule}: year of reference {Sign(m.Shift)}; anchor={a}");
        else if (m.Kind == TimeKind.Calendar && m.Year == null && m.Month is int mo && m.Edge != "shift")
        {
            int y = year + (m.YearShift ?? 0);
            string v = m.Day is int d ? $"{y:0000}-{mo:00}-{d:00}" : $"{y:0000}-{mo:00}";
            Set(r, v, $"rule={m.Rule}: {(m.YearShift != null ? "year relative to" : "taken in")} the publication year; anchor={a}");
        }
    }

    private static string Sign(int n) => n >= 0 ? "+" + n : n.ToString(CultureInfo.InvariantCulture);
    private static string Amount(double? a) => a is { } v ? v.ToString(CultureInfo.InvariantCulture) : "X";

    /// <summary>ISO 8601 period: P3D, P2.5Y, PT1H, PT30M; an unspecified amount is X (PXW, PTXH).</summary>
    public static string Period(string unit, double? amount)
    {
        string n = amount is { } a ? a.ToString("0.##", CultureInfo.InvariantCulture) : "X";
        return unit switch
        {
            "H" => $"PT{n}H", "MIN" => $"PT{n}M", "S" => $"PT{n}S",
            "WE" => $"P{n}WE", "Q" => $"P{n}Q",
            _ => $"P{n}{unit}",
        };
    }

    private static void Calendar(Resolved r, ReferenceDate? reference)
    {
        var m = r.M;
        string anchor = reference?.Source ?? "no reference date";
        if (m.Holiday != null && m.Month == null) { MovableHoliday(r, reference); return; }
        if (m.Month == null && m.Day is int dom) { DayOfMonth(r, dom, reference); return; }
        int? year = m.Year;
        string how;
        if (year != null) how = "year written";
        else if (m.Edge == "shift" && m.Month is int sm && reference is { } rs)
        {
            // "last October": the latest October before this month; "next June": the first June after it
            int y = rs.Day.Year;
            if (m.Shift < 0) { if (sm >= rs.Day.Month) y--; }
            else if (m.Shift > 0) { if (sm <= rs.Day.Month) y++; }
            year = y;
            how = $"'{(m.Shift < 0 ? "last" : m.Shift > 0 ? "next" : "this")}' month from reference";
        }
        else if (m.YearShift is int ys && reference is { } ry)
        {
            year = ry.Day.Year + ys;
            how = $"year {Sign(ys)} from reference";
        }
        else if (reference is { } rr && m.Month is int month)
        {
            (year, how) = ChooseYear(rr.Day, month, m.Day, m.Lean);
        }
        else how = "no year and no reference date";

        string y4 = year is int yy ? yy.ToString("0000", CultureInfo.InvariantCulture) : "XXXX";
        if (m.Unit is "Q1" or "Q2" or "Q3" or "Q4")
        {
            Set(r, $"{y4}-{m.Unit}", $"rule={m.Rule}: quarter of the year, {how}; anchor={anchor}");
            return;
        }
        if (m.Unit is "H1" or "H2")
        {
            Set(r, $"{y4}-{m.Unit}", $"rule={m.Rule}: {(m.Unit == "H1" ? "first" : "second")} half of the year, {how}; anchor={anchor}");
            return;
        }
        if (m.Unit == "W" && m.Month is int wm && m.Day is int wd && year is int wy && DateParsingValid(wy, wm, wd))
        {
            Set(r, IsoWeek(new DateOnly(wy, wm, wd)), $"rule={m.Rule}: the ISO week of {wy:0000}-{wm:00}-{wd:00}, {how}; anchor={anchor}");
            return;
        }
        if (m.Month is int mo && m.Day is int da)
        {
            if (year is int yv && !DateParsingValid(yv, mo, da)) { Set(r, $"{y4}-{mo:00}-{da:00}", $"rule={m.Rule}: invalid day; anchor={anchor}"); return; }
            DateOnly? day = year is int yd ? new DateOnly(yd, mo, da) : null;
            if (m.Day2 is int d2)
            {
                string v = $"{y4}-{mo:00}-{da:00}..{y4}-{mo:00}-{d2:00}";
                Set(r, v, $"rule={m.Rule}: day range, {how}; anchor={anchor}", year is int y2 && DateParsingValid(y2, mo, d2) ? new DateOnly(y2, mo, d2) : null);
            }
            else Set(r, $"{y4}-{mo:00}-{da:00}", $"rule={m.Rule}: {how}; anchor={anchor}", day);
            return;
        }
        if (m.Month is int mon)
        {
            if (m.Edge == "end" && year is int ye)
            {
                var last = new DateOnly(ye, mon, DateTime.DaysInMonth(ye, mon));
                Set(r, Iso(last), $"rule={m.Rule}: end of the month is its last day, {how}; anchor={anchor}", last);
                return;
            }
            Set(r, $"{y4}-{mon:00}", $"rule={m.Rule}: month{(m.Edge is { } e && e != "shift" ? $" ({e})" : "")}, {how}; anchor={anchor}");
            return;
        }
        if (year is int yo)
        {
            string v = m.Edge switch { "end" => $"{yo:0000}-12", "start" => $"{yo:0000}-01", _ => $"{yo:0000}" };
            Set(r, v, $"rule={m.Rule}: year as written; anchor=none needed");
        }
    }

    /// <summary>Northern-hemisphere seasons by meteorological months; a winter is named by the year it begins in (its December).</summary>
    private static (DateOnly Start, DateOnly End) SeasonSpan(string code, int y) => code switch
    {
        "SP" => (new DateOnly(y, 3, 1), new DateOnly(y, 5, 31)),
        "SU" => (new DateOnly(y, 6, 1), new DateOnly(y, 8, 31)),
        "FA" => (new DateOnly(y, 9, 1), new DateOnly(y, 11, 30)),
        _ => (new DateOnly(y, 12, 1), new DateOnly(y + 1, 2, DateTime.DaysInMonth(y + 1, 2))),
    };

    /// <summary>"on the 15th": that day of the reference month; a future cue takes the next such day, a past one or none
    /// the last.</summary>
    private static void DayOfMonth(Resolved r, int dom, ReferenceDate? reference)
    {
        var m = r.M;
        if (reference is not { } rd) { Set(r, $"XXXX-XX-{dom:00}", $"rule={m.Rule}: day of an unnamed month, unresolved (no reference date)"); return; }
        var month = new DateOnly(rd.Day.Year, rd.Day.Month, 1);
        if (m.Lean > 0 && dom < rd.Day.Day) month = month.AddMonths(1);
        else if (m.Lean <= 0 && dom > rd.Day.Day) month = month.AddMonths(-1);
        if (dom > DateTime.DaysInMonth(month.Year, month.Month)) { Set(r, $"{month.Year:0000}-{month.Month:00}-{dom:00}", $"rule={m.Rule}: invalid day"); return; }
        var d = new DateOnly(month.Year, month.Month, dom);
        Set(r, Iso(d), $"rule={m.Rule}: day {dom} of the {(m.Lean > 0 ? "reference or next" : "reference or last")} month; anchor={rd.Source}", d);
    }

    /// <summary>Easter, Orthodox Easter and Thanksgiving: the day in the written year, else the occurrence the clause's
    /// tense points to (past-leaning without a cue, like a date written without a year).</summary>
    private static void MovableHoliday(Resolved r, ReferenceDate? reference)
    {
        var m = r.M;
        string anchor = reference?.Source ?? "no reference date";
        string how;
        DateOnly day;
        if (m.Year is int y) { day = HolidayIn(m.Holiday!, y); how = "year written"; }
        else if (reference is { } rd && m.YearShift is int ys) { day = HolidayIn(m.Holiday!, rd.Day.Year + ys); how = $"year {Sign(ys)} from reference"; }
        else if (reference is { } rr)
        {
            day = HolidayIn(m.Holiday!, rr.Day.Year);
            if (m.Lean > 0 && day < rr.Day) { day = HolidayIn(m.Holiday!, rr.Day.Year + 1); how = "future cue in clause → next occurrence"; }
            else if (m.Lean <= 0 && day > rr.Day) { day = HolidayIn(m.Holiday!, rr.Day.Year - 1); how = m.Lean < 0 ? "past cue in clause → last occurrence" : "no tense cue, past-leaning → last occurrence"; }
            else how = m.Lean > 0 ? "future cue in clause → next occurrence" : "the reference year's, already past";
        }
        else { Set(r, "XXXX-XX-XX", $"rule={m.Rule}: {m.Holiday} without a year, unresolved (no reference date)"); return; }
        Set(r, Iso(day), $"rule={m.Rule}: {m.Holiday} {day.Year}, {how}; anchor={anchor}", day);
    }

    private static DateOnly HolidayIn(string key, int year) => key switch
    {
        "easter" => WesternEaster(year),
        "orthodox-easter" => OrthodoxEaster(year),
        _ => FourthThursdayOfNovember(year),
    };

    /// <summary>Gregorian Easter Sunday (the anonymous Gregorian computus).</summary>
    public static DateOnly WesternEaster(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int mm = (a + 11 * h + 22 * l) / 451, n = h + l - 7 * mm + 114;
        return new DateOnly(y, n / 31, n % 31 + 1);
    }

    /// <summary>Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar.</summary>
    public static DateOnly OrthodoxEaster(int y)
    {
        int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7, n = d + e + 114;
        // Julian to Gregorian: 13 days in 1900-2099, one day more each century not divisible by 400 after 1582
        int shift = y / 100 - y / 400 - 2;
        return new DateOnly(y, n / 31, n % 31 + 1).AddDays(shift);
    }

    private static DateOnly FourthThursdayOfNovember(int y)
    {
        var first = new DateOnly(y, 11, 1);
        int toThursday = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toThursday + 21);
    }

    private static bool DateParsingValid(int y, int m, int d) => y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    /// <summary>
    /// The year of a month (and day) written without one. A future cue in the clause ("will", "due to", "by") takes the
    /// next occurrence, a past cue ("since", "was", "-ed") the last one; with no cue news leans to the past: the last
    /// occurrence unless the next is more than twice as close ("on January 20" in December is next month).
    /// </summary>
    public static (int Year, string How) ChooseYear(DateOnly reference, int month, int? day, int lean)
    {
        int y = reference.Year;
        int d = day ?? 1;
        DateOnly Make(int year) => new(year, month, Math.Min(d, DateTime.DaysInMonth(year, month)));
        bool monthOnly = day == null;
        // same month (month only) or same day: this year
        if (monthOnly && month == reference.Month) return (y, "same month as reference");
        var thisYear = Make(y);
        if (!monthOnly && thisYear == reference) return (y, "same day as reference");
        DateOnly past, future;
        if (monthOnly ? month < reference.Month : thisYear < reference) { past = thisYear; future = Make(y + 1); }
        else { past = Make(y - 1); future = thisYear; }
        int pastDist, futureDist;
        if (monthOnly)
        {
            pastDist = (reference.Year - past.Year) * 12 + reference.Month - past.Month;
            futureDist = (future.Year - reference.Year) * 12 + future.Month - reference.Month;
        }
        else
        {
            pastDist = reference.DayNumber - past.DayNumber;
            futureDist = future.DayNumber - reference.DayNumber;
        }
        if (lean > 0) return (future.Year, "future cue in clause → next occurrence");
        // a past verb in the clause ("announced an event on October 12") dates the telling, not always the event: a day
        // less than two weeks ahead wins over one half a year back
        if (lean < 0 && !(day != null && futureDist <= 14 && pastDist >= 180)) return (past.Year, "past cue in clause → last occurrence");
        if (lean < 0) return (future.Year, "past cue, but the next occurrence is days ahead and the last one half a year back");
        return futureDist * 2 < pastDist
            ? (future.Year, "no tense cue, next occurrence much nearer")
            : (past.Year, "no tense cue, past-leaning → last occurrence");
    }

    private static void Weekday(Resolved r, ReferenceDate? reference)
    {
        var m = r.M;
        var wd = m.Weekday!.Value;
        if (reference is not { } rd)
        {
            Set(r, $"XXXX-WXX-{IsoDay(wd)}", $"rule={m.Rule}: weekday, unresolved (no reference date)");
            return;
        }
        var refDay = rd.Day;
        int back = ((int)refDay.DayOfWeek - (int)wd + 7) % 7;   // days back to the weekday on or before
        int fwd = ((int)wd - (int)refDay.DayOfWeek + 7) % 7;    // days forward to the weekday on or after
        DateOnly d;
        string how;
        switch (m.Shift)
        {
            case -1: d = refDay.AddDays(back == 0 ? -7 : -back); how = "'last': latest such day before the reference"; break;
            case 1: d = refDay.AddDays(fwd == 0 ? 7 : fwd); how = "'next': first such day after the reference"; break;
            case 2:
                if (m.Lean < 0) { d = refDay.AddDays(-back); how = "'this' with past cue: on or before the reference"; }
                else { d = refDay.AddDays(fwd); how = "'this': on or after the reference"; }
                break;
            default:
                if (m.Lean > 0) { d = refDay.AddDays(fwd == 0 ? 7 : fwd); how = "future cue in clause: first such day after the reference"; }
                else { d = refDay.AddDays(-back); how = "past-leaning: latest such day on or before the reference"; }
                break;
        }
        Set(r, Iso(d), $"rule={m.Rule}: {how}; anchor={rd.Source}", d);
    }

    private static void RelativeUnit(Resolved r, ReferenceDate? reference)
    {
        var m = r.M;
        if (reference is not { } rd)
        {
            Set(r, m.Unit switch { "W" or "WE" => "XXXX-WXX", "M" => "XXXX-XX", _ => "XXXX" }, $"rule={m.Rule}: relative unit, unresolved (no reference date)");
            return;
        }
        var day = rd.Day;
        string a = rd.Source;
        switch (m.Unit)
        {
            case "W":
            {
                var d = day.AddDays(7 * m.Shift);
                if (m.Edge == "end") { var sun = d.AddDays(7 - IsoDay(d.DayOfWeek)); Set(r, Iso(sun), $"rule={m.Rule}: end of the week is its Sunday; anchor={a}", sun); return; }
                Set(r, IsoWeek(d), $"rule={m.Rule}: ISO week of reference {Sign(7 * m.Shift)} days; anchor={a}");
                return;
            }
            case "M":
            {
                var d = day.AddMonths(m.Shift);
                if (m.Edge == "end") { var last = new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)); Set(r, Iso(last), $"rule={m.Rule}: end of the month is its last day; anchor={a}", last); return; }
                Set(r, IsoMonth(d.Year, d.Month), $"rule={m.Rule}: month of reference {Sign(m.Shift)}; anchor={a}");
                return;
            }
            case "Y":
            {
                int y = day.Year + m.Shift;
                string v = m.Edge switch { "end" => $"{y:0000}-12", "start" => $"{y:0000}-01", _ => $"{y:0000}" };
                Set(r, v, $"rule={m.Rule}: year of reference {Sign(m.Shift)}; anchor={a}");
                return;
            }
            case "Q":
            {
                var d = day.AddMonths(3 * m.Shift);
                Set(r, $"{d.Year:0000}-Q{(d.Month - 1) / 3 + 1}", $"rule={m.Rule}: quarter of reference {Sign(m.Shift)}; anchor={a}");
                return;
            }
            case "WI" or "SP" or "SU" or "FA":
            {
                // "last summer": the latest one over before the reference; "next spring": the first one ahead of it; a bare
                // season in a past clause ("in the autumn ... ended"): the latest one begun; in a future clause: the
                // current or next one; otherwise the reference year's
                int? pick = null;
                string how = "season of the reference year";
                for (int y = day.Year + 2; y >= day.Year - 2 && m.Shift <= 0; y--)
                {
                    var (ss, se) = SeasonSpan(m.Unit!, y);
                    if (m.Shift < 0 && se < day) { pick = y; how = "the latest such season over before the reference"; break; }
                    if (m.Shift == 0 && m.Lean < 0 && ss <= day) { pick = y; how = "past cue in clause: the latest such season begun"; break; }
                }
                for (int y = day.Year - 2; y <= day.Year + 2 && pick == null && (m.Shift > 0 || m.Lean > 0); y++)
                {
                    var (ss, se) = SeasonSpan(m.Unit!, y);
                    if (m.Shift > 0 && ss > day) { pick = y; how = "the first such season ahead of the reference"; break; }
                    if (m.Shift == 0 && m.Lean > 0 && se >= day) { pick = y; how = "future cue in clause: the current or next such season"; break; }
                }
                Set(r, $"{pick ?? day.Year + m.Shift:0000}-{m.Unit}", $"rule={m.Rule}: {how}; anchor={a}");
                return;
            }
            case "WE":
            {
                var monday = day.AddDays(1 - IsoDay(day.DayOfWeek));
                DateOnly sat;
                string how;
                if (m.Shift < 0) { sat = monday.AddDays(-2); how = "'last weekend': the one before this week"; }
                else if (m.Shift > 0) { sat = monday.AddDays(12); how = "'next weekend': the one after this week"; }
                else if (IsoDay(day.DayOfWeek) >= 6) { sat = monday.AddDays(5); how = "reference falls on a weekend: that weekend"; }
                else if (m.Lean > 0) { sat = monday.AddDays(5); how = "future cue: the coming weekend"; }
                else { sat = monday.AddDays(-2); how = "past-leaning: the weekend just gone"; }
                Set(r, $"{Iso(sat)}..{Iso(sat.AddDays(1))}", $"rule={m.Rule}: {how}; anchor={a}");
                return;
            }
        }
    }

    private static void PartOfUnit(Resolved r, ReferenceDate? reference)
    {
        var m = r.M;
        if (reference is not { } rd)
        {
            Set(r, m.Edge == "later" ? "FUTURE_REF" : "PAST_REF", $"rule={m.Rule}: part of a unit, unresolved (no reference date)");
            return;
        }
        var day = rd.Day;
        bool earlier = m.Edge == "earlier";
        string v = m.Unit switch
        {
            // gold convention: the earlier part of the year in months, the later part in days
            "Y" => earlier ? $"{day.Year:0000}-01..{IsoMonth(day.Year, day.Month)}" : $"{Iso(day)}..{day.Year:0000}-12-31",
            "M" => earlier ? $"{IsoMonth(day.Year, day.Month)}-01..{Iso(day)}" : $"{Iso(day)}..{Iso(new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month)))}",
            _ => earlier ? $"{Iso(day.AddDays(1 - IsoDay(day.DayOfWeek)))}..{Iso(day)}" : $"{Iso(day)}..{Iso(day.AddDays(7 - IsoDay(day.DayOfWeek)))}",
        };
        Set(r, v, $"rule={m.Rule}: the {(earlier ? "start of the unit up to" : "rest of the unit from")} the reference; anchor={rd.Source}");
    }

    private static void Ago(Resolved r, ReferenceDate? reference)
    {
        var m = r.M;
        if (m.Amount is not double n) { Set(r, "PAST_REF", $"rule={m.Rule}: unspecified amount back, PAST_REF; anchor=none needed"); return; }
        if (reference is not { } rd) { Set(r, "PAST_REF", $"rule={m.Rule}: amount back, unresolved (no reference date)"); return; }
        // "three days ago" counts back; "two weeks from now" forward
        int k = (int)Math.Round(n) * (m.Direction > 0 ? -1 : 1);
        string op = m.Direction > 0 ? "+" : "-";
        int a = Math.Abs(k);
        var day = rd.Day;
        switch (m.Unit)
        {
            case "D": { var d = day.AddDays(-k); Set(r, Iso(d), $"rule={m.Rule}: reference {op} {a} days; anchor={rd.Source}", d); break; }
            case "W": Set(r, IsoWeek(day.AddDays(-7 * k)), $"rule={m.Rule}: ISO week of reference {op} {a} weeks; anchor={rd.Source}"); break;
            case "M": { var d = day.AddMonths(-k); Set(r, IsoMonth(d.Year, d.Month), $"rule={m.Rule}: month of reference {op} {a}; anchor={rd.Source}"); break; }
            case "Y": Set(r, $"{day.Year - k:0000}", $"rule={m.Rule}: year of reference {op} {a}; anchor={rd.Source}"); break;
            default: Set(r, Iso(day), $"rule={m.Rule}: hours or minutes {(m.Direction > 0 ? "ahead" : "back")} fall on the reference day; anchor={rd.Source}", day); break;
        }
    }

    // ------------------------------------------------------------------ pass 2

    private sealed class AnchorState
    {
        public Resolved? LastDay;
        public Resolved? LastAny;
    }

    /// <param name="prevDay">the nearest earlier expression that names one day</param>
    /// <param name="prevAny">the nearest earlier dated expression of any grain</param>
    /// <param name="sameSentenceDay">a day named in the same sentence (the latest before it, else the first after it)</param>
    private static void ResolveAnchored(Resolved r, Resolved? prevDay, Resolved? prevAny, Resolved? sameSentenceDay, ReferenceDate? reference)
    {
        var m = r.M;

        switch (m.Kind)
        {
            case TimeKind.ClockTime:
            {
                DateOnly? day = sameSentenceDay?.Day ?? reference?.Day;
                string anchor = sameSentenceDay != null ? $"'{sameSentenceDay.M.Rule}' in the same sentence" : reference?.Source ?? "none";
                string date = day is { } d ? Iso(d) : "XXXX-XX-XX";
                string z = m.Zone is "UTC" or "Z" ? "Z" : "";
                Set(r, $"{date}T{m.Hour:00}:{m.Minute:00}{z}", $"rule={m.Rule}: clock time on the anchor day; anchor={anchor}", day, "TIME");
                break;
            }
            case TimeKind.Anaphor:
            {
                if (m.Unit == "D")
                {
                    if (prevDay?.Day is { } pd) Set(r, Iso(pd), $"rule={m.Rule}: the day of the previous dated expression '{Text(prevDay)}'", pd);
                    else if (reference is { } rd) Set(r, Iso(rd.Day), $"rule={m.Rule}: no earlier day in the text, reference day; anchor={rd.Source}", rd.Day);
                    else Set(r, "XXXX-XX-XX", $"rule={m.Rule}: unresolved (no earlier day, no reference)");
                }
                else if (prevAny != null) Set(r, prevAny.Value!, $"rule={m.Rule}: refers back to '{Text(prevAny)}'", prevAny.Day);
                else Set(r, "PAST_REF", $"rule={m.Rule}: nothing earlier to refer to, PAST_REF");
                break;
            }
            case TimeKind.Offset:
            {
                // vague amounts ("a few days earlier", "hours later") take a day named in the same sentence, else the
                // previous day of the text; counted days add to the previous day
                Resolved? anchorExpr = m.Amount == null || m.Unit is "H" or "MIN" ? sameSentenceDay ?? prevDay : prevDay;
                DateOnly? baseDay = anchorExpr?.Day;
                string anchorText = anchorExpr != null ? $"'{Text(anchorExpr)}'" : reference?.Source ?? "none";
                if (baseDay == null)
                {
                    // "Four days after X left ...": the event is not dated in the text; the narration is at the reference
                    if (reference is { } rd) Set(r, Iso(rd.Day), $"rule={m.Rule}: the event it counts from is not dated in the text, the reference day is taken; anchor={rd.Source}", rd.Day);
                    else Set(r, "XXXX-XX-XX", $"rule={m.Rule}: offset, unresolved (no anchor)");
                    break;
                }
                var b = baseDay.Value;
                if (m.Amount is double wn && m.Unit is "W" or "M" or "Y")
                {
                    // "a year earlier", "two weeks later", "the following month": that unit, counted from the anchor
                    int k = m.Direction * (int)Math.Round(wn);
                    string by = $"{Sign(k)} {m.Unit} from anchor={anchorText}";
                    switch (m.Unit)
                    {
                        case "W": Set(r, IsoWeek(b.AddDays(7 * k)), $"rule={m.Rule}: ISO week {by}"); break;
                        case "M": { var d = b.AddMonths(k); Set(r, IsoMonth(d.Year, d.Month), $"rule={m.Rule}: month {by}"); break; }
                        default: Set(r, $"{b.Year + k:0000}", $"rule={m.Rule}: year {by}"); break;
                    }
                    break;
                }
                if (m.Amount is double n && m.Unit == "D" && !(anchorExpr == sameSentenceDay && anchorExpr != null && m.Amount == null))
                {
                    var d = b.AddDays(m.Direction * (int)Math.Round(n));
                    Set(r, Iso(d), $"rule={m.Rule}: {Sign(m.Direction * (int)Math.Round(n))} days from anchor={anchorText}", d);
                }
                else Set(r, Iso(b), $"rule={m.Rule}: same day as anchor={anchorText}", b);
                break;
            }
        }
    }

    /// <summary>"days before the Bürgenstock summit" → the week before its first day; "two days after the Alaska summit" →
    /// its last day + 2; "hours before the talks" → the event's day. Other units are left to the text's anchors.</summary>
    private static bool ResolveFromEvent(Resolved r, DatedEvent ev)
    {
        var m = r.M;
        bool before = m.Direction < 0;
        var b = before ? ev.Start : ev.End;
        string of = $"{(before ? "first" : "last")} day of {ev.Name} ({Iso(ev.Start)}{(ev.Days > 1 ? ".." + Iso(ev.End) : "")}, knowledge base)";
        switch (m.Unit)
        {
            case "D" when m.Amount is double n:
            {
                var d = b.AddDays(m.Direction * (int)Math.Round(n));
                Set(r, Iso(d), $"rule={m.Rule}: {Sign(m.Direction * (int)Math.Round(n))} days from the {of}", d);
                return true;
            }
            case "D":
            {
                var (a, z) = before ? (b.AddDays(-7), b.AddDays(-1)) : (b.AddDays(1), b.AddDays(7));
                Set(r, $"{Iso(a)}..{Iso(z)}", $"rule={m.Rule}: unspecified days {(before ? "before" : "after")}, the week {(before ? "before" : "after")} the {of}");
                return true;
            }
            case "H" or "MIN":
                Set(r, Iso(b), $"rule={m.Rule}: hours {(before ? "before" : "after")} fall on the {of}", b);
                return true;
            default:
                return false;
        }
    }

    private static string Text(Resolved r) => $"{r.M.Rule}@{r.M.Start}";
}
