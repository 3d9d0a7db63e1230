namespace Parley.Extract.Times;

/// <summary>
/// Periods named by their place in a year or by a holiday: halves ("the second half of last year" → 2024-H2, "H1 2025"),
/// the week around a date ("the week of March 10" → its ISO week), and holidays ("before Christmas", "Easter 2024",
/// "Orthodox Easter", "Victory Day", "New Year's Eve", "Thanksgiving"), which resolve like a date written without a year.
/// </summary>
public sealed partial class TimeGrammar
{
    /// <summary>The year a period belongs to, written after "of": "2024", "last year", "this year", "next year", "the year".</summary>
    private (int? Year, int? YearShift, int Next)? YearPhrase(int k)
    {
        if (YearAt(k, out int y) is int after) return (y, null, after);
        if (L(k) is "last" or "this" or "next" or "the" && L(k + 1) == "year")
            return (null, L(k) switch { "last" => -1, "next" => 1, _ => 0 }, k + 2);
        if (L(k) == "the" && L(k + 1) is "previous" or "current" or "coming" && L(k + 2) == "year")
            return (null, L(k + 1) switch { "previous" => -1, "coming" => 1, _ => 0 }, k + 3);
        return null;
    }

    /// <summary>"the first half of 2025", "the second half of last year", "the first six months of the year", "H2 2024".</summary>
    private Match? TryHalf(int i)
    {
        int j = i;
        if (L(j) == "the") j++;
        int? half = null;
        int k = j;
        if (L(j) is "first" or "second" && L(j + 1) == "half" && L(j + 2) == "of") { half = L(j) == "first" ? 1 : 2; k = j + 3; }
        else if (L(j) is "first" or "last" && L(j + 1) == "six" && L(j + 2) == "months" && L(j + 3) == "of") { half = L(j) == "first" ? 1 : 2; k = j + 4; }
        else if (j == i && _t[i].IsWord && HalfLabel(i) is (string label, int afterLabel) && YearAt(afterLabel, out int hy) is int afterH)
        {
            var mh = New(TimeKind.Calendar, "half-year", i, afterH);
            mh.Year = hy; mh.Unit = label;
            return new Match(mh, afterH);
        }
        if (half == null || (j > i && L(i) != "the") || YearPhrase(k) is not { } yp) return null;
        var m = New(TimeKind.Calendar, "half-of-year", i, yp.Next);
        m.Year = yp.Year; m.YearShift = yp.YearShift; m.Unit = half == 1 ? "H1" : "H2";
        return new Match(m, yp.Next);
    }

    /// <summary>"H1"/"H2" as one token or as "H" + "1".</summary>
    private (string Label, int Next)? HalfLabel(int i)
    {
        if (_t[i].Text is "H1" or "H2") return (_t[i].Text, i + 1);
        if (_t[i].Text == "H" && Tok(i + 1) is { IsNumber: true } n && Adj(i + 1) && n.Text is "1" or "2") return ("H" + n.Text, i + 2);
        return null;
    }

    /// <summary>"the week of March 10", "the week of 3 February 2025": the ISO week that holds the date.</summary>
    private Match? TryWeekOf(int i)
    {
        if (L(i) != "the" || L(i + 1) != "week" || L(i + 2) != "of") return null;
        if (TryCalendar(i + 3) is not { } cal || cal.Mention.Day == null || cal.Mention.Month == null || cal.Mention.Day2 != null) return null;
        var c = cal.Mention;
        var m = New(TimeKind.Calendar, "the-week-of-date", i, cal.Next);
        m.Year = c.Year; m.Month = c.Month; m.Day = c.Day; m.YearShift = c.YearShift; m.Unit = "W"; m.Lean = LeanBefore(i);
        return new Match(m, cal.Next);
    }

    private static readonly (string[] Words, string Key, int Month, int Day)[] Holidays =
    [
        (["new", "year's", "eve"], "new-years-eve", 12, 31),
        (["new", "year", "'s", "eve"], "new-years-eve", 12, 31),
        (["new", "year's", "day"], "new-years-day", 1, 1),
        (["new", "year", "'s", "day"], "new-years-day", 1, 1),
        (["christmas", "eve"], "christmas-eve", 12, 24),
        (["christmas", "day"], "christmas", 12, 25),
        (["orthodox", "christmas"], "orthodox-christmas", 1, 7),
        (["christmas"], "christmas", 12, 25),
        (["orthodox", "easter"], "orthodox-easter", 0, 0),
        (["easter", "sunday"], "easter", 0, 0),
        (["easter"], "easter", 0, 0),
        (["victory", "day"], "victory-day", 5, 9),
        (["thanksgiving"], "thanksgiving", 0, 0),
    ];

    /// <summary>A holiday after a time preposition or determiner ("before Christmas", "at Easter", "this Christmas"),
    /// or with its year ("Easter 2024"); fixed ones carry their month and day, movable ones their key.</summary>
    private Match? TryHoliday(int i)
    {
        int h = L(i) is "last" or "next" or "this" ? i + 1 : i;
        if (h >= _t.Count || !_t[h].IsWord || !char.IsUpper(_t[h].Text[0])) return null;
        foreach (var (words, key, month, day) in Holidays)
        {
            int k = h;
            bool ok = true;
            foreach (var w in words)
            {
                // "year's" may come as one token or as "year" + "'s"
                if (k < _t.Count && (L(k) == w || (w == "'s" && (IsText(k, "'s") || IsText(k, "’s"))))) { k++; continue; }
                if (w == "year's" && L(k) == "year" && (IsText(k + 1, "'") || IsText(k + 1, "’")) && L(k + 2) == "s") { k += 3; continue; }
                ok = false; break;
            }
            if (!ok) continue;
            int? year = YearAt(k, out int y) is int afterYear ? y : null;
            int next = year != null ? k + 1 : k;
            int shift = h > i ? L(i) switch { "last" => -1, "next" => 1, _ => 0 } : 2;
            string before = L(i - 1);
            bool temporal = year != null || shift != 2
                || before is "before" or "after" or "by" or "until" or "till" or "at" or "over" or "during" or "since" or "on" or "for" or "around" or "ahead";
            if (!temporal) return null;
            var m = New(TimeKind.Calendar, "holiday", i, next);
            m.Year = year; m.Holiday = key;
            if (month > 0) { m.Month = month; m.Day = day; }
            // "last Christmas" / "next Easter": the previous or next occurrence; "this Christmas": no lean, the reference year
            m.Lean = shift switch { -1 or 1 => shift, 0 => 0, _ => LeanBefore(i) };
            // "a deal before Christmas", "until Easter": a holiday named as a limit is ahead unless the clause is past
            if (shift == 2 && m.Lean == 0 && before is "before" or "until" or "till" or "ahead") m.Lean = 1;
            if (shift == 0 && year == null) m.YearShift = 0;
            return new Match(m, next);
        }
        return null;
    }

    /// <summary>"'s time" / "' time" after a unit ("in a week's time", "in two weeks' time"): the index after "time", else 0.</summary>
    private int PossessiveTime(int k)
    {
        if ((IsText(k, "'s") || IsText(k, "’s")) && L(k + 1) == "time") return k + 2;
        if ((IsText(k, "'") || IsText(k, "’")) && L(k + 1) == "s" && L(k + 2) == "time") return k + 3;
        if ((IsText(k, "'") || IsText(k, "’")) && L(k + 1) == "time") return k + 2;
        return 0;
    }

    /// <summary>"the third quarter of 2024", "the first quarter of this year", "Q3 2024".</summary>
    private Match? TryQuarter(int i)
    {
        string[] ordinals = ["first", "second", "third", "fourth"];
        int q = 0, k = i;
        if (L(i) == "the" && Array.IndexOf(ordinals, L(i + 1)) is int oi and >= 0 && L(i + 2) == "quarter" && L(i + 3) == "of") { q = oi + 1; k = i + 4; }
        else if (_t[i].Text is "Q1" or "Q2" or "Q3" or "Q4") { q = _t[i].Text[1] - '0'; k = i + 1; }
        else if (_t[i].Text == "Q" && Tok(i + 1) is { IsNumber: true } n && Adj(i + 1) && n.Text is "1" or "2" or "3" or "4") { q = n.Text[0] - '0'; k = i + 2; }
        if (q == 0) return null;
        if (L(i) == "the" ? YearPhrase(k) is not { } yp : YearAt(k, out _) is null) return null;
        int? year = null, shift = null; int next;
        if (L(i) == "the") { var p = YearPhrase(k)!.Value; year = p.Year; shift = p.YearShift; next = p.Next; }
        else { next = YearAt(k, out int y)!.Value; year = y; }
        var m = New(TimeKind.Calendar, "quarter-of-year", i, next);
        m.Year = year; m.YearShift = shift; m.Unit = "Q" + q;
        return new Match(m, next);
    }

    /// <summary>"the 1990s", "the 2010s": the decade, TIMEX3 "199", "201".</summary>
    private Match? TryDecade(int i)
    {
        int j = L(i) == "the" ? i + 1 : i;
        if (Tok(j) is not { IsNumber: true } n || n.Text.Length != 4 || !n.Text.EndsWith('0') || !int.TryParse(n.Text, out int y) || y < 1800 || y > 2190) return null;
        if (!(IsText(j + 1, "s") && Adj(j + 1))) return null;
        var m = New(TimeKind.Reference, "decade", i, j + 2);
        m.Fixed = n.Text[..3];
        return new Match(m, j + 2);
    }

    /// <summary>"on the 15th", "by the 3rd": a day of the reference month (or the next or last one, by the clause's tense).</summary>
    private Match? TryDayOfMonth(int i)
    {
        if (L(i) != "the" || L(i - 1) is not ("on" or "by" or "until" or "before" or "after" or "since")) return null;
        if (DayAt(i + 1, out int day) is not int next || next == i + 2) return null;          // needs the ordinal suffix
        if (Tok(next) is { } after && (TimeLexicon.Month(after) != null || L(next) == "of" || TimeLexicon.Unit(after.Lower) != null)) return null;
        var m = New(TimeKind.Calendar, "day-of-month", i, next);
        m.Day = day; m.Lean = LeanBefore(i);
        return new Match(m, next);
    }

    /// <summary>"the next day", "the following week", "the previous day": one unit after or before the day the text
    /// last named.</summary>
    private Match? TryFollowingUnit(int i)
    {
        if (L(i) != "the" || L(i + 1) is not ("next" or "following" or "previous" or "preceding")) return null;
        if (L(i + 2) is not ("day" or "week" or "month" or "year" or "morning" or "evening" or "night")) return null;
        // "the next week" / "the next month" / "the next year" are mostly spans ahead ("over the next year"): only the day,
        // and "following"/"previous" of any unit, count from the narrative
        if (L(i + 1) == "next" && L(i + 2) is "week" or "month" or "year") return null;
        if (Tok(i + 3) is { IsWord: true } w && w.Lower is "or" or "and") return null;
        var m = New(TimeKind.Offset, "the-" + L(i + 1) + "-" + L(i + 2), i, i + 3);
        m.Unit = L(i + 2) switch { "week" => "W", "month" => "M", "year" => "Y", _ => "D" };
        m.Amount = 1; m.Direction = L(i + 1) is "previous" or "preceding" ? -1 : 1;
        return new Match(m, i + 3);
    }

    /// <summary>
    /// Numeric dates: "7/8/07", "12/03/2024" (month first, as English-language pages that use slashes mostly are, unless
    /// the first number cannot be a month) and "12.03.2024" (day first, the dotted European style). Two-digit years are
    /// 20YY up to 2069, else 19YY.
    /// </summary>
    private Match? TryNumericDate(int i)
    {
        int a, b, y, next;
        bool dayFirst;
        var t = _t[i];
        if (!t.IsNumber) return null;
        if (t.Text.Count(c => c == '.') == 2)
        {
            var parts = t.Text.Split('.');
            if (parts[0].Length is < 1 or > 2 || parts[1].Length is < 1 or > 2 || parts[2].Length is not (2 or 4)
                || !int.TryParse(parts[0], out a) || !int.TryParse(parts[1], out b) || !int.TryParse(parts[2], out y)) return null;
            dayFirst = true; next = i + 1;
        }
        else if (t.Text.Length <= 2 && IsText(i + 1, "/") && Adj(i + 1) && Tok(i + 2) is { IsNumber: true } t2 && t2.Text.Length <= 2 && Adj(i + 2)
                 && IsText(i + 3, "/") && Adj(i + 3) && Tok(i + 4) is { IsNumber: true } t3 && t3.Text.Length is 2 or 4 && Adj(i + 4)
                 && int.TryParse(t.Text, out a) && int.TryParse(t2.Text, out b) && int.TryParse(t3.Text, out y))
        {
            // "1/2/3/4" is a ratio or a list, not a date
            if (IsText(i + 5, "/")) return null;
            dayFirst = a > 12; next = i + 5;
        }
        else return null;
        if (y < 100) y += y < 70 ? 2000 : 1900;
        int month = dayFirst ? b : a, day = dayFirst ? a : b;
        if (month is < 1 or > 12 || day < 1 || y < 1900 || y > 2199 || day > DateTime.DaysInMonth(y, month)) return null;
        var m = New(TimeKind.Calendar, dayFirst ? "numeric-date-dmy" : "numeric-date-mdy", i, next);
        m.Year = y; m.Month = month; m.Day = day;
        return new Match(m, next);
    }

    /// <summary>"over the years", "over the decades", "over the months": an unspecified span (PXY, PXM ...).</summary>
    private Match? TryVagueSpan(int i)
    {
        if (L(i) != "over" || L(i + 1) != "the" || TimeLexicon.Unit(L(i + 2)) is not { Plural: true } u || u.Unit is "H" or "MIN" or "S") return null;
        var m = New(TimeKind.Duration, "over-the-units", i, i + 3);
        m.Unit = u.Unit; m.Amount = null;
        return new Match(m, i + 3);
    }

    /// <summary>"at noon", "by midday", "until midnight": a clock time on the day the sentence names.</summary>
    private Match? TryNoon(int i)
    {
        if (L(i) is not ("noon" or "midday" or "midnight") || L(i - 1) is not ("at" or "by" or "until" or "before" or "after" or "around" or "from" or "till")) return null;
        var m = New(TimeKind.ClockTime, "clock-" + L(i), i, i + 1);
        m.Hour = L(i) == "midnight" ? 24 : 12; m.Minute = 0;
        return new Match(m, i + 1);
    }

    /// <summary>The tense lean of the few words after token <paramref name="i"/> in its clause ("in the autumn ended",
    /// "in the spring will"): the first verb cue decides.</summary>
    private int LeanAfter(int i)
    {
        for (int k = i; k < _t.Count && k < i + 6 && SameSentence(i, k); k++)
        {
            var tok = _t[k];
            if (tok.IsPunct && tok.Text is ";" or ":") break;
            if (!tok.IsWord) continue;
            var w = tok.Lower;
            if (TimeLexicon.IsFutureCue(w)) return 1;
            if (TimeLexicon.IsPastCue(w) || (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && L(k - 1) is not ("be" or "been" or "being" or "to")))
                return -1;
        }
        return 0;
    }
}
