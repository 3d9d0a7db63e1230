namespace Parley.Extract.Times;

/// <summary>What a recognized time expression says, before it is resolved against a reference date.</summary>
public enum TimeKind
{
    /// <summary>A calendar date, month or year given by name or number; missing parts come from the reference ("July 16").</summary>
    Calendar,
    /// <summary>A day of the week ("on Sunday", "next Friday", "Friday evening").</summary>
    Weekday,
    /// <summary>today / yesterday / tomorrow / this morning / overnight: a day offset from the reference.</summary>
    RelativeDay,
    /// <summary>last week / this month / next year / the weekend: a calendar unit shifted from the reference.</summary>
    RelativeUnit,
    /// <summary>earlier this year / later this month: part of a unit before or after the reference.</summary>
    PartOfUnit,
    /// <summary>An amount of time ("three years", "three-day", "the past three decades").</summary>
    Duration,
    /// <summary>A recurrence ("every night", "daily", "2.5 million tonnes a year").</summary>
    Set,
    /// <summary>now / in the past / in the future: PRESENT_REF, PAST_REF, FUTURE_REF.</summary>
    Reference,
    /// <summary>A clock time ("3:16 PM", "20.05 BST").</summary>
    ClockTime,
    /// <summary>An amount back from the reference ("two years ago").</summary>
    Ago,
    /// <summary>An amount from another time the text gave ("three days later", "hours before the ceremony").</summary>
    Offset,
    /// <summary>Points back to a time the text gave ("the same day", "at the time", "said then").</summary>
    Anaphor,
}

/// <summary>
/// A time expression found by <see cref="TimeGrammar"/>: its character span, what it says (<see cref="Kind"/> and the
/// fields below) and the rule that matched. <see cref="TimeResolver"/> turns it into a TIMEX3-style value.
/// </summary>
public sealed class TimeMention
{
    public required int Start { get; init; }
    public required int End { get; set; }
    public required TimeKind Kind { get; init; }
    /// <summary>The grammar rule that matched (named in the explain string).</summary>
    public required string Rule { get; init; }
    /// <summary>Index of the sentence (by the lexer's sentence ends) the mention starts in.</summary>
    public int Sentence { get; set; }
    /// <summary>Token range [TokenFirst, TokenNext) in the lexer's tokens.</summary>
    public int TokenFirst { get; set; }
    public int TokenNext { get; set; }

    public int? Year { get; set; }
    public int? Month { get; set; }
    public int? Day { get; set; }
    /// <summary>Second day of a range within one month ("June 15 and 16").</summary>
    public int? Day2 { get; set; }
    public DayOfWeek? Weekday { get; set; }
    /// <summary>Shift of the named unit or day: -1 last/previous, 0 this, +1 next; for RelativeDay the day offset.</summary>
    public int Shift { get; set; }
    /// <summary>Year shift relative to the reference ("July last year" → -1), when the year is given relatively.</summary>
    public int? YearShift { get; set; }
    /// <summary>Unit letter: Y, M (month), W, D, H, MIN, S, WE (weekend), Q.</summary>
    public string? Unit { get; set; }
    /// <summary>Amount of units; null means unspecified (TimeML X: "weeks", "a few days").</summary>
    public double? Amount { get; set; }
    /// <summary>For Reference: PRESENT_REF / PAST_REF / FUTURE_REF.</summary>
    public string? Fixed { get; set; }
    /// <summary>Part of the named period: "end", "start", "mid", "early", "late", "earlier", "later".</summary>
    public string? Edge { get; set; }
    /// <summary>A holiday's key ("christmas", "easter", "orthodox-easter", "thanksgiving"): movable ones have no Month.</summary>
    public string? Holiday { get; set; }
    /// <summary>Tense lean of the words around it: -1 the past, +1 the future, 0 no cue.</summary>
    public int Lean { get; set; }
    /// <summary>Direction of an Offset: -1 before/earlier, +1 after/later.</summary>
    public int Direction { get; set; }
    public int Hour { get; set; }
    public int Minute { get; set; }
    public string? Zone { get; set; }

    public override string ToString() => $"{Kind}:{Rule}[{Start},{End})";
}
