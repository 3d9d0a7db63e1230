namespace Parley.Extract.Times;

/// <summary>The closed word classes the time grammar keys on: month and weekday names, time units, zones, tense cues.</summary>
public static class TimeLexicon
{
    private static readonly Dictionary<string, int> MonthNames = new(StringComparer.Ordinal)
    {
        ["January"] = 1, ["February"] = 2, ["March"] = 3, ["April"] = 4, ["May"] = 5, ["June"] = 6, ["July"] = 7,
        ["August"] = 8, ["September"] = 9, ["October"] = 10, ["November"] = 11, ["December"] = 12,
        ["Jan"] = 1, ["Feb"] = 2, ["Mar"] = 3, ["Apr"] = 4, ["Jun"] = 6, ["Jul"] = 7, ["Aug"] = 8, ["Sep"] = 9, ["Sept"] = 9,
        ["Oct"] = 10, ["Nov"] = 11, ["Dec"] = 12,
        ["JANUARY"] = 1, ["FEBRUARY"] = 2, ["MARCH"] = 3, ["APRIL"] = 4, ["JUNE"] = 6, ["JULY"] = 7, ["AUGUST"] = 8,
        ["SEPTEMBER"] = 9, ["OCTOBER"] = 10, ["NOVEMBER"] = 11, ["DECEMBER"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["Monday"] = DayOfWeek.Monday, ["Tuesday"] = DayOfWeek.Tuesday, ["Wednesday"] = DayOfWeek.Wednesday,
        ["Thursday"] = DayOfWeek.Thursday, ["Friday"] = DayOfWeek.Friday, ["Saturday"] = DayOfWeek.Saturday,
        ["Sunday"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, DayOfWeek> WeekdayAbbreviations = new(StringComparer.Ordinal)
    {
        ["Mon"] = DayOfWeek.Monday, ["Tue"] = DayOfWeek.Tuesday, ["Tues"] = DayOfWeek.Tuesday, ["Wed"] = DayOfWeek.Wednesday,
        ["Thu"] = DayOfWeek.Thursday, ["Thur"] = DayOfWeek.Thursday, ["Thurs"] = DayOfWeek.Thursday, ["Fri"] = DayOfWeek.Friday,
        ["Sat"] = DayOfWeek.Saturday, ["Sun"] = DayOfWeek.Sunday,
    };

    /// <summary>Month number of a capitalized month name or abbreviation (case matters: "may" is a verb).</summary>
    public static int? Month(in LexToken t) => t.IsWord && MonthNames.TryGetValue(t.Text, out var m) ? m : null;

    public static bool IsAbbreviatedMonth(in LexToken t) => t.IsWord && t.Text.Length <= 4 && MonthNames.ContainsKey(t.Text) && t.Text != "June" && t.Text != "July" && t.Text != "May";

    public static DayOfWeek? Weekday(in LexToken t) => t.IsWord && Weekdays.TryGetValue(t.Text, out var d) ? d : null;

    /// <summary>Abbreviated weekday ("Mon"): only trusted right before a date ("Mon 12 Aug 2024").</summary>
    public static DayOfWeek? WeekdayAbbreviation(in LexToken t) => t.IsWord && WeekdayAbbreviations.TryGetValue(t.Text, out var d) ? d : null;

    /// <summary>A time unit word and how many of the TIMEX unit it is: "decades" → (Y, 10), "fortnight" → (W, 2).</summary>
    public static (string Unit, int Factor, bool Plural)? Unit(string lower) => lower switch
    {
        "second" => ("S", 1, false), "seconds" => ("S", 1, true),
        "minute" => ("MIN", 1, false), "minutes" => ("MIN", 1, true), "min" or "mins" => ("MIN", 1, true),
        "hour" => ("H", 1, false), "hours" => ("H", 1, true),
        "day" => ("D", 1, false), "days" => ("D", 1, true),
        "night" => ("D", 1, false), "nights" => ("D", 1, true),
        "week" => ("W", 1, false), "weeks" => ("W", 1, true),
        "fortnight" => ("W", 2, false), "fortnights" => ("W", 2, true),
        "month" => ("M", 1, false), "months" => ("M", 1, true),
        "year" => ("Y", 1, false), "years" => ("Y", 1, true),
        "decade" => ("Y", 10, false), "decades" => ("Y", 10, true),
        "century" => ("Y", 100, false), "centuries" => ("Y", 100, true),
        _ => null,
    };

    /// <summary>Parts of the day that may follow a weekday ("Friday evening").</summary>
    public static bool IsPartOfDay(string lower) => lower is "morning" or "afternoon" or "evening" or "night";

    /// <summary>Time zone abbreviations printed after clock times; UTC and GMT get TIMEX3's "Z".</summary>
    public static bool IsZone(string text) => text is "BST" or "GMT" or "UTC" or "CET" or "CEST" or "EET" or "EEST" or "MSK"
        or "EST" or "EDT" or "CST" or "CDT" or "PST" or "PDT" or "MST" or "MDT" or "IST" or "JST" or "AEST" or "ET" or "PT" or "WIB";

    /// <summary>Words that make the following time point forward (tense and modality of the clause).</summary>
    public static bool IsFutureCue(string lower) => lower is "will" or "shall" or "ll" or "would" or "due" or "scheduled"
        or "upcoming" or "coming" or "next" or "plans" or "plan" or "planning" or "intends" or "intend" or "expected"
        or "expects" or "aims" or "hopes" or "going" or "until" or "forthcoming" or "set";

    /// <summary>Words that make the following time point back.</summary>
    public static bool IsPastCue(string lower) => lower is "was" or "were" or "had" or "did" or "since" or "ago" or "earlier"
        or "previously" or "already" or "last" or "began" or "took" or "met" or "said" or "told" or "held";

    /// <summary>Speech verbs after which "then" means "at that time" ("he said then").</summary>
    public static bool IsSpeechVerb(string lower) => lower is "said" or "told" or "wrote" or "added" or "stated" or "declared" or "noted" or "warned";
}
