using Parley.Documents;

namespace Parley.Extract.Times;

/// <summary>
/// Publication-date constraints from dates the text writes out in full (day, month and year), from reader-comment
/// timestamps in the removed furniture, and from weekdays tied to them.
/// </summary>
public static class ExplicitDates
{
    private sealed record Anchor(DateOnly Day, string Text, string Where, TimeMention Mention);

    /// <summary>Adds the full-date constraints; returns the latest full date used as a lower bound, if any.</summary>
    public static DateOnly? Add(Document doc, TextScan body, List<DateConstraint> constraints)
    {
        var anchors = new List<Anchor>();
        var commentStamps = new List<(DateOnly Day, string Text)>();
        foreach (var m in body.Mentions)
            if (FullDate(m) is { } d && m.Lean <= 0)
                anchors.Add(new Anchor(d, doc.Text[m.Start..m.End], "body", m));
        foreach (var line in doc.Removed)
        {
            // once per line: a long removed line with many dates must stay linear
            bool says = line.Text.Contains("says:", StringComparison.OrdinalIgnoreCase);
            foreach (var m in TimeGrammar.Find(line.Text))
                if (FullDate(m) is { } d && m.Lean <= 0)
                {
                    if (says || IsStampAt(line.Text, m)) commentStamps.Add((d, line.Text[m.Start..m.End]));
                    else anchors.Add(new Anchor(d, line.Text[m.Start..m.End], "removed line", m));
                }
        }

        DateOnly? lower = null;
        if (anchors.Count > 0)
        {
            // a date far older than others is history, not the news peg; the latest one is the best lower bound
            var a = anchors.MaxBy(x => x.Day)!;
            lower = a.Day;
            constraints.Add(new DateConstraint(DaySet.From(a.Day), 4, $"latest full date mentioned \"{a.Text}\" ({a.Where}) = {a.Day:yyyy-MM-dd}: published on or after it"));
            foreach (var m in body.Mentions)
            {
                // the date must be the news peg, not history: in furniture (a photo caption), in the opening sentences,
                // or in the weekday's own sentence
                bool peg = a.Where != "body" || a.Mention.Sentence <= 2 || a.Mention.Sentence == m.Sentence;
                if (peg && m.Kind == TimeKind.Weekday && m.Weekday == a.Day.DayOfWeek && m.Shift == 0 && m.Lean <= 0)
                {
                    constraints.Add(new DateConstraint(DaySet.Range(a.Day, a.Day.AddDays(6)), 4,
                        $"past weekday \"{doc.Text[m.Start..m.End]}\" is {a.Day:yyyy-MM-dd}: published within six days after it"));
                    break;
                }
            }
            foreach (var m in body.Mentions)
                if (m.Kind == TimeKind.RelativeDay && a.Where == "body" && m.Sentence == a.Mention.Sentence)
                {
                    var exact = a.Day.AddDays(-m.Shift);
                    constraints.Add(new DateConstraint(DaySet.Day(exact), 4, $"\"{doc.Text[m.Start..m.End]}\" beside the date pins the reference day to {exact:yyyy-MM-dd}"));
                    break;
                }
        }
        if (commentStamps.Count > 0)
        {
            // readers comment after publication, and usually soon after: the first comment bounds the latest day, and a
            // past weekday of the text is then the latest such day before it
            var first = commentStamps.MinBy(c => c.Day);
            constraints.Add(new DateConstraint(DaySet.Until(first.Day), 4, $"first reader comment dated \"{first.Text}\": published on or before it"));
            if (lower == null)
            {
                DateOnly? w = null;
                foreach (var m in body.Mentions)
                    if (m.Kind == TimeKind.Weekday && m.Shift == 0 && m.Lean <= 0)
                    {
                        int back = ((int)first.Day.DayOfWeek - (int)m.Weekday!.Value + 7) % 7;
                        var d = first.Day.AddDays(-back);
                        if (w == null || d > w) w = d;
                    }
                if (w is { } ww)
                    constraints.Add(new DateConstraint(DaySet.From(ww), 3, $"past weekday before the first comment: published on or after {ww:yyyy-MM-dd}"));
            }
        }
        return lower;
    }

    /// <summary>A weekday pointed forward ("due to fly back on Friday") is still ahead: published before the first such
    /// day after the lower bound.</summary>
    public static void AddForwardWeekdays(TextScan body, DateOnly lower, List<DateConstraint> constraints)
    {
        foreach (var m in body.Mentions)
        {
            bool forward = m.Kind == TimeKind.Weekday && (m.Shift == 1 || (m.Shift == 0 && m.Lean > 0));
            if (!forward || body.InQuote[m.TokenFirst]) continue;
            int fwd = ((int)m.Weekday!.Value - (int)lower.DayOfWeek + 7) % 7;
            var next = lower.AddDays(fwd == 0 ? 7 : fwd);
            constraints.Add(new DateConstraint(DaySet.Until(next.AddDays(-1)), 3,
                $"forward weekday \"{body.Text[m.Start..m.End]}\" still ahead ({next:yyyy-MM-dd}): published before it"));
        }
    }

    public static DateOnly? FullDate(TimeMention m)
    {
        if (m.Kind != TimeKind.Calendar || m.Year is not int y || m.Month is not int mo || m.Day is not int d) return null;
        int day = m.Day2 ?? d;   // a range ("June 15 and 16") is over by its last day
        return y is > 1900 and < 2200 && day <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, day) : null;
    }

    /// <summary>A reader comment's timestamp ("December 11, 2024 at 7:02 am", or any date on a "says:" line) comes after
    /// publication: not a lower bound.</summary>
    private static bool IsStampAt(string line, TimeMention m)
    {
        int k = m.End;
        while (k < line.Length && k < m.End + 8 && char.IsWhiteSpace(line[k])) k++;
        return line.AsSpan(k).StartsWith("at ", StringComparison.Ordinal);
    }
}
