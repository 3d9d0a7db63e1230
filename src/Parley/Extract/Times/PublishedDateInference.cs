using Parley.Documents;
using Parley.Knowledge;

namespace Parley.Extract.Times;

/// <summary>
/// Writes the "published" layer when no date was printed, given or found in metadata (method "unknown"): infers the
/// tightest range the text supports, then re-resolves the "times" layer against it. A printed, metadata or given date is
/// never overridden.
/// Every clue becomes a constraint, a set of days with a strength (<see cref="DateConstraint"/>), and the constraints are
/// intersected, strongest first; one that would leave no day is dropped and named in the evidence. The clues:
///  1. the latest full date in the body or in removed furniture (a photo caption), not pointed forward: published on or
///     after it; a past weekday that falls on that date's weekday: within six days after it; "today"/"yesterday" in the
///     date's sentence: that exact day; a reader comment's timestamp: on or before it (<see cref="ExplicitDates"/>);
///  2. references to known dated events (<see cref="EventReferenceFinder"/>, <see cref="EventDating"/>): "the NATO summit
///     in Washington last week" → the week after 9–11 July 2024; an ambiguous reference counts only when a single one of
///     its events fits the other clues and those already pin the date to within a few weeks;
///     statements of record ("Peskov stated on Sunday", the interview in the knowledge base) only narrow the rest;
///     events the article dates itself place its relative times about them (<see cref="TextDatedEvents"/>);
///  3. a wire dateline's day ("MOSCOW, November 6. /TASS/.") is the filing day in some year; a copyright line
///     ("© 2023") bounds the year; a date written without its year ("on July 16", not pointed forward)
///     is the last such day within the year before publication; the latest year mentioned is a weak lower bound;
///  4. once a lower bound is known, a weekday pointed forward ("due to fly back on Friday") is an upper bound; "today"
///     with a reporting verb beside the lead's past weekday ("reported on Sunday") makes that weekday the day itself.
/// </summary>
public sealed class PublishedDateInference(KnowledgeBase kb) : IAnnotator
{
    public PublishedDateInference() : this(KnowledgeBase.Default) { }

    public string Name => "published";
    public IReadOnlyList<string> Requires { get; } = ["times"];
    public string Assigns => "published";

    /// <summary>An ambiguous event reference is settled by the other clues only when they leave at most this many days.</summary>
    public const int AmbiguityWindowDays = 45;

    public void Process(Document document, CancellationToken ct)
    {
        if (document.Published.Method != "unknown") return;
        // one scan of the body serves the inference and the re-resolution after it
        var body = new TextScan("body", document.Text);
        var inferred = Infer(document, kb, body);
        if (inferred == null) return;
        document.Published = inferred;
        // the relative expressions now have a reference: resolve them again
        document.Times.Clear();
        document.Times.AddRange(TimeAnnotator.Annotate(document, kb, body));
    }

    public static PublishedDate? Infer(Document doc) => Infer(doc, KnowledgeBase.Default);

    public static PublishedDate? Infer(Document doc, KnowledgeBase kb) => Infer(doc, kb, new TextScan("body", doc.Text));

    private static PublishedDate? Infer(Document doc, KnowledgeBase kb, TextScan body)
    {
        var scans = new List<TextScan>();
        if (!string.IsNullOrWhiteSpace(doc.Title)) scans.Add(new TextScan("title", doc.Title!));
        if (!string.IsNullOrWhiteSpace(doc.Subtitle)) scans.Add(new TextScan("subtitle", doc.Subtitle!));
        scans.Add(body);

        var constraints = new List<DateConstraint>();
        var explicitDates = ExplicitDates.Add(doc, body, constraints);
        if (CopyrightYear(doc) is int cy)
            constraints.Add(new DateConstraint(DaySet.Range(new DateOnly(cy, 1, 1), new DateOnly(cy, 12, 31)), 2, $"copyright year {cy}: published that year"));
        AddDatelineDate(body, constraints);
        AddYearlessDates(body, constraints);
        AddLatestYear(body, constraints);

        // events named by their own words, then words and times that point back to an event named unambiguously
        var finder = EventReferenceFinder.For(kb);
        var refs = scans.SelectMany(finder.Find).ToList();
        var anchored = refs.Where(r => r.Candidates.Count == 1 && !r.Candidates[0].Event.IsStatement).Select(r => r.Candidates[0].Event).ToHashSet();
        foreach (var s in scans) refs.AddRange(finder.FindAnaphoric(s, anchored, refs));
        var ambiguous = new List<(EventReference Ref, List<(DatedEvent Event, DaySet Days, string How)> Options)>();
        var placedTimes = new HashSet<TimeMention>();     // time words a known event already accounts for
        foreach (var r in refs)
        {
            var options = new List<(DatedEvent, DaySet, string)>();
            bool silent = false;
            foreach (var (e, _) in r.Candidates)
            {
                var days = EventDating.Allowed(r, e, kb, out var how);
                if (days == null) { silent = true; continue; }
                if (!days.IsEmpty) options.Add((e, days, how));
            }
            if (options.Count == 0 || (silent && options.Count > 0 && r.Candidates.Count > 1)) continue;
            if (r.Time != null && r.Scan == body) placedTimes.Add(r.Time);
            if (options.Count == 1)
            {
                var (e, days, how) = options[0];
                // officials say much the same things often: a statement of record only narrows what the other clues
                // allow (the weakest strengths), and without a time word it only says the article is not older than it
                int strength = e.IsStatement ? (r.Time != null ? 1 : 0) : r.Candidates.Count > 1 ? 2 : r.Time != null ? 3 : 2;
                string found = r.Candidates.Count > 1 ? $" (the only one of {r.Candidates.Count} candidates it fits)" : "";
                constraints.Add(new DateConstraint(days, strength, $"{r.Scan.Where} \"{r.Words}\" = {EventDating.Show(e)}{found}, {how}"));
            }
            else if (!options[0].Item1.IsStatement) ambiguous.Add((r, options));
        }

        var (set, kept, dropped) = Combine(constraints);
        // an ambiguous reference settles only when a single candidate fits what the other clues already pin down
        for (bool changed = true; changed && ambiguous.Count > 0;)
        {
            changed = false;
            // the days every ambiguous reference could still allow, together with the rest
            var joint = set;
            foreach (var a in ambiguous)
            {
                var union = a.Options.Aggregate(DaySet.Empty, (u, o) => u.Union(o.Days));
                var next = joint.Intersect(union);
                if (!next.IsEmpty) joint = next;
            }
            if (joint.OpenBelow || joint.OpenAbove || joint.Span > AmbiguityWindowDays) break;
            foreach (var a in ambiguous.ToList())
            {
                var fits = a.Options.Where(o => o.Days.Overlaps(joint)).ToList();
                if (fits.Count != 1) continue;
                var (e, days, how) = fits[0];
                constraints.Add(new DateConstraint(days, 2,
                    $"{a.Ref.Scan.Where} \"{a.Ref.Words}\" = {EventDating.Show(e)} (the only one of {a.Options.Count} candidates consistent with the rest), {how}"));
                ambiguous.Remove(a);
                changed = true;
            }
            if (changed) (set, kept, dropped) = Combine(constraints);
        }

        // events the article dates itself: "talks in Istanbul on November 5" ... "the exchange agreed in Istanbul last week"
        int before = constraints.Count;
        TextDatedEvents.Add(body, finder, set, placedTimes, kb, constraints);
        if (constraints.Count > before) (set, kept, dropped) = Combine(constraints);

        // clues that need a lower bound first
        // clues that need the news day pinned to within a week: from a full date, else from everything so far
        bool pinned = !set.OpenBelow && !set.OpenAbove && set.Span <= 7;
        var peg = explicitDates ?? (pinned ? set.Min : null);
        if (peg is { } lo)
        {
            ExplicitDates.AddForwardWeekdays(body, lo, constraints);
            if (pinned) AddTodayOnLeadWeekday(body, constraints);
            (set, kept, dropped) = Combine(constraints);
        }

        if (set.IsEmpty || (set.OpenBelow && set.OpenAbove)) return null;
        DateOnly? earliest = set.OpenBelow ? null : set.Min, latest = set.OpenAbove ? null : set.Max;
        var evidence = kept.Select(c => c.Evidence).ToList();
        evidence.AddRange(dropped.Select(c => $"dropped as conflicting with stronger clues: {c.Evidence}"));
        string? date = earliest != null && earliest == latest ? EventDating.Iso(earliest.Value) : null;
        return new PublishedDate(date, earliest is { } a2 ? EventDating.Iso(a2) : null, latest is { } b2 ? EventDating.Iso(b2) : null,
            "inferred", string.Join("; ", evidence));
    }

    /// <summary>Intersects the constraints strongest first (ties in the order found); one that empties the set is dropped.
    /// Constraints that change nothing are not kept as evidence.</summary>
    public static (DaySet Set, List<DateConstraint> Kept, List<DateConstraint> Dropped) Combine(IReadOnlyList<DateConstraint> constraints)
    {
        var set = DaySet.All;
        var kept = new List<DateConstraint>();
        var dropped = new List<DateConstraint>();
        foreach (var c in constraints.Select((c, i) => (c, i)).OrderByDescending(x => x.c.Strength).ThenBy(x => x.i).Select(x => x.c))
        {
            var next = set.Intersect(c.Days);
            if (next.IsEmpty) { dropped.Add(c); continue; }
            if (next.Min != set.Min || next.Max != set.Max || next.Span != set.Span) kept.Add(c);
            set = next;
        }
        return (set, kept, dropped);
    }

    /// <summary>"on July 16" without a year, not pointed forward: the last July 16 within the year before publication;
    /// pointed forward: the next one within the year after. A month alone counts only with an explicit past cue.</summary>
    private static void AddYearlessDates(TextScan body, List<DateConstraint> constraints)
    {
        var seen = new HashSet<(int, int?, int)>();
        foreach (var m in body.Mentions)
        {
            if (m.Kind != TimeKind.Calendar || m.Year != null || m.YearShift != null || m.Month is not int mo) continue;
            if (m.Day == null && m.Lean >= 0) continue;
            int lean = m.Lean > 0 ? 1 : -1;
            if (!seen.Add((mo, m.Day, lean))) continue;
            var runs = new List<(DateOnly, DateOnly)>();
            for (int y = 1990; y <= 2040; y++)
            {
                int day = Math.Min(m.Day2 ?? m.Day ?? 1, DateTime.DaysInMonth(y, mo));
                var d = new DateOnly(y, mo, day);
                runs.Add(lean < 0 ? (d, d.AddDays(364)) : (d.AddDays(-364), d));
            }
            var text = body.Text[m.Start..m.End];
            constraints.Add(new DateConstraint(DaySet.Of(runs), 1, lean < 0
                ? $"\"{text}\" without a year: the last such day within the year before publication"
                : $"\"{text}\" without a year, pointed forward: still ahead, within the year after publication"));
        }
    }

    /// <summary>
    /// "MOSCOW, November 6. /TASS/. The Kremlin ...": a day and month in the dateline that opens the body is the day the
    /// story was filed, so publication is on that day in some year (the year comes from the other clues: a copyright
    /// line, events). Only when nothing but capitals, commas and spaces precede the date.
    /// </summary>
    private static void AddDatelineDate(TextScan body, List<DateConstraint> constraints)
    {
        var m = body.Mentions.FirstOrDefault();
        if (m == null || m.Kind != TimeKind.Calendar || m.Month is not int mo || m.Day is not int day || m.Day2 != null || m.Start > 60) return;
        if (body.Sentence[m.TokenFirst] != 0 || m.TokenFirst == 0) return;
        for (int k = 0; k < m.TokenFirst; k++)
        {
            var t = body.Tokens[k];
            bool ok = t.IsPunct ? t.Text is "," or "(" or ")" or "-" or "–" or "—" : t.IsWord && t.Text.All(c => !char.IsLetter(c) || char.IsUpper(c));
            if (!ok) return;
        }
        // the date ends the dateline: a period, a dash or an agency credit follows
        int after = m.TokenNext;
        if (after < body.Tokens.Count && !(body.Tokens[after].IsPunct && body.Tokens[after].Text is "." or "(" or "/" or "-" or "–" or "—" or ":"))
            return;
        var days = new List<(DateOnly, DateOnly)>();
        int year0 = m.Year ?? 1990, year1 = m.Year ?? 2040;
        for (int y = year0; y <= year1; y++)
            if (day <= DateTime.DaysInMonth(y, mo)) days.Add((new DateOnly(y, mo, day), new DateOnly(y, mo, day)));
        constraints.Add(new DateConstraint(DaySet.Of(days), 3,
            $"dateline \"{body.Text[..m.End]}\": filed on that day{(m.Year == null ? " (the year from the other clues)" : "")}"));
    }

    /// <summary>The latest year the body mentions as past or present ("in 2023", "since 2022"): published no earlier.</summary>
    private static void AddLatestYear(TextScan body, List<DateConstraint> constraints)
    {
        int best = 0; string? text = null;
        foreach (var m in body.Mentions)
            if (m.Kind == TimeKind.Calendar && m.Year is int y && m.YearShift == null && m.Lean <= 0 && y is >= 1990 and <= 2040 && y > best)
            { best = y; text = body.Text[m.Start..m.End]; }
        if (text != null)
            constraints.Add(new DateConstraint(DaySet.From(new DateOnly(best, 1, 1)), 0, $"latest year mentioned \"{text}\": published in {best} or later"));
    }

    /// <summary>"Today, X stated ..." beside a lead that dates the news "on Sunday": the news day is today, so the article
    /// was published on that weekday.</summary>
    private static void AddTodayOnLeadWeekday(TextScan body, List<DateConstraint> constraints)
    {
        var lead = body.Mentions.FirstOrDefault(m => m.Sentence == 0 && m.Kind == TimeKind.Weekday && m.Shift == 0 && m.Lean <= 0
            && m.Weekday != null && !body.InQuote[m.TokenFirst]);
        if (lead == null) return;
        foreach (var m in body.Mentions)
        {
            if (m.Kind != TimeKind.RelativeDay || m.Shift != 0 || m.Rule != "today" || body.InQuote[m.TokenFirst]) continue;
            bool reporting = false;
            var (sFirst, sLast) = body.SentenceRange(body.Sentence[m.TokenFirst]);
            for (int k = sFirst; k <= sLast; k++)
                if (!body.InQuote[k] && body.Tokens[k].IsWord
                    && (TimeLexicon.IsSpeechVerb(body.Folded[k]) || body.Folded[k] is "announced" or "reported" or "says" or "confirmed"))
                { reporting = true; break; }
            if (!reporting) continue;
            constraints.Add(new DateConstraint(DaySet.Weekday(lead.Weekday!.Value), 2,
                $"\"{body.Text[m.Start..m.End]}\" with a reporting verb and the lead's \"{body.Text[lead.Start..lead.End]}\": published on that {lead.Weekday}"));
            return;
        }
    }

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
