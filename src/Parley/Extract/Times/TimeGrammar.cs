using Parley.Extract.Quantities;

namespace Parley.Extract.Times;

/// <summary>
/// Finds time expressions in text with hand-written matchers over <see cref="WordLexer"/> tokens. At each token the
/// matchers are tried in a fixed order (most specific first); the first that matches consumes its tokens. Every matcher
/// looks ahead a bounded number of tokens, so the scan is linear in the text length.
/// Spans follow the gold convention: the preposition before a date is left out ("on Sunday" → "Sunday"), modifiers of
/// amounts are kept ("more than two months"), fixed phrases keep their words ("in the future").
/// </summary>
public sealed partial class TimeGrammar
{
    private readonly List<LexToken> _t;
    private readonly int[] _sentence;
    private readonly int[] _sentenceStart;

    private readonly record struct Match(TimeMention Mention, int Next);

    private TimeGrammar(List<LexToken> tokens)
    {
        _t = tokens;
        _sentence = new int[tokens.Count];
        _sentenceStart = new int[tokens.Count];
        int s = 0, start = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && (tokens[i].LineBreakBefore || WordLexer.IsSentenceEnd(tokens, i - 1))) { s++; start = i; }
            _sentence[i] = s;
            _sentenceStart[i] = start;
        }
    }

    /// <summary>All time expressions in <paramref name="text"/>, in text order, non-overlapping.</summary>
    public static List<TimeMention> Find(string text) => Find(WordLexer.Scan(text));

    public static List<TimeMention> Find(List<LexToken> tokens)
    {
        var g = new TimeGrammar(tokens);
        var found = new List<TimeMention>();
        int i = 0;
        while (i < tokens.Count)
        {
            var m = g.TryAt(i);
            if (m is { } match)
            {
                match.Mention.Sentence = g._sentence[i];
                match.Mention.TokenFirst = i;
                match.Mention.TokenNext = match.Next;
                found.Add(match.Mention);
                i = Math.Max(match.Next, i + 1);
            }
            else i++;
        }
        ShareYears(found, tokens);
        return found;
    }

    // ---------------------------------------------------------------- helpers

    private LexToken? Tok(int i) => i >= 0 && i < _t.Count ? _t[i] : null;
    private string L(int i) => i >= 0 && i < _t.Count ? _t[i].Lower : "";
    private bool IsText(int i, string text) => i >= 0 && i < _t.Count && _t[i].Text == text;
    private bool Adj(int i) => WordLexer.Adjacent(_t, i);
    private bool SameSentence(int a, int b) => a >= 0 && b < _t.Count && _sentence[a] == _sentence[b];

    private TimeMention New(TimeKind kind, string rule, int first, int next) =>
        new() { Kind = kind, Rule = rule, Start = _t[first].Start, End = _t[next - 1].End };

    /// <summary>
    /// The tense lean of the clause before token <paramref name="i"/>: the nearest cue word within ten tokens (stopping
    /// at a comma or the sentence start) decides. "by" right before a date is a deadline, so future.
    /// </summary>
    private int LeanBefore(int i)
    {
        if (L(i - 1) == "by") return 1;
        if (L(i - 1) is "since" or "from") return -1;
        int stop = Math.Max(_sentenceStart[Math.Min(i, _t.Count - 1)], i - 10);
        for (int k = i - 1; k >= stop; k--)
        {
            var tok = _t[k];
            if (tok.IsPunct && tok.Text is "," or ";" or ":" or "(" or "—" or "–") break;
            if (!tok.IsWord) continue;
            var w = tok.Lower;
            if (w == "set") { if (L(k + 1) == "to") return 1; continue; }
            // future in the past ("was due to", "were expected to", "was going to") looks back from now
            if (TimeLexicon.IsFutureCue(w)) return L(k - 1) is "was" or "were" or "had" ? -1 : 1;
            // a participle after "be" is passive ("will be held", "would be deployed"): the modal before it decides
            bool participle = TimeLexicon.IsPastCue(w) || (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal));
            if (participle && L(k - 1) is "be" or "been" or "being" or "to") continue;
            if (participle) return -1;
        }
        return 0;
    }

    private static bool IsOrdinalSuffix(string lower) => lower is "st" or "nd" or "rd" or "th";

    /// <summary>A day of month at token i ("16", "2nd"); returns the index after it.</summary>
    private int? DayAt(int i, out int day)
    {
        day = 0;
        if (Tok(i) is not { IsNumber: true } t || t.Text.Length > 2 || !int.TryParse(t.Text, out day) || day < 1 || day > 31) return null;
        int next = i + 1;
        if (Tok(next) is { IsWord: true } s && IsOrdinalSuffix(s.Lower) && Adj(next)) next++;
        return next;
    }

    private int? YearAt(int i, out int year)
    {
        year = 0;
        if (Tok(i) is not { IsNumber: true } t || t.Text.Length != 4 || !int.TryParse(t.Text, out year) || year < 1800 || year > 2199) return null;
        if (Tok(i + 1) is { } n && Adj(i + 1) && (n.IsWord || n.Text is "%" )) return null;   // "2014s", "2000%"
        return i + 1;
    }

    /// <summary>A month name at i, with its abbreviation dot; "May" only where it cannot be the modal verb.</summary>
    private int? MonthAt(int i, out int month, bool strictMay = true)
    {
        month = 0;
        if (Tok(i) is not { } t || TimeLexicon.Month(t) is not int m) return null;
        int next = i + 1;
        if (TimeLexicon.IsAbbreviatedMonth(t) && IsText(next, ".") && Adj(next)) next++;
        if (t.Text == "May" && strictMay)
        {
            // "May" is a month after a time preposition or before a day number or year; otherwise the modal verb
            bool before = L(i - 1) is "in" or "since" or "by" or "until" or "from" or "of" or "last" or "next" or "this"
                or "early" or "late" or "mid" or "through" or "before" or "after" or "during" or "and" or "to" or "till" or "-";
            bool after = Tok(next) is { IsNumber: true };
            if (!before && !after) return null;
        }
        month = m;
        return next;
    }

    // ---------------------------------------------------------------- dispatch

    private Match? TryAt(int i)
    {
        var t = _t[i];
        if (t.IsPunct) return null;
        return TryVagueSpan(i) ?? TryModified(i) ?? TryClock(i) ?? TryNoon(i) ?? TryWeekday(i) ?? TryHalf(i) ?? TryQuarter(i) ?? TryWeekOf(i) ?? TryHoliday(i)
               ?? TryDecade(i) ?? TryDayOfMonth(i) ?? TryFollowingUnit(i) ?? TryNumericDate(i) ?? TryCalendar(i)
               ?? TryRelativeDay(i) ?? TryRelativeUnit(i) ?? TryReference(i) ?? TryAmount(i) ?? TrySet(i) ?? TryAnaphor(i) ?? TrySeason(i);
    }

    /// <summary>"winter", "this autumn", "last summer": TIMEX3 seasons (YYYY-WI, -SP, -SU, -FA) of the reference year.</summary>
    private Match? TrySeason(int i)
    {
        int j = i, shift = 0;
        if (L(j) is "last" or "next" or "this" or "the" && Season(j + 1) != null)
        {
            shift = L(j) switch { "last" => -1, "next" => 1, _ => 0 };
            j++;
        }
        if (Season(j) is not { } code) return null;
        // "Arab Spring", "Winter Olympics": a capitalized season inside a name
        if (_t[j].IsCapitalized && !IsSentenceStart(j)) return null;
        var m = New(TimeKind.RelativeUnit, "season", i, j + 1);
        m.Unit = code; m.Shift = shift;
        // "the previous round, in the autumn, ended ..." / "talks will resume in the spring": a season named as the time
        // of something takes the occurrence the clause's tense points to; "before winter", "until the spring" look ahead;
        // a season as a modifier ("a winter truce") or "this winter" keeps the reference year's
        string prep = L(i - 1) == "of" && L(i - 2) == "ahead" ? "ahead" : L(i - 1);
        if (shift == 0 && L(i) != "this")
        {
            if (prep is "before" or "until" or "till" or "by" or "ahead") { m.Lean = 1; m.Shift = 1; }
            else if (prep is "in" or "during" or "over" or "since" or "through" or "throughout" or "after" or "from")
                m.Lean = LeanBefore(i) != 0 ? LeanBefore(i) : LeanAfter(j + 1);
        }
        return new Match(m, j + 1);
    }

    private string? Season(int i) => L(i) switch
    {
        "winter" => "WI", "spring" when L(i - 1) is "this" or "last" or "next" or "the" or "in" or "by" or "until" or "before" => "SP",
        "summer" => "SU", "autumn" => "FA", _ => null,
    };

    /// <summary>"more than two months", "less than an hour", "almost daily", "nearly two years ago": the modifier joins the span.</summary>
    private Match? TryModified(int i)
    {
        int j = i;
        switch (L(i))
        {
            case "more" or "less" or "fewer" when L(i + 1) == "than": j = i + 2; break;
            case "at" when L(i + 1) is "least" or "most": j = i + 2; break;
            case "up" when L(i + 1) == "to": j = i + 2; break;
            case "almost" or "nearly" or "about" or "around" or "approximately" or "roughly" or "some" or "over" or "just" or "barely" or "only" or "under":
                j = i + 1; break;
            default: return null;
        }
        // "over the past three decades": "over" is the preposition of a framed period, not a modifier
        if (L(i) == "over" && L(j) == "the") return null;
        var inner = TryAmount(j) ?? TrySet(j);
        if (inner is not { } m || m.Mention.Kind is TimeKind.Reference) return null;
        if (m.Mention.Kind == TimeKind.Set && m.Mention.Rule != "set-adverb") return null;
        var mm = m.Mention;
        var widened = new TimeMention
        {
            Kind = mm.Kind, Rule = mm.Rule + "+modifier", Start = _t[i].Start, End = mm.End, Unit = mm.Unit, Amount = mm.Amount,
            Direction = mm.Direction, Lean = mm.Lean, Fixed = mm.Fixed,
        };
        return new Match(widened, m.Next);
    }

    // ---------------------------------------------------------------- clock times

    private Match? TryClock(int i)
    {
        var t = _t[i];
        if (!t.IsNumber) return null;
        int hour, minute = 0;
        int sep = t.Text.IndexOfAny([':', '.']);
        if (sep > 0)
        {
            if (t.Text.Length - sep - 1 != 2 || sep > 2) return null;
            if (!int.TryParse(t.Text.AsSpan(0, sep), out hour) || !int.TryParse(t.Text.AsSpan(sep + 1), out minute)) return null;
            if (hour > 23 || minute > 59) return null;
        }
        else
        {
            if (t.Text.Length > 2 || !int.TryParse(t.Text, out hour) || hour < 1 || hour > 12) return null;
        }
        int next = i + 1;
        bool ampm = false, pm = false;
        string? zone = null;
        // am/pm: "PM", "pm", "p.m.", "a.m."
        if (Tok(next) is { IsWord: true } w)
        {
            if (w.Lower is "am" or "pm") { ampm = true; pm = w.Lower == "pm"; next++; }
            else if (w.Lower is "a" or "p" && IsText(next + 1, ".") && L(next + 2) == "m")
            {
                ampm = true; pm = w.Lower == "p"; next += 3;
                if (IsText(next, ".") && Adj(next)) next++;
            }
        }
        if (Tok(next) is { IsWord: true } z && TimeLexicon.IsZone(z.Text)) { zone = z.Text; next++; }
        else if (L(next) == "local" && L(next + 1) == "time") { zone = "local"; next += 2; }
        // a bare "3" or "20.05" is no clock time without am/pm or a zone; "at 14:30" is.
        bool colonForm = sep > 0 && t.Text[sep] == ':';
        if (!ampm && zone == null && !(colonForm && L(i - 1) is "at" or "by" or "until" or "from" or "around" or "before" or "after")) return null;
        if (sep < 0 && !ampm) return null;
        if (ampm)
        {
            if (hour > 12) return null;
            if (pm && hour < 12) hour += 12;
            if (!pm && hour == 12) hour = 0;
        }
        var m = New(TimeKind.ClockTime, zone != null ? "clock-zone" : ampm ? "clock-ampm" : "clock", i, next);
        m.Hour = hour; m.Minute = minute; m.Zone = zone;
        return new Match(m, next);
    }

    // ---------------------------------------------------------------- weekdays

    private Match? TryWeekday(int i)
    {
        int first = i, j = i, shift = 0;
        string rule = "weekday";
        // "Late on Monday", "early on Friday"
        if (L(j) is "late" or "early" && L(j + 1) == "on" && Tok(j + 2) is { } w0 && TimeLexicon.Weekday(w0) != null) j += 2;
        if (L(j) is "last" or "next" or "this" or "coming" or "past" && Tok(j + 1) is { } w1 && TimeLexicon.Weekday(w1) != null)
        {
            shift = L(j) switch { "last" or "past" => -1, "next" or "coming" => 1, _ => 0 };
            rule = L(j) switch { "last" or "past" => "weekday-last", "next" or "coming" => "weekday-next", _ => "weekday-this" };
            if (shift == 0) shift = 2; // "this Friday": the one in the current week, resolved by lean
            j++;
        }
        var tok = _t[j];
        var wd = TimeLexicon.Weekday(tok);
        bool abbreviated = false;
        if (wd == null && first == j && TimeLexicon.WeekdayAbbreviation(tok) is { } ab) { wd = ab; abbreviated = true; }
        if (wd == null) return null;
        int next = j + 1;
        // "Sunday, July 14" / "Mon 12 Aug 2024": the weekday introduces a calendar date
        int k = next;
        if (IsText(k, ",")) k++;
        if (TryCalendar(k) is { } cal && cal.Mention.Day != null)
        {
            var cm = cal.Mention;
            var m0 = New(TimeKind.Calendar, cm.Rule + "+weekday", first, cal.Next);
            m0.Year = cm.Year; m0.Month = cm.Month; m0.Day = cm.Day; m0.Day2 = cm.Day2; m0.Weekday = wd; m0.Lean = LeanBefore(first);
            return new Match(m0, cal.Next);
        }
        if (abbreviated) return null;
        if (Tok(next) is { IsWord: true } p && TimeLexicon.IsPartOfDay(p.Lower)) next++;
        var m = New(TimeKind.Weekday, rule, first, next);
        m.Weekday = wd; m.Shift = shift; m.Lean = LeanBefore(first);
        return new Match(m, next);
    }

    // ---------------------------------------------------------------- calendar dates, months, years

    private Match? TryCalendar(int i)
    {
        int j = i;
        string? edge = null;
        // edges: "early March 2022", "mid-May", "late 2023", "the end of August", "the beginning of 2024"
        if (L(j) is "early" or "late" or "mid")
        {
            int k = j + 1;
            if (IsText(k, "-") && Adj(k)) k++;
            if (Tok(k) is { } nt && (TimeLexicon.Month(nt) != null || YearAt(k, out _) != null)) { edge = L(j); j = k; }
        }
        else if (L(j) == "the" && L(j + 1) is "end" or "beginning" or "start" or "middle" && L(j + 2) == "of")
        {
            int k = j + 3;
            if (Tok(k) is { } nt && (TimeLexicon.Month(nt) != null || YearAt(k, out _) != null))
            { edge = L(j + 1) is "beginning" or "start" ? "start" : L(j + 1) == "middle" ? "mid" : "end"; j = k; }
        }
        else if (L(j) == "earlier" && L(j + 1) == "in" && Tok(j + 2) is { } nt2 && TimeLexicon.Month(nt2) != null)
        { edge = "earlier"; j += 2; }
        else if (L(j) == "later" && L(j + 1) == "in" && Tok(j + 2) is { } nt3 && TimeLexicon.Month(nt3) != null)
        { edge = "later"; j += 2; }

        TimeMention? m = null;
        int next = j;
        int shiftFirst = i;
        // "last October", "this March", "next June"
        int monthShift = 0;
        bool shifted = false;
        if (edge == null && L(j) is "last" or "next" or "this" && Tok(j + 1) is { } mt && TimeLexicon.Month(mt) != null)
        {
            monthShift = L(j) switch { "last" => -1, "next" => 1, _ => 0 };
            shifted = true;
            j++;
        }

        if (MonthAt(j, out int month, strictMay: !shifted && edge == null) is int afterMonth)
        {
            int k = afterMonth;
            // Month Day [and Day2] [, Year]
            if (DayAt(k, out int day) is int afterDay && !(Tok(afterDay) is { } unitTok && TimeLexicon.Unit(unitTok.Lower) != null)
                && !(Tok(afterDay) is { IsPunct: true } pc && pc.Text == "," && Tok(afterDay + 1) is { IsNumber: true } nn && nn.Text.Length <= 2))
            {
                m = New(TimeKind.Calendar, "month-day", i, afterDay);
                m.Month = month; m.Day = day;
                next = afterDay;
                // range: "June 15 and 16", "June 15-16"
                int r = afterDay;
                if ((L(r) is "and" or "to" || IsText(r, "-") || IsText(r, "–")) && DayAt(r + 1, out int day2) is int afterDay2 && day2 > day
                    && !(Tok(afterDay2) is { IsWord: true } u2 && (TimeLexicon.Unit(u2.Lower) != null || Quantities.QuantityLexicon.LooksPlural(u2.Lower))))
                {
                    m.Day2 = day2; next = afterDay2; m.End = _t[afterDay2 - 1].End;
                }
                int y = next;
                if (IsText(y, ",")) y++;
                if (YearAt(y, out int year) is int afterYear) { m.Year = year; next = afterYear; m.End = _t[afterYear - 1].End; m = Renamed(m, "month-day-year"); }
            }
            else
            {
                // Month [,] Year  |  Month last/this/next year  |  Month
                int y = k;
                if (IsText(y, ",")) y++;
                m = New(TimeKind.Calendar, "month", i, afterMonth);
                m.Month = month;
                next = afterMonth;
                if (YearAt(y, out int year) is int afterYear) { m.Year = year; next = afterYear; m.End = _t[afterYear - 1].End; m = Renamed(m, "month-year"); }
                else if (L(k) is "last" or "this" or "next" && L(k + 1) == "year")
                {
                    m.YearShift = L(k) switch { "last" => -1, "next" => 1, _ => 0 };
                    next = k + 2; m.End = _t[k + 1].End; m = Renamed(m, "month-relative-year");
                }
            }
        }
        else if (DayAt(j, out int day) is int afterDay && MonthAt(afterDay, out int month2, strictMay: false) is int afterMonth2)
        {
            // Day Month [Year]: "17 February", "21 February 2022", "12 Aug 2024"
            m = New(TimeKind.Calendar, "day-month", i, afterMonth2);
            m.Month = month2; m.Day = day; next = afterMonth2;
            int y = afterMonth2;
            if (IsText(y, ",")) y++;
            if (YearAt(y, out int year) is int afterYear) { m.Year = year; next = afterYear; m.End = _t[afterYear - 1].End; m = Renamed(m, "day-month-year"); }
        }
        else if (DayAt(j, out int d1) is int afterD1 && (IsText(afterD1, "-") || IsText(afterD1, "–") || L(afterD1) == "and")
                 && DayAt(afterD1 + 1, out int d2) is int afterD2 && d2 > d1 && MonthAt(afterD2, out int month3, strictMay: false) is int afterMonth3)
        {
            // "15-16 June [2024]"
            m = New(TimeKind.Calendar, "day-range-month", i, afterMonth3);
            m.Month = month3; m.Day = d1; m.Day2 = d2; next = afterMonth3;
            if (YearAt(afterMonth3, out int year) is int afterYear) { m.Year = year; next = afterYear; m.End = _t[afterYear - 1].End; }
        }
        else if (Tok(j) is { IsNumber: true } iso && iso.Text.Length == 4 && IsText(j + 1, "-") && Adj(j + 1) && Tok(j + 2) is { IsNumber: true } mm
                 && mm.Text.Length == 2 && Adj(j + 2) && IsText(j + 3, "-") && Adj(j + 3) && Tok(j + 4) is { IsNumber: true } dd && dd.Text.Length == 2 && Adj(j + 4))
        {
            // ISO 8601 "2024-07-24"
            if (int.TryParse(iso.Text, out int y) && int.TryParse(mm.Text, out int mo) && int.TryParse(dd.Text, out int da) && mo is >= 1 and <= 12 && da is >= 1 and <= 31)
            {
                m = New(TimeKind.Calendar, "iso-date", i, j + 5);
                m.Year = y; m.Month = mo; m.Day = da; next = j + 5;
            }
        }
        else if (YearAt(j, out int year) is int afterYear && IsYearContext(j, edge != null))
        {
            m = New(TimeKind.Calendar, "year", i, afterYear);
            m.Year = year; next = afterYear;
        }

        if (m == null) return null;
        if (edge != null) { m.Edge = edge; m = Renamed(m, m.Rule + "-" + edge); }
        if (shifted) { m.Shift = monthShift; m.YearShift = null; m = Renamed(m, "month-" + (monthShift < 0 ? "last" : monthShift > 0 ? "next" : "this")); m.Edge = "shift"; }
        m.Lean = LeanBefore(shiftFirst);
        return new Match(m, next);
    }

    private static TimeMention Renamed(TimeMention m, string rule) => new()
    {
        Kind = m.Kind, Rule = rule, Start = m.Start, End = m.End, Year = m.Year, Month = m.Month, Day = m.Day, Day2 = m.Day2,
        Weekday = m.Weekday, Shift = m.Shift, YearShift = m.YearShift, Unit = m.Unit, Amount = m.Amount, Fixed = m.Fixed,
        Edge = m.Edge, Lean = m.Lean, Direction = m.Direction, Hour = m.Hour, Minute = m.Minute, Zone = m.Zone,
    };

    /// <summary>
    /// A bare four-digit number is a year unless it counts something: "in 2014", "2014 and 2015", "the 2022 invasion" are
    /// years; "2000 troops", "$2000", "2014 votes" are not.
    /// </summary>
    private bool IsYearContext(int j, bool edged)
    {
        if (edged) return true;
        var prev = Tok(j - 1);
        // "2022-2024" is a span of years; "F-16", "$2000" are not years
        bool yearSpan = prev is { Text: "-" or "–" } && Tok(j - 2) is { IsNumber: true } y0 && y0.Text.Length == 4;
        if (!yearSpan && prev is { IsPunct: true } pp && pp.Text is "$" or "£" or "€" or "#" or "+" or "-" or "/" or "." && Adj(j)) return false;
        if (L(j - 1) is "in" or "since" or "by" or "until" or "of" or "from" or "to" or "before" or "after" or "during" or "through"
            or "and" or "the" or "early" or "late" or "mid" or "between" or "till" or "around" or "©") return true;
        if (IsText(j - 1, "©") || IsText(j - 1, "(")) return true;
        // "2000 troops": a plural count noun right after is a count, not a year
        if (Tok(j + 1) is { IsWord: true } n && !n.IsCapitalized && n.Lower.Length > 3 && n.Lower.EndsWith('s')
            && n.Lower is not ("was" or "has" or "is" or "as" or "its" or "this" or "thus" or "does" or "amid" or "across"))
            return false;
        if (L(j - 1) is "than" or "about" or "some" or "nearly" or "almost" or "over") return false;
        return true;
    }

    // ---------------------------------------------------------------- today, yesterday, tomorrow

    private Match? TryRelativeDay(int i)
    {
        string w = L(i);
        int first = i, next = i + 1, offset;
        string rule;
        switch (w)
        {
            case "today": offset = 0; rule = "today"; break;
            case "tonight": offset = 0; rule = "tonight"; break;
            case "overnight": offset = 0; rule = "overnight"; break;
            case "yesterday": offset = -1; rule = "yesterday"; break;
            case "tomorrow": offset = 1; rule = "tomorrow"; break;
            case "this" when L(i + 1) is "morning" or "afternoon" or "evening": offset = 0; rule = "this-part-of-day"; next = i + 2; break;
            case "last" when L(i + 1) == "night": offset = -1; rule = "last-night"; next = i + 2; break;
            case "the" when L(i + 1) == "day" && L(i + 2) is "before" or "after" && L(i + 3) is "yesterday" or "tomorrow":
                offset = L(i + 3) == "yesterday" ? -2 : 2; rule = "day-" + L(i + 2) + "-" + L(i + 3); next = i + 4; break;
            case "the" when L(i + 1) == "end" && L(i + 2) == "of" && L(i + 3) == "today": offset = 0; rule = "end-of-today"; next = i + 4; break;
            case "earlier" or "later" when L(i + 1) == "today": offset = 0; rule = w + "-today"; next = i + 2; break;
            default: return null;
        }
        // "today's" stays "today"; "Today" in a name ("USA Today") is not a date
        if (w == "today" && i > 0 && _t[i].IsCapitalized && Tok(i - 1) is { IsCapitalized: true } && !_t[i].LineBreakBefore && !IsSentenceStart(i)) return null;
        var m = New(TimeKind.RelativeDay, rule, first, next);
        m.Shift = offset;
        return new Match(m, next);
    }

    private bool IsSentenceStart(int i) => i == 0 || _sentenceStart[i] == i || (IsText(i - 1, "“") || IsText(i - 1, "\"")) && _sentenceStart[i] == i - 1;

    // ---------------------------------------------------------------- last week, this year, earlier this month, the weekend

    private Match? TryRelativeUnit(int i)
    {
        string w = L(i);
        // earlier/later this year|month|week ; earlier/later in the year
        if (w is "earlier" or "later" && (L(i + 1) == "this" || (L(i + 1) == "in" && L(i + 2) == "the")))
        {
            int u = L(i + 1) == "this" ? i + 2 : i + 3;
            if (L(u) is "year" or "month" or "week")
            {
                var m = New(TimeKind.PartOfUnit, w + "-this-" + L(u), i, u + 1);
                m.Unit = UnitLetter(L(u)); m.Edge = w;
                return new Match(m, u + 1);
            }
        }
        // last/this/next week|month|year|weekend|quarter
        if (w is "last" or "this" or "next" or "past" && L(i + 1) is "week" or "month" or "year" or "weekend" or "quarter" && !(w == "past" && L(i - 1) == "the"))
        {
            if (w == "past") return null; // "past week" without "the": leave to the duration rule
            var m = New(TimeKind.RelativeUnit, w + "-" + L(i + 1), i, i + 2);
            m.Unit = UnitLetter(L(i + 1)); m.Shift = w switch { "last" => -1, "next" => 1, _ => 0 };
            return new Match(m, i + 2);
        }
        // the weekend, over the weekend
        if (w == "the" && L(i + 1) == "weekend")
        {
            var m = New(TimeKind.RelativeUnit, "the-weekend", i, i + 2);
            m.Unit = "WE"; m.Shift = 0; m.Lean = LeanBefore(i);
            return new Match(m, i + 2);
        }
        // the end of the year/month/week
        if (w == "the" && L(i + 1) is "end" or "beginning" or "start" or "middle" && L(i + 2) == "of" && L(i + 3) is "the" or "this" or "next" or "last"
            && L(i + 4) is "year" or "month" or "week")
        {
            var m = New(TimeKind.RelativeUnit, "edge-of-" + L(i + 3) + "-" + L(i + 4), i, i + 5);
            m.Unit = UnitLetter(L(i + 4)); m.Shift = L(i + 3) switch { "last" => -1, "next" => 1, _ => 0 };
            m.Edge = L(i + 1) is "beginning" or "start" ? "start" : L(i + 1) == "middle" ? "mid" : "end";
            return new Match(m, i + 5);
        }
        return null;
    }

    private static string UnitLetter(string word) => word switch
    {
        "year" => "Y", "month" => "M", "week" => "W", "weekend" => "WE", "quarter" => "Q", "day" => "D", _ => "D",
    };

    // ---------------------------------------------------------------- now, in the past, in the future

    private Match? TryReference(int i)
    {
        string w = L(i);
        (string Value, int Next, string Rule)? r = w switch
        {
            "now" when !(L(i + 1) == "-" && Adj(i + 1)) => ("PRESENT_REF", i + 1, "now"),
            "currently" or "presently" or "nowadays" => ("PRESENT_REF", i + 1, w),
            "for" when L(i + 1) == "now" => ("PRESENT_REF", i + 2, "for-now"),
            "right" when L(i + 1) == "now" => ("PRESENT_REF", i + 2, "right-now"),
            "at" when L(i + 1) == "present" => ("PRESENT_REF", i + 2, "at-present"),
            "at" when L(i + 1) == "the" && L(i + 2) == "moment" => ("PRESENT_REF", i + 3, "at-the-moment"),
            "these" when L(i + 1) == "days" => ("PRESENT_REF", i + 2, "these-days"),
            "in" when L(i + 1) == "the" && L(i + 2) == "past" && !(Tok(i + 3) is { } n && (n.IsNumber || NumberWords.IsNumberWord(n.Lower) || TimeLexicon.Unit(n.Lower) != null))
                => ("PAST_REF", i + 3, "in-the-past"),
            "long" when L(i + 1) == "ago" => ("PAST_REF", i + 2, "long-ago"),
            "recently" when L(i - 1) != "most" => ("PAST_REF", i + 1, "recently"),
            "in" when L(i + 1) == "recent" && L(i + 2) is "days" or "weeks" or "months" or "years" => ("PAST_REF", i + 3, "in-recent-units"),
            "in" when L(i + 1) == "the" && L(i + 2) == "future" => ("FUTURE_REF", i + 3, "in-the-future"),
            "in" when L(i + 1) == "future" && !(Tok(i + 2) is { IsWord: true } fw && !fw.IsCapitalized && fw.Lower.EndsWith('s')) => ("FUTURE_REF", i + 2, "in-future"),
            "the" when L(i + 1) == "long" && L(i + 2) is "term" or "run" => ("FUTURE_REF", i + 3, "the-long-term"),
            "at" when L(i + 1) == "the" && L(i + 2) is "appropriate" or "right" or "proper" && L(i + 3) == "time" => ("FUTURE_REF", i + 4, "at-the-appropriate-time"),
            "in" when L(i + 1) == "due" && L(i + 2) == "course" => ("FUTURE_REF", i + 3, "in-due-course"),
            "the" when L(i + 1) is "coming" or "upcoming" && L(i + 2) is "days" or "weeks" or "months" or "years" or "year" or "decades" => ("FUTURE_REF", i + 3, "the-coming-units"),
            "within" when L(i + 1) is "days" or "weeks" or "months" or "hours" => ("FUTURE_REF", i + 2, "within-units"),
            "years" or "months" or "decades" or "weeks" when L(i + 1) == "to" && L(i + 2) == "come" => ("FUTURE_REF", i + 3, "units-to-come"),
            "many" when L(i + 1) is "years" or "decades" && L(i - 1) is "for" or "over" or "in" => ("PAST_REF", i + 2, "many-units"),
            "one" when L(i + 1) == "day" && L(i - 1) is not ("for" or "in" or "within" or "after" or "than" or "a" or "the" or "every" or "each" or "over")
                && L(i + 2) is not ("after" or "later" or "before" or "earlier" or "ago" or "of" or "-") && !(IsText(i + 2, "-"))
                => (LeanBefore(i) < 0 ? "PAST_REF" : "FUTURE_REF", i + 2, "one-day"),
            _ => null,
        };
        if (r is not { } ok) return null;
        var m = New(TimeKind.Reference, ok.Rule, i, ok.Next);
        m.Fixed = ok.Value;
        return new Match(m, ok.Next);
    }

    // ---------------------------------------------------------------- amounts: durations, ago, offsets, rates

    private Match? TryAmount(int i)
    {
        string w = L(i);
        int first = i, j = i;
        bool framed = false;       // "the past three decades", "the first 10 years", "the next four years"
        if (w == "the" && L(i + 1) is "past" or "last" or "next" or "first" or "previous" or "final" or "coming")
        {
            j = i + 2;
            framed = true;
            // "the past day", "the past week": one unit
            if (TimeLexicon.Unit(L(j)) is { Plural: false } u1 && L(i + 1) is "past" or "last" or "next" or "previous")
            {
                var d = New(TimeKind.Duration, "the-" + L(i + 1) + "-unit", i, j + 1);
                d.Unit = u1.Unit; d.Amount = u1.Factor;
                return new Match(d, j + 1);
            }
        }
        // hyphenated compound adjectives: "three-day", "32-year", "one-month", "decades-long", "year-long"
        if (!framed && Hyphenated(j) is { } hy) return hy;

        // amount: digits, number words, "a", "an", "a few", "several", "a couple of", "two and a half"
        double? amount;
        int k;
        bool article = false;
        if (L(j) == "a" && L(j + 1) == "few") { amount = null; k = j + 2; }
        else if (L(j) is "several" or "few" or "some" && TimeLexicon.Unit(L(j + 1)) is { Plural: true }) { amount = null; k = j + 1; }
        else if (L(j) == "a" && L(j + 1) == "couple" && L(j + 2) == "of") { amount = 2; k = j + 3; }
        else if (NumberWords.Read(_t, j, allowArticle: true, allowScale: false) is { } n)
        {
            amount = n.Value; k = n.Next; article = L(j) is "a" or "an";
            if (L(k) == "and" && L(k + 1) == "a" && L(k + 2) == "half") { amount += 0.5; k += 3; }
            else if (L(k) == "and" && L(k + 1) == "one" && L(k + 2) == "half") { amount += 0.5; k += 3; }
        }
        else if (!framed && TimeLexicon.Unit(w) is { Plural: true } bare && w is not "nights" && !(w == "days" && L(i - 1) == "these"))
        {
            return BarePlural(i, bare.Unit);
        }
        else return null;

        if (TimeLexicon.Unit(L(k)) is not { } unit) return null;
        // "a second summit" is an ordinal, not one second
        if (article && unit.Unit == "S") return null;
        // number-unit needs a plural unless the amount is one ("three days", "a year", "1 day")
        if (amount is { } a && a != 1 && !unit.Plural && !(a % 1 != 0)) return null;
        if (amount == 1 && unit.Plural && !article) return null;
        if (Tok(j) is { IsNumber: true } digits && digits.Text.Length == 4 && amount > 1800) return null;  // "2014 years"? a year then a noun
        double? total = amount * unit.Factor;
        int next = k + 1;
        string unitLetter = unit.Unit;

        // rates: "2.5 million tonnes a year", "€3 billion a year", "twice a year", "per day" → SET
        if (article && amount == 1 && !framed && IsRateContext(j))
        {
            var s = New(TimeKind.Set, "rate-per-unit", j, next);
            s.Unit = unitLetter; s.Amount = unit.Factor;
            return new Match(s, next);
        }
        // "one day" alone is a vague time reference, handled by TryReference
        string after = L(next);
        // "two weeks from now", "in three days' time": that far ahead of the reference
        if (!framed && (after == "from" && L(next + 1) == "now" || L(first - 1) == "in" && PossessiveTime(next) > 0))
        {
            int end = after == "from" ? next + 2 : PossessiveTime(next);
            var m = New(TimeKind.Ago, "amount-ahead", first, end);
            m.Unit = unitLetter; m.Amount = total; m.Direction = 1;
            return new Match(m, end);
        }
        if (!framed && after == "ago")
        {
            var m = New(TimeKind.Ago, "amount-ago", first, next + 1);
            m.Unit = unitLetter; m.Amount = total;
            return new Match(m, next + 1);
        }
        if (!framed && (after is "later" or "earlier" or "after" or "before" && unitLetter is "D" or "H" or "MIN"
                        || after is "later" or "earlier" && unitLetter is "W" or "M" or "Y"))
        {
            var m = New(TimeKind.Offset, "amount-" + after, first, next + 1);
            m.Unit = unitLetter; m.Amount = total; m.Direction = after is "later" or "after" ? 1 : -1;
            return new Match(m, next + 1);
        }
        var dur = New(TimeKind.Duration, framed ? "the-" + L(i + 1) + "-amount" : "amount-unit", first, next);
        dur.Unit = unitLetter; dur.Amount = total;
        return new Match(dur, next);
    }

    /// <summary>"a year" is a rate after an amount or a counted noun ("2.5 million tonnes a year", "twice a year").</summary>
    private bool IsRateContext(int articleIndex)
    {
        if (L(articleIndex) == "per") return true;
        var prev = Tok(articleIndex - 1);
        if (prev is not { } p) return false;
        if (p.IsNumber) return true;
        if (!p.IsWord) return false;
        if (p.Lower is "twice" or "once" or "times" || NumberWords.IsScaleWord(p.Lower)) return true;
        // a counted noun: "tonnes a year", "barrels a day" (plural, not a time word, not a function word)
        return p.Lower.Length > 3 && p.Lower.EndsWith('s') && TimeLexicon.Unit(p.Lower) == null
               && p.Lower is not ("was" or "has" or "this" or "does" or "is" or "its" or "thus" or "plus" or "less" or "across" or "perhaps" or "always" or "sometimes");
    }

    private Match? Hyphenated(int j)
    {
        // number-unit: "three-day", "32-year", "twenty-five-year", "one-month"
        if (NumberWords.Read(_t, j, allowArticle: false, allowScale: false) is { } n)
        {
            int h = n.Next;
            if (IsText(h, "-") && Adj(h) && Adj(h + 1) && TimeLexicon.Unit(L(h + 1)) is { Plural: false } u)
            {
                // "three-day-old" is an age, still a duration; "three-day" + "s" would be plural — not a compound
                var m = New(TimeKind.Duration, "hyphen-amount-unit", j, h + 2);
                m.Unit = u.Unit; m.Amount = n.Value * u.Factor;
                return new Match(m, h + 2);
            }
            return null;
        }
        // "decades-long", "year-long", "months-long"
        if (TimeLexicon.Unit(L(j)) is { } u2 && IsText(j + 1, "-") && Adj(j + 1) && L(j + 2) == "long" && Adj(j + 2))
        {
            var m = New(TimeKind.Duration, "unit-long", j, j + 3);
            m.Unit = u2.Unit; m.Amount = u2.Plural ? null : u2.Factor;
            return new Match(m, j + 3);
        }
        return null;
    }

    /// <summary>
    /// A bare plural unit is a vague amount only in a temporal frame: "after months of talks", "came weeks before",
    /// "for years", "Hours later", "Days before the summit".
    /// </summary>
    private Match? BarePlural(int i, string unit)
    {
        string prev = L(i - 1), next = L(i + 1);
        bool frame = prev is "for" or "after" or "over" or "in" && !(prev == "in" && Tok(i - 2) is { IsNumber: true })
                     || next is "before" or "after" or "later" or "earlier" or "ago";
        if (!frame) return null;
        if (prev == "in" && next is not ("before" or "after" or "later" or "earlier" or "ago")) return null; // "in days" is rare; "in weeks" too vague
        if (next is "later" or "earlier" or "after" or "before" && unit is "D" or "H" or "MIN")
        {
            var o = New(TimeKind.Offset, "units-" + next, i, i + 2);
            o.Unit = unit; o.Amount = null; o.Direction = next is "later" or "after" ? 1 : -1;
            // "Days before the first peace summit": the event after "before" belongs to the expression
            int end = i + 2;
            if (next is "before" or "after" && L(end) == "the")
            {
                int k = end + 1, limit = Math.Min(_t.Count, end + 6);
                while (k < limit && _t[k].IsWord && !TimeLexicon.IsPastCue(_t[k].Lower) && _t[k].Lower is not ("and" or "or" or "that" or "which" or "when" or "in" or "on" or "at"))
                    k++;
                if (k > end + 1 && k - end <= 5) { o.End = _t[k - 1].End; end = k; }
            }
            return new Match(o, end);
        }
        if (next == "ago")
        {
            var a = New(TimeKind.Ago, "units-ago", i, i + 2);
            a.Unit = unit; a.Amount = null;
            return new Match(a, i + 2);
        }
        var m = New(TimeKind.Duration, "bare-units", i, i + 1);
        m.Unit = unit; m.Amount = null;
        return new Match(m, i + 1);
    }

    // ---------------------------------------------------------------- every night, daily

    private Match? TrySet(int i)
    {
        string w = L(i);
        if (w is "every" or "each" or "per")
        {
            int k = i + 1;
            if (L(k) == "other") k++;
            // "every two weeks", "every 10 days", "every few months"
            if (L(i) == "every" && k == i + 1 && (NumberWords.Read(_t, k, allowArticle: false, allowScale: false) is { } n
                    ? (int?)n.Next : L(k) is "few" or "several" ? k + 1 : null) is int afterAmount
                && TimeLexicon.Unit(L(afterAmount)) is { Plural: true } pu)
            {
                var m = New(TimeKind.Set, "every-amount-units", i, afterAmount + 1);
                double? amount = NumberWords.Read(_t, k, allowArticle: false, allowScale: false) is { } nn ? nn.Value * pu.Factor : null;
                m.Unit = pu.Unit; m.Amount = amount;
                return new Match(m, afterAmount + 1);
            }
            if (TimeLexicon.Unit(L(k)) is { Plural: false } u)
            {
                var m = New(TimeKind.Set, "every-unit", i, k + 1);
                m.Unit = u.Unit; m.Amount = u.Factor * (L(i + 1) == "other" ? 2 : 1);
                return new Match(m, k + 1);
            }
            if (Tok(k) is { } wt && TimeLexicon.Weekday(wt) != null || L(k) is "morning" or "evening" or "afternoon")
            {
                var m = New(TimeKind.Set, "every-weekday", i, k + 1);
                m.Unit = TimeLexicon.Weekday(_t[k]) != null ? "W" : "D"; m.Amount = 1;
                return new Match(m, k + 1);
            }
            return null;
        }
        string? unit = w switch { "daily" or "nightly" => "D", "weekly" => "W", "monthly" => "M", "annually" or "yearly" or "annual" => "Y", "hourly" => "H", _ => null };
        if (unit == null) return null;
        // "Kyiv Daily Monitor": capitalized mid-sentence is a name
        if (_t[i].IsCapitalized && !IsSentenceStart(i)) return null;
        var s = New(TimeKind.Set, "set-adverb", i, i + 1);
        s.Unit = unit; s.Amount = 1;
        return new Match(s, i + 1);
    }

    // ---------------------------------------------------------------- the same day, at the time, said then

    private Match? TryAnaphor(int i)
    {
        string w = L(i);
        if (w == "the" && L(i + 1) == "same" && L(i + 2) == "day")
        {
            var m = New(TimeKind.Anaphor, "the-same-day", i, i + 3); m.Unit = "D";
            return new Match(m, i + 3);
        }
        if (w == "that" && L(i + 1) == "day" && !(Tok(i + 2) is { IsWord: true } nw && nw.Lower is "of" or "when"))
        {
            var m = New(TimeKind.Anaphor, "that-day", i, i + 2); m.Unit = "D";
            return new Match(m, i + 2);
        }
        if (w == "the" && L(i + 1) == "same" && L(i + 2) is "morning" or "afternoon" or "evening" or "night")
        {
            var m = New(TimeKind.Anaphor, "the-same-part-of-day", i, i + 3); m.Unit = "D";
            return new Match(m, i + 3);
        }
        if ((w is "earlier" or "later" && L(i + 1) == "in" && L(i + 2) == "the" && L(i + 3) == "day")
            || (w == "in" && L(i + 1) == "the" && L(i + 2) is "morning" or "afternoon" or "evening" && !(L(i + 3) == "of")))
        {
            int end = w == "in" ? i + 3 : i + 4;
            var m = New(TimeKind.Anaphor, w == "in" ? "in-the-part-of-day" : w + "-in-the-day", i, end); m.Unit = "D";
            return new Match(m, end);
        }
        if (w == "at" && L(i + 1) == "the" && L(i + 2) == "time" && !(L(i + 3) is "of" or "when" or "that"))
        {
            var m = New(TimeKind.Anaphor, "at-the-time", i, i + 3);
            return new Match(m, i + 3);
        }
        if (w == "then" && TimeLexicon.IsSpeechVerb(L(i - 1)))
        {
            var m = New(TimeKind.Anaphor, "said-then", i, i + 1);
            return new Match(m, i + 1);
        }
        if (w == "the" && L(i + 1) is "next" or "following" or "previous" && L(i + 2) == "day")
        {
            var m = New(TimeKind.Offset, "the-" + L(i + 1) + "-day", i, i + 3);
            m.Unit = "D"; m.Amount = 1; m.Direction = L(i + 1) == "previous" ? -1 : 1;
            return new Match(m, i + 3);
        }
        if (w == "the" && L(i + 1) == "day" && L(i + 2) == "after" && Tok(i + 3) is { } q && (q.Text is "”" or "\"" or "’" || q.IsWord && TimeLexicon.Unit(q.Lower) == null && !IsTimeWord(q))
            && LeanBefore(i) >= 0)
        {
            // "the day after a ceasefire": a day after an event still to come
            var m = New(TimeKind.Reference, "the-day-after-event", i, i + 3);
            m.Fixed = "FUTURE_REF";
            return new Match(m, i + 3);
        }
        if (w == "the" && L(i + 1) == "day" && L(i + 2) is "before" or "after" && Tok(i + 3) is { IsPunct: true } p && p.Text is "." or "," or ";")
        {
            var m = New(TimeKind.Offset, "the-day-" + L(i + 2), i, i + 3);
            m.Unit = "D"; m.Amount = 1; m.Direction = L(i + 2) == "before" ? -1 : 1;
            return new Match(m, i + 3);
        }
        return null;
    }

    private static bool IsTimeWord(LexToken t) => TimeLexicon.Month(t) != null || TimeLexicon.Weekday(t) != null
        || t.Lower is "today" or "tomorrow" or "yesterday" or "tonight";

    // ---------------------------------------------------------------- post-pass

    /// <summary>
    /// A year written once for a coordination belongs to each part: "in February and September 2022" → both 2022,
    /// "June 15 and July 2, 2024".
    /// </summary>
    private static void ShareYears(List<TimeMention> found, List<LexToken> tokens)
    {
        for (int k = found.Count - 2; k >= 0; k--)
        {
            var a = found[k];
            var b = found[k + 1];
            if (a.Kind != TimeKind.Calendar || b.Kind != TimeKind.Calendar || a.Year != null || a.Month == null || b.Year == null || b.Month == null) continue;
            if (a.YearShift != null || a.Edge == "shift") continue;
            // only a coordinator between them
            int gap = b.TokenFirst - a.TokenNext;
            if (gap is < 1 or > 2) continue;
            bool coordinated = true;
            for (int g = a.TokenNext; g < b.TokenFirst; g++)
                coordinated &= tokens[g].Lower is "and" or "or" or "to" or "-" or "–" or "," or "through" or "until";
            if (coordinated) a.Year = b.Year;
        }
    }
}
