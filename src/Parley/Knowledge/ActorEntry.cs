namespace Parley.Knowledge;

/// <summary>
/// One actor or named thing of the knowledge base: a country, place, organization, person, named event or law.
/// Ids are stable slugs shared by every document ("volodymyr-zelensky"); names follow the gold's canonical spellings.
/// </summary>
public sealed class ActorEntry
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>PERSON|ORG|GPE|LOC|EVENT|NORP|LAW.</summary>
    public required string Type { get; init; }
    /// <summary>The KB section it came from: countries, places, organizations, events, people.</summary>
    public required string Section { get; init; }
    /// <summary>ISO 3166 alpha-3 of the actor's country, or an IGO code (NATO, UN, EU, IAEA ...).</summary>
    public string? Country { get; init; }
    /// <summary>CAMEO actor code (country + role: RUSGOV, UKRMIL, or an IGO code such as IGOUNO).</summary>
    public string? ActorCode { get; set; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Countries: nationality words and adjectives ("Ukrainian", "Ukrainians").</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];
    /// <summary>Countries: the capital's name (a metonym for the country's government).</summary>
    public string? Capital { get; init; }
    /// <summary>Places: city, region, oblast, sea, river, area, site, building.</summary>
    public string? Kind { get; init; }
    /// <summary>People: 'm' or 'f' when known.</summary>
    public char? Gender { get; init; }
    public IReadOnlyList<ActorRole> Roles { get; init; } = [];
    /// <summary>Common nouns that refer back to this entry once it is named ("the alliance" → NATO).</summary>
    public IReadOnlyList<string> Anaphors { get; init; } = [];
    private HashSet<string>? _anaphorKeys;
    /// <summary>The anaphors normalized (<see cref="KbText.Normalize"/>), computed once.</summary>
    public IReadOnlySet<string> AnaphorKeys => _anaphorKeys ??= Anaphors.Select(KbText.Normalize).ToHashSet(StringComparer.Ordinal);
    /// <summary>Events and laws: lower-case descriptions resolved to the entry nearest the document date ("NATO summit").</summary>
    public IReadOnlyList<string> Descriptors { get; init; } = [];
    /// <summary>Events and laws: when it happened or was signed.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Descriptors only apply when the document names one of these entries ("the war" needs Russia or Ukraine).</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];
    /// <summary>Places that are a country's capital: that country's id.</summary>
    public string? CapitalOf { get; internal set; }

    public bool IsPerson => Type == "PERSON";
    public override string ToString() => $"{Id} ({Type})";
}

/// <summary>A dated role of a person ("President of Ukraine" from 2019-05-20, open-ended).</summary>
public sealed class ActorRole
{
    public required string Title { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? ActorCode { get; init; }
    /// <summary>A key of the offices section ("president", "foreign minister"): with the person's country it makes
    /// descriptions like "the Russian president" or "Ukraine's foreign minister".</summary>
    public string? Office { get; init; }
    public IReadOnlyList<string> Descriptors { get; init; } = [];

    /// <summary>True when the role was held on the date (From inclusive, To exclusive: the successor's first day).</summary>
    public bool HeldOn(DateOnly date) => (From == null || From <= date) && (To == null || date < To);
    public override string ToString() => $"{Title} [{From}..{To})";
}
