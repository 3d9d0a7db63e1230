using System.Globalization;
using Parley.Documents;
using Parley.Text;

namespace Parley.Extract.Quotes;

/// <summary>
/// When the words were said, read from the attribution ("told journalists on Monday", "in a broadcast on July 16",
/// "said today"). Uses the time layer's normalized dates when it exists; otherwise a small lookup of day names,
/// month-day dates and today/yesterday against the publication date. Unknown stays null.
/// </summary>
public sealed class SaidOnResolver(Document doc)
{
    private readonly DateOnly? _published = ParseDate(doc.Published.Date ?? (doc.Published.Earliest == doc.Published.Latest ? doc.Published.Earliest : null));

    /// <summary>The time layer by start offset, so each attribution looks only at the expressions inside it.</summary>
    private readonly TimeExpression[] _times = doc.Times.OrderBy(t => t.Span.Start).ToArray();

    /// <summary>Time expressions starting within [cs, ce).</summary>
    private IEnumerable<TimeExpression> TimesIn(int cs, int ce)
    {
        for (int k = Sorted.FirstAtOrAfter(_times, cs, t => t.Span.Start); k < _times.Length && _times[k].Span.Start < ce; k++) yield return _times[k];
    }

    /// <summary>The date stated in words [from, to) of the sentence outside quotations, or null.</summary>
    public string? Find(QuoteSentence s, int from, int to)
    {
        from = Math.Max(0, from); to = Math.Min(s.Count, to);
        if (to <= from) return null;
        int cs = s.Words[from].Start, ce = s.Words[to - 1].End;
        // the time layer, when it ran, knows best
        foreach (var t in TimesIn(cs, ce))
        {
            if (t.Span.Start < cs || t.Span.End > ce) continue;
            if (IsInsideQuote(s, t.Span.Start)) continue;
            if (t.Type == "DATE" && t.Value.Length == 10 && ParseDate(t.Value) != null) return t.Value;
        }
        for (int i = from; i < to; i++)
        {
            if (s.Inside(i) || !s.Words[i].IsWord) continue;
            var w = s.Words[i].Lower;
            if (_published is { } pub)
            {
                if (w == "today" || (w == "this" && i + 1 < to && s.Words[i + 1].Lower is "morning" or "afternoon" or "evening")
                    || w == "tonight")
                    return Iso(pub);
                if (w == "yesterday") return Iso(pub.AddDays(-1));
                if (QuoteWords.Weekdays.Contains(w) && !(i > 0 && s.Words[i - 1].Lower is "next" or "last" or "every"))
                {
                    var dow = Enum.Parse<DayOfWeek>(w, ignoreCase: true);
                    int back = ((int)pub.DayOfWeek - (int)dow + 7) % 7;
                    return Iso(pub.AddDays(-back));
                }
            }
            if (DateParsing.MonthNumber(s.Words[i].Text) is int month && i + 1 < to && int.TryParse(s.Words[i + 1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out int day) && day is >= 1 and <= 31)
            {
                int year = ExplicitYear(s, i + 2, to) ?? _published?.Year ?? 0;
                if (year == 0) continue;
                if (ExplicitYear(s, i + 2, to) == null && _published is { } p2 && new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))) > p2) year--;
                if (DateParsing.IsValid(year, month, day)) return $"{year:0000}-{month:00}-{day:00}";
            }
            if (int.TryParse(s.Words[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out int d2) && d2 is >= 1 and <= 31 && i + 1 < to && DateParsing.MonthNumber(s.Words[i + 1].Text) is int m2)
            {
                int year = ExplicitYear(s, i + 2, to) ?? _published?.Year ?? 0;
                if (year != 0 && DateParsing.IsValid(year, m2, d2)) return $"{year:0000}-{m2:00}-{d2:00}";
            }
        }
        return null;
    }

    /// <summary>Whether words [from, to) outside quotations carry a time expression that is not the publication day
    /// ("last week", "in June", "on Sunday" before it): then the words were said at another time, maybe unknown.</summary>
    public bool HasOtherTime(QuoteSentence s, int from, int to)
    {
        from = Math.Max(0, from); to = Math.Min(s.Count, to);
        if (to <= from) return false;
        int cs = s.Words[from].Start, ce = s.Words[to - 1].End;
        var pub = _published is { } p ? Iso(p) : null;
        foreach (var t in TimesIn(cs, ce))
        {
            if (t.Span.Start < cs || t.Span.End > ce || IsInsideQuote(s, t.Span.Start)) continue;
            if (t.Type is not ("DATE" or "TIME")) continue;
            if (pub != null && t.Value.StartsWith(pub, StringComparison.Ordinal)) continue;
            if (t.Value is "PRESENT_REF") continue;
            return true;
        }
        return false;
    }

    /// <summary>The publication day, when it is one day.</summary>
    public string? PublishedDay => _published is { } p ? Iso(p) : null;

    private static int? ExplicitYear(QuoteSentence s, int i, int to)
    {
        if (i < to && s.IsComma(i)) i++;
        if (i < to && int.TryParse(s.Words[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= 1900 and <= 2100) return y;
        return null;
    }

    private static bool IsInsideQuote(QuoteSentence s, int pos) => s.Segments.Any(q => pos > q.Open && pos < q.Close);

    private static DateOnly? ParseDate(string? s) =>
        s != null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
