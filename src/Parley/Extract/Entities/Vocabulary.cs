namespace Parley.Extract.Entities;

/// <summary>
/// The closed word classes the entity rules key on (folded keys, see <see cref="Knowledge.KbText"/>). These are facts
/// of English news prose, not of any article: function words that start sentences, titles that precede names,
/// heads that end organization or event names, prepositions that make a capital a place rather than a government.
/// </summary>
internal static class Vocabulary
{
    private static HashSet<string> Set(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>Capitalized only because they start a sentence or a heading; never a name on their own.</summary>
    public static readonly HashSet<string> FunctionWords = Set(
        "a an the this that these those there here it its it's he she they we i you his her their our my your him them us " +
        "and or but nor so yet for of in on at to from by with without into onto over under after before during since until " +
        "about above across against along among around as because if while when where whether which who whom whose what why how " +
        "all any both each every few many more most much no none not only other some such than then too very also just still even " +
        "meanwhile however moreover furthermore nevertheless instead indeed already again perhaps maybe yes oh " +
        "is are was were be been being has have had do does did will would shall should can could may might must " +
        "one two three four five six seven eight nine ten first second third last next new former late " +
        "mr mrs ms dr sir madam photo video watch read related advertisement editor's note update updated breaking live " +
        "according despite following amid although though unlike like per via toward towards within beyond near " +
        "today yesterday tomorrow tonight now later earlier recently currently " +
        // time zones written after clock times
        "bst gmt utc cet cest eet eest est edt pst pdt msk ist");

    /// <summary>Greetings, courtesies and contractions that open spoken sentences ("Good evening", "Thank you",
    /// "I'm"): capitalized at the start of a sentence or after a speaker label, never a name.</summary>
    public static readonly HashSet<string> Interjections = Set(
        "good thank thanks hello hi welcome please sorry okay ok goodbye dear ladies gentlemen congratulations let let's " +
        "well");

    /// <summary>A function word, an interjection, or a contraction of a function word ("I'm", "we've", "don't").</summary>
    public static bool IsFunctionWord(string key)
    {
        if (FunctionWords.Contains(key) || Interjections.Contains(key)) return true;
        int ap = key.IndexOf('\'');
        if (ap <= 0) return false;
        var stem = key[..ap];
        return FunctionWords.Contains(stem) || stem is "don" or "doesn" or "didn" or "can" or "won" or "isn" or "aren" or "wasn" or "weren" or "couldn" or "wouldn" or "shouldn" or "haven" or "hasn";
    }

    public static readonly HashSet<string> Months = Set(
        "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec");
    public static readonly HashSet<string> Days = Set("monday tuesday wednesday thursday friday saturday sunday");

    /// <summary>Words of a title written before a name ("Deputy Foreign Minister", "Kremlin spokesman", "Gen.").</summary>
    public static readonly HashSet<string> TitleWords = Set(
        "president vice prime minister deputy first foreign defence defense secretary general spokesman spokeswoman spokesperson " +
        "ambassador envoy special chancellor governor mayor commander chief head director senator sen rep gen lt col maj adm " +
        "cardinal pope patriarch king queen prince princess sheikh archbishop bishop metropolitan father emir crown supreme " +
        "acting interior economy economic finance justice health energy culture trade affairs press security national adviser " +
        "advisor aide chairman chairwoman chair speaker leader lieutenant colonel major captain marshal admiral commissioner " +
        "ombudsman attorney judge executive managing permanent representative counselor minister's secretary-general " +
        "under-secretary commander-in-chief undersecretary official officials diplomat negotiator prosecutor lawmaker mp " +
        "reporter correspondent editor columnist analyst professor dr mr mrs ms miss sir lord dame of state the to for and " +
        "top senior former parliamentary presidential military intelligence regional assistant agriculture education digital " +
        "transformation infrastructure environment labor labour treasury war army navy air force staff joint operations " +
        "media figure journalist presenter host blogger activist expert businessman businesswoman oligarch commentator " +
        "propagandist researcher economist historian news tv television ceo cfo coo cto founder co-founder cofounder chairperson " +
        "vice-president executive operating officer financial technology technical information marketing commercial legal " +
        "communications");

    /// <summary>Titles that end a title phrase and make the next capitalized word a person (head words).</summary>
    public static readonly HashSet<string> TitleHeads = Set(
        "president minister secretary spokesman spokeswoman spokesperson ambassador envoy chancellor governor mayor commander " +
        "chief head director senator sen rep gen lt col maj adm cardinal pope patriarch king queen prince princess sheikh archbishop " +
        "bishop metropolitan emir adviser advisor aide chairman chairwoman chair speaker leader lieutenant colonel major captain " +
        "marshal admiral commissioner ombudsman attorney judge representative secretary-general under-secretary commander-in-chief " +
        "undersecretary official diplomat negotiator prosecutor lawmaker mp reporter correspondent editor columnist analyst " +
        "professor dr mr mrs ms miss sir lord dame premier general figure journalist presenter host blogger activist expert " +
        "businessman businesswoman oligarch commentator propagandist researcher economist historian spokesperson " +
        "deputy secretary-general ceo cfo coo cto founder co-founder cofounder chairperson officer");

    /// <summary>Honorifics that make a bare surname a person and tell the gender.</summary>
    public static readonly Dictionary<string, char?> Honorifics = new(StringComparer.Ordinal)
    {
        ["mr"] = 'm', ["mrs"] = 'f', ["ms"] = 'f', ["miss"] = 'f', ["sir"] = 'm', ["lord"] = 'm', ["dame"] = 'f',
        ["dr"] = null, ["prof"] = null, ["madam"] = 'f', ["madame"] = 'f', ["monsieur"] = 'm', ["herr"] = 'm', ["frau"] = 'f',
    };

    /// <summary>Inner words of a multi-word name ("Summit on Peace in Ukraine", "Ministry of Defence", "bin Salman").</summary>
    public static readonly HashSet<string> NameConnectors = Set("of the for and on in de du des la le von van der den bin al el da di y");

    /// <summary>Words before a capital that make it the place, not the government ("in Moscow", "arrived in Kyiv").</summary>
    public static readonly HashSet<string> Locatives = Set(
        "in at to from near outside into inside across around toward towards via visit visited visiting visits reached reach " +
        "left leave arrived arrive arriving based headquartered born flew fly travel travelled traveled trip returned return " +
        "streets suburbs outskirts centre center downtown");

    /// <summary>Verbs of saying after a name ("X said") that make an unknown capitalized pair a person.</summary>
    public static readonly HashSet<string> SpeechVerbs = Set(
        "said says told tells added adds stated wrote writes noted notes warned warns argued argues claimed claims insisted " +
        "stressed asked replied announced explained declared urged called commented posted tweeted according");

    public static readonly Dictionary<string, char> Pronouns = new(StringComparer.Ordinal)
    {
        ["he"] = 'm', ["him"] = 'm', ["his"] = 'm', ["himself"] = 'm',
        ["she"] = 'f', ["her"] = 'f', ["hers"] = 'f', ["herself"] = 'f',
    };

    /// <summary>Words before a description that make it about someone else ("former president", "ex-minister").</summary>
    /// <summary>Capitalized words that are never the name of a person, organization or place on their own: holidays,
    /// units, and acronyms of things (a product kit, a measure, a tax) rather than bodies.</summary>
    public static readonly HashSet<string> NotNames = Set(
        "christmas easter thanksgiving ramadan hanukkah passover eid diwali halloween " +
        "ghz mhz khz gb mb tb kw mw gw kwh mwh gwh mph kph rpm " +
        "sdk api gdp gnp ipo vat cpi pdf usb gps lng lpg uav uavs ai it hq faq utc gmt cet msk est pst bst " +
        "ceo cfo coo cto");

    public static readonly HashSet<string> NotCurrent = Set("former ex late then next future previous new incoming outgoing another");

    public static bool IsOpeningQuote(char c) => c is '"' or '\u201C' or '\u00AB' or '\u201E';
}
