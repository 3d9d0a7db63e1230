using System.Globalization;
using Parley.Documents;

namespace Parley.Extract.Times;

/// <summary>
/// The day relative expressions are resolved against: the publication date when printed or given, else the earliest
/// day of an inferred range (so "later this year" starts no later than the article could have), else none.
/// </summary>
public sealed record ReferenceDate(DateOnly Day, DateOnly Latest, string Source)
{
    /// <summary>Widest publication range still used as a day reference: a week (an article's "on Sunday" resolves the
    /// same way across it). A wider range, or one with an open end, only tells the year when both ends share it.</summary>
    public const int MaxRangeDays = 7;

    public static ReferenceDate? From(PublishedDate p)
    {
        var d = Parse(p.Date) ?? Parse(p.Earliest);
        if (d is not { } day) return null;
        if (p.Date == null && Parse(p.Latest) is not { } bounded) return null;
        var latest = Parse(p.Latest) ?? day;
        if (latest < day) latest = day;
        if (p.Date == null && latest.DayNumber - day.DayNumber > MaxRangeDays) return null;
        string src = p.Date != null ? $"published {p.Date} ({p.Method})"
                   : latest == day ? $"published {day:yyyy-MM-dd} ({p.Method})"
                   : $"published {day:yyyy-MM-dd}..{latest:yyyy-MM-dd} ({p.Method}, earliest used)";
        return new ReferenceDate(day, latest, src);
    }

    /// <summary>The publication year when the range, though too wide for a day reference, lies within one year.</summary>
    public static int? YearOnly(PublishedDate p)
    {
        if (From(p) != null) return null;
        var a = Parse(p.Date ?? p.Earliest);
        var b = Parse(p.Date ?? p.Latest);
        return a is { } x && b is { } y && x.Year == y.Year ? x.Year : null;
    }

    public static DateOnly? Parse(string? iso) =>
        iso != null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
