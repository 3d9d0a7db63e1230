using System.Globalization;
using Parley.Documents;

namespace Parley.Extract.Times;

/// <summary>
/// Writes the "published" layer when no date was printed, given or found in metadata (method "unknown"): infers the
/// tightest range the text's own dated anchors support, then re-resolves the "times" layer against it. A printed,
/// metadata or given date is never overridden.
/// Rules, in order:
///  1. the latest full date (day, month, year) mentioned in the body or in removed furniture such as a photo caption,
///     not pointed forward by its clause, is a lower bound: an article reports what already happened;
///  2. a past-leaning weekday ("talks on Thursday") that falls on that date's weekday pins the reference to within
///     six days after it; "today"/"yesterday" in the same sentence as the date pin it exactly;
///  3. a weekday pointed forward ("due to fly back on Friday") is an upper bound: the article precedes it;
///  4. a copyright line ("© 2023") bounds the year when nothing else does.
/// </summary>
public sealed class PublishedDateInference : IAnnotator
{
    public string Name => "published";
    public IReadOnlyList<string> Requires { get; } = ["times"];
    public string Assigns => "published";

    public void Process(Document document, CancellationToken ct)
    {
        if (document.Published.Method != "unknown") return;
        var inferred = Infer(document);
        if (inferred == null) return;
        document.Published = inferred;
        // the relative expressions now have a reference: resolve them again
        document.Times.Clear();
        document.Times.AddRange(TimeAnnotator.Annotate(document));
    }

    private sealed record Anchor(DateOnly Day, string Text, string Where, TimeMention Mention, string Source);

    public static PublishedDate? Infer(Document doc)
    {
        var bodyMentions = TimeGrammar.Find(doc.Text);
        var anchors = new List<Anchor>();
        var commentStamps = new List<(DateOnly Day, string Text)>();
        foreach (var m in bodyMentions)
            if (FullDate(m) is { } d && m.Lean <= 0)
                anchors.Add(new Anchor(d, doc.Text[m.Start..m.End], "body", m, doc.Text));
        foreach (var line in doc.Removed)
            foreach (var m in TimeGrammar.Find(line.Text))
                if (FullDate(m) is { } d && m.Lean <= 0)
                {
                    if (IsCommentStamp(line.Text, m)) commentStamps.Add((d, line.Text[m.Start..m.End]));
                    else anchors.Add(new Anchor(d, line.Text[m.Start..m.End], "removed line", m, line.Text));
                }

        int? copyrightYear = CopyrightYear(doc);
        var evidence = new List<string>();
        DateOnly? lower = null, upper = null;

        if (anchors.Count > 0)
        {
            var a = anchors.MaxBy(x => x.Day)!;
            // a date far older than others is history, not the news peg; the latest one is the best lower bound
            lower = a.Day;
            evidence.Add($"latest full date mentioned \"{a.Text}\" ({a.Where}) = {a.Day:yyyy-MM-dd}: published on or after it");

            foreach (var m in bodyMentions)
            {
                // the date must be the news peg, not history: in furniture (a photo caption), in the opening sentences,
                // or in the weekday's own sentence
                bool peg = a.Where != "body" || a.Mention.Sentence <= 2 || a.Mention.Sentence == m.Sentence;
                if (peg && m.Kind == TimeKind.Weekday && m.Weekday == a.Day.DayOfWeek && m.Shift == 0 && m.Lean <= 0)
                {
                    var u = a.Day.AddDays(6);
                    if (upper == null || u < upper) { upper = u; evidence.Add($"past weekday \"{doc.Text[m.Start..m.End]}\" is {a.Day:yyyy-MM-dd}: published within six days after it"); }
                }
                if (m.Kind == TimeKind.RelativeDay && a.Where == "body" && m.Sentence == a.Mention.Sentence)
                {
                    var exact = a.Day.AddDays(-m.Shift);
                    lower = upper = exact;
                    evidence.Add($"\"{doc.Text[m.Start..m.End]}\" beside the date pins the reference day to {exact:yyyy-MM-dd}");
                    break;
                }
            }
            foreach (var m in bodyMentions)
            {
                bool forward = m.Kind == TimeKind.Weekday && (m.Shift == 1 || (m.Shift == 0 && m.Lean > 0));
                if (!forward || lower is not { } lo) continue;
                int fwd = ((int)m.Weekday!.Value - (int)lo.DayOfWeek + 7) % 7;
                var next = lo.AddDays(fwd == 0 ? 7 : fwd);
                var u = next.AddDays(-1);
                if (u >= lo && (upper == null || u < upper))
                {
                    upper = u;
                    evidence.Add($"forward weekday \"{doc.Text[m.Start..m.End]}\" still ahead ({next:yyyy-MM-dd}): published before it");
                }
            }
        }
        if (commentStamps.Count > 0)
        {
            // readers comment after publication, and usually soon after: the first comment bounds the latest day, and a
            // past weekday of the text is then the latest such day before it
            var first = commentStamps.MinBy(c => c.Day);
            if (upper == null || first.Day < upper) { upper = first.Day; evidence.Add($"first reader comment dated \"{first.Text}\": published on or before it"); }
            if (lower == null)
            {
                foreach (var m in bodyMentions)
                    if (m.Kind == TimeKind.Weekday && m.Shift == 0 && m.Lean <= 0)
                    {
                        int back = ((int)first.Day.DayOfWeek - (int)m.Weekday!.Value + 7) % 7;
                        var w = first.Day.AddDays(-back);
                        if (lower == null || w > lower) lower = w;
                    }
                if (lower != null) evidence.Add($"past weekday before the first comment: published on or after {lower:yyyy-MM-dd}");
            }
        }
        if (copyrightYear is int cy)
        {
            var yStart = new DateOnly(cy, 1, 1);
            var yEnd = new DateOnly(cy, 12, 31);
            if (lower == null || lower.Value.Year < cy) { lower = yStart; evidence.Add($"copyright year {cy}: published that year"); }
            if (upper == null || upper > yEnd) { if (lower <= yEnd) { upper = yEnd; evidence.Add($"copyright year {cy} bounds the latest day"); } }
        }
        if (lower == null) return null;
        string? date = upper == lower ? Iso(lower.Value) : null;
        return new PublishedDate(date, Iso(lower.Value), upper is { } up ? Iso(up) : null, "inferred", string.Join("; ", evidence));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? FullDate(TimeMention m)
    {
        if (m.Kind != TimeKind.Calendar || m.Year is not int y || m.Month is not int mo || m.Day is not int d) return null;
        int day = m.Day2 ?? d;   // a range ("June 15 and 16") is over by its last day
        return y is > 1900 and < 2200 && day <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, day) : null;
    }

    /// <summary>A reader comment's timestamp ("says: December 11, 2024 at 7:02 am") comes after publication: not a lower bound.</summary>
    private static bool IsCommentStamp(string line, TimeMention m) =>
        line.Contains("says:", StringComparison.OrdinalIgnoreCase) || line.AsSpan(m.End).TrimStart().StartsWith("at ", StringComparison.Ordinal);

    /// <summary>"© 2023", "(c) 2023", "Copyright 2023" in the body or the removed furniture.</summary>
    private static int? CopyrightYear(Document doc)
    {
        int? best = null;
        foreach (var text in doc.Removed.Select(r => r.Text).Append(doc.Text))
        {
            var toks = WordLexer.Scan(text);
            for (int i = 0; i + 1 < toks.Count; i++)
            {
                bool mark = toks[i].Text == "©" || toks[i].Lower == "copyright";
                if (!mark) continue;
                for (int k = i + 1; k < Math.Min(toks.Count, i + 8); k++)
                    if (toks[k].IsNumber && toks[k].Text.Length == 4 && int.TryParse(toks[k].Text, out int y) && y is > 1990 and < 2100)
                    { best = best is int b ? Math.Max(b, y) : y; break; }
            }
        }
        return best;
    }
}
