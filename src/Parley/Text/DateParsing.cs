using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Text;

/// <summary>Parses printed dates ("July 24, 2024", "24 July 2024", "Mon 12 Aug 2024", "2024-07-24T10:00Z") to ISO dates.</summary>
public static partial class DateParsing
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    };

    public static int? MonthNumber(string name) => Months.TryGetValue(name.TrimEnd('.'), out var m) ? m : null;

    private const string MonthAlt = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoRx();

    [GeneratedRegex(@"\b(?<mon>" + MonthAlt + @")\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MdyRx();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?<mon>" + MonthAlt + @")\.?,?\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DmyRx();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)[./](?<m>[01]?\d)[./](?<y>(?:19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DotRx();

    /// <summary>A printed full date found in <paramref name="text"/>: its ISO value, start index and length.</summary>
    public readonly record struct Found(string Iso, int Index, int Length);

    /// <summary>Finds the first full date (with year) in a line of text.</summary>
    public static Found? FindFullDate(string text)
    {
        Found? best = null;
        foreach (var rx in new[] { IsoRx(), MdyRx(), DmyRx(), DotRx() })
        {
            var m = rx.Match(text);
            while (m.Success)
            {
                int mon = m.Groups["mon"].Success ? MonthNumber(m.Groups["mon"].Value) ?? 0 : int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                int d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (IsValid(y, mon, d))
                {
                    if (best == null || m.Index < best.Value.Index) best = new Found($"{y:0000}-{mon:00}-{d:00}", m.Index, m.Length);
                    break;
                }
                m = m.NextMatch();
            }
        }
        return best;
    }

    /// <summary>An ISO date for a string that is (or starts with) a date, else null.</summary>
    public static string? ToIsoDate(string s)
    {
        s = s.Trim();
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) && s.Length >= 8 && char.IsDigit(s[0]))
            return dto.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return FindFullDate(s)?.Iso;
    }

    public static bool IsValid(int y, int m, int d) => y is >= 1900 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
}
