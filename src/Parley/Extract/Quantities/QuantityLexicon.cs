namespace Parley.Extract.Quantities;

/// <summary>Closed word classes for numeric claims: currencies, measure units, approximation cues, function words.</summary>
public static class QuantityLexicon
{
    /// <summary>ISO 4217 code of a currency symbol written before the amount ("$", "€", "£").</summary>
    public static string? CurrencySymbol(string text) => text switch
    {
        "$" => "USD", "€" => "EUR", "£" => "GBP", "¥" => "JPY", "₴" => "UAH", "₽" => "RUB", "₹" => "INR", _ => null,
    };

    /// <summary>ISO 4217 code of a currency written after the amount ("40 billion euros").</summary>
    public static string? CurrencyWord(string lower) => lower switch
    {
        "dollar" or "dollars" or "usd" => "USD",
        "euro" or "euros" or "eur" => "EUR",
        "pound" or "pounds" or "gbp" or "sterling" => "GBP",
        "rouble" or "roubles" or "ruble" or "rubles" or "rub" => "RUB",
        "hryvnia" or "hryvnias" or "hryvnas" or "uah" => "UAH",
        "yuan" or "renminbi" or "cny" => "CNY",
        "yen" or "jpy" => "JPY",
        "francs" or "franc" or "chf" => "CHF",
        _ => null,
    };

    /// <summary>Measure units after an amount: "12km", "810-mile", "33 million tonnes".</summary>
    public static string? MeasureUnit(string lower) => lower switch
    {
        "km" or "kilometre" or "kilometres" or "kilometer" or "kilometers" => "km",
        "mile" or "miles" => "miles",
        "metre" or "metres" or "meter" or "meters" => "m",
        "km2" => "km2",
        "tonne" or "tonnes" or "ton" or "tons" or "t" => "tonnes",
        "kg" or "kilogram" or "kilograms" or "kilogrammes" => "kg",
        "barrel" or "barrels" => "barrels",
        "mw" or "megawatts" or "megawatt" => "MW",
        "gw" or "gigawatts" or "gigawatt" => "GW",
        _ => null,
    };

    /// <summary>The approximation a cue word (or two) before an amount states.</summary>
    public static string? Approx(string w1, string w2) => (w1, w2) switch
    {
        ("more", "than") or ("at", "least") or ("no", "fewer") or ("upwards", "of") => "more_than",
        ("less", "than") or ("fewer", "than") or ("up", "to") or ("at", "most") or ("no", "more") => "less_than",
        ("close", "to") or ("just", "under") or ("just", "short") => "nearly",
        ("an", "estimated") or ("estimated", "at") => "about",
        _ => null,
    };

    public static string? Approx(string w) => w switch
    {
        "over" or "above" or "exceeding" => "more_than",
        "under" or "below" => "less_than",
        "about" or "around" or "approximately" or "roughly" or "some" or "approx" or "estimated" or "between" => "about",
        "nearly" or "almost" => "nearly",
        _ => null,
    };

    /// <summary>Words that stress an exact count ("just seven", "barely three paragraphs"): part of the span, approx exact.</summary>
    public static bool IsExactStress(string w) => w is "just" or "barely" or "only" or "exactly" or "precisely" or "all";

    /// <summary>Plural nouns without an -s ending.</summary>
    public static bool IsIrregularPlural(string w) => w is "people" or "children" or "men" or "women" or "police" or "personnel"
        or "staff" or "cattle" or "sheep" or "aircraft" or "livestock" or "feet" or "teeth" or "mice" or "geese" or "crew";

    /// <summary>Head nouns that name people in general: counted as "people" (gold convention: "12 civilians" → people).</summary>
    public static string NormalizeUnit(string noun) => noun switch
    {
        "civilians" or "persons" or "individuals" or "residents" or "inhabitants" => "people",
        "kilometres" or "kilometers" => "km",
        _ => noun,
    };

    /// <summary>Function words and verbs that end a noun phrase after a number.</summary>
    public static bool IsStopWord(string w) => w is "the" or "a" or "an" or "of" or "in" or "on" or "at" or "to" or "for" or "from"
        or "by" or "with" or "and" or "or" or "but" or "that" or "which" or "who" or "whom" or "whose" or "as" or "than" or "is"
        or "are" or "was" or "were" or "be" or "been" or "being" or "have" or "has" or "had" or "will" or "would" or "can"
        or "could" or "may" or "might" or "must" or "should" or "shall" or "do" or "does" or "did" or "it" or "its" or "their"
        or "they" or "he" or "she" or "we" or "this" or "these" or "those" or "there" or "not" or "no" or "more" or "less"
        or "per" or "each" or "every" or "all" or "about" or "over" or "under" or "into" or "since" or "during" or "after"
        or "before" or "while" or "when" or "where" or "if" or "against" or "among" or "between" or "including" or "like"
        or "said" or "says" or "say" or "also" or "still" or "so" or "such" or "out" or "up" or "off" or "then" or "now";

    /// <summary>True for a word shaped like a regular English plural noun.</summary>
    public static bool LooksPlural(string w) =>
        IsIrregularPlural(w) || (w.Length > 5 && w.EndsWith("men", StringComparison.Ordinal)) || (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)
                                 && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)
                                 && !w.EndsWith("ous", StringComparison.Ordinal) && !IsStopWord(w));

    /// <summary>Units that count people ("prisoners", "soldiers", "civilians"): what an exchange formula can count.</summary>
    public static bool IsPersonUnit(string unit) => unit is "people" or "prisoners" or "soldiers" or "servicemen" or "troops"
        or "civilians" or "children" or "captives" or "detainees" or "hostages" or "pows" or "POWs" or "bodies" or "fighters"
        or "persons" or "men" or "women" or "citizens" or "residents" or "refugees" or "servicemembers" or "prisoners of war";
}
