namespace Parley.Extract.Times;

/// <summary>
/// A set of days as sorted, disjoint, inclusive intervals of <see cref="DateOnly.DayNumber"/>, bounded by a domain wide
/// enough for news (1990–2040). Publication-date constraints are day sets; combining them is intersection.
/// </summary>
public sealed class DaySet
{
    public static readonly int DomainStart = new DateOnly(1990, 1, 1).DayNumber;
    public static readonly int DomainEnd = new DateOnly(2040, 12, 31).DayNumber;

    private readonly List<(int Start, int End)> _runs;

    private DaySet(List<(int, int)> runs) => _runs = runs;

    public static DaySet All => new([(DomainStart, DomainEnd)]);
    public static DaySet Empty => new([]);

    public static DaySet Range(DateOnly? from, DateOnly? to) =>
        Of([(from?.DayNumber ?? DomainStart, to?.DayNumber ?? DomainEnd)]);

    public static DaySet From(DateOnly from) => Range(from, null);
    public static DaySet Until(DateOnly to) => Range(null, to);
    public static DaySet Day(DateOnly d) => Range(d, d);

    /// <summary>The union of intervals (any order, overlapping allowed), clipped to the domain.</summary>
    public static DaySet Of(IEnumerable<(int Start, int End)> runs)
    {
        var sorted = runs.Select(r => (Math.Max(r.Start, DomainStart), Math.Min(r.End, DomainEnd)))
            .Where(r => r.Item1 <= r.Item2).OrderBy(r => r.Item1).ToList();
        var merged = new List<(int, int)>();
        foreach (var (s, e) in sorted)
        {
            if (merged.Count > 0 && s <= merged[^1].Item2 + 1)
                merged[^1] = (merged[^1].Item1, Math.Max(merged[^1].Item2, e));
            else merged.Add((s, e));
        }
        return new DaySet(merged);
    }

    public static DaySet Of(IEnumerable<(DateOnly Start, DateOnly End)> runs) => Of(runs.Select(r => (r.Start.DayNumber, r.End.DayNumber)));

    /// <summary>Every day of the domain falling on the weekday.</summary>
    public static DaySet Weekday(DayOfWeek dow)
    {
        var first = DateOnly.FromDayNumber(DomainStart);
        int offset = ((int)dow - (int)first.DayOfWeek + 7) % 7;
        var runs = new List<(int, int)>();
        for (int d = DomainStart + offset; d <= DomainEnd; d += 7) runs.Add((d, d));
        return new DaySet(runs);
    }

    public bool IsEmpty => _runs.Count == 0;
    public DateOnly? Min => _runs.Count == 0 ? null : DateOnly.FromDayNumber(_runs[0].Start);
    public DateOnly? Max => _runs.Count == 0 ? null : DateOnly.FromDayNumber(_runs[^1].End);
    /// <summary>True when the set reaches the domain's first (last) day: no lower (upper) bound.</summary>
    public bool OpenBelow => _runs.Count > 0 && _runs[0].Start == DomainStart;
    public bool OpenAbove => _runs.Count > 0 && _runs[^1].End == DomainEnd;
    /// <summary>Days from the first to the last day of the set.</summary>
    public int Span => _runs.Count == 0 ? 0 : _runs[^1].End - _runs[0].Start + 1;
    public bool Contains(DateOnly d) => _runs.Any(r => r.Start <= d.DayNumber && d.DayNumber <= r.End);

    public DaySet Intersect(DaySet other)
    {
        var a = _runs; var b = other._runs;
        var result = new List<(int, int)>();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            int s = Math.Max(a[i].Start, b[j].Start), e = Math.Min(a[i].End, b[j].End);
            if (s <= e) result.Add((s, e));
            if (a[i].End < b[j].End) i++; else j++;
        }
        return new DaySet(result);
    }

    public DaySet Union(DaySet other) => Of(_runs.Concat(other._runs));

    public bool Overlaps(DaySet other) => !Intersect(other).IsEmpty;

    public override string ToString() => IsEmpty ? "∅" : $"{Show(_runs[0].Start, true)}..{Show(_runs[^1].End, false)}" + (_runs.Count > 1 ? $" ({_runs.Count} runs)" : "");

    private static string Show(int day, bool start) =>
        (start ? day == DomainStart : day == DomainEnd) ? "?" : DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd");
}

/// <summary>A constraint on the publication day: the days it allows, how much to trust it, and why.</summary>
/// <param name="Strength">4 a printed date or comment stamp; 3 a uniquely matched event with a relative expression;
/// 2 an event mentioned without one, an event found by elimination, a copyright year; 1 a yearless date; 0 a bare year.</param>
public sealed record DateConstraint(DaySet Days, int Strength, string Evidence);
